// Makes the npm package: dist/newsmark-<version>.tgz (npm pack), for build-wasm.sh.
//   node web/package/pack.mjs [DIST]        (DIST defaults to dist/)
// The package holds the ES module (newsmark.js), the engine (newsmark.wasm), the worker
// (newsmark-worker.js), the TypeScript declarations (web/newsmark.d.ts), a README and the
// licences (LICENSE for the code, NOTICE for the data and third-party code). No dependencies.
// The version is the CMake project version, so the package, the engine's version() and the
// native library always agree.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const dist = path.resolve(process.argv[2] || path.join(root, 'dist'));

export function projectVersion() {
  const m = /project\(\s*newsmark\s+VERSION\s+([0-9][0-9A-Za-z.+-]*)/.exec(fs.readFileSync(path.join(root, 'CMakeLists.txt'), 'utf8'));
  if (!m) throw new Error('no project(newsmark VERSION …) in CMakeLists.txt');
  return m[1];
}

export function packageJson(version) {
  return {
    name: 'newsmark',
    version,
    description: 'Finds actors, quotes (with speaker and cue) and sources in German and English news articles; WebAssembly, runs offline in browsers and Node',
    keywords: ['news', 'quotes', 'attribution', 'named-entities', 'nlp', 'german', 'english', 'webassembly'],
    license: 'Apache-2.0 AND CC-BY-4.0 AND CC-BY-SA-4.0',
    type: 'module',
    main: './newsmark.js',
    module: './newsmark.js',
    types: './newsmark.d.ts',
    exports: {
      '.': {
        types: './newsmark.d.ts',
        node: './newsmark.js',
        browser: './newsmark.js',
        default: './newsmark.js',
      },
      './newsmark.wasm': './newsmark.wasm',
      './worker': './newsmark-worker.js',
      './newsmark-worker.js': './newsmark-worker.js',
      './package.json': './package.json',
    },
    files: ['newsmark.js', 'newsmark.wasm', 'newsmark-worker.js', 'newsmark.d.ts', 'README.md', 'LICENSE', 'NOTICE'],
    sideEffects: false,
    engines: { node: '>=18' },
  };
}

function main() {
  const version = projectVersion();
  const stage = fs.mkdtempSync(path.join(os.tmpdir(), 'newsmark-pack-'));
  try {
    const copy = (from, to = path.basename(from)) => {
      if (!fs.existsSync(from)) throw new Error(`${from} is missing (run ./build-wasm.sh)`);
      fs.copyFileSync(from, path.join(stage, to));
    };
    for (const f of ['newsmark.js', 'newsmark.wasm', 'newsmark-worker.js']) copy(path.join(dist, f));
    copy(path.join(root, 'web', 'newsmark.d.ts'));
    copy(path.join(root, 'web', 'package', 'README.md'));
    copy(path.join(root, 'LICENSE'));
    copy(path.join(root, 'NOTICE'));
    fs.writeFileSync(path.join(stage, 'package.json'), JSON.stringify(packageJson(version), null, 2) + '\n');
    // npm pack without scripts or network; prints the tarball's name.
    const out = execFileSync('npm', ['pack', '--ignore-scripts', '--offline', '--json', '--pack-destination', dist], {
      cwd: stage, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'],
    });
    const [info] = JSON.parse(out);
    console.log(`${path.join(path.relative(process.cwd(), dist) || '.', info.filename)}: ${info.entryCount} files, ` +
      `${info.size} bytes packed, ${info.unpackedSize} unpacked`);
  } finally {
    fs.rmSync(stage, { recursive: true, force: true });
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) main();
