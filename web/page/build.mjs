#!/usr/bin/env node
// Builds the paste-in page into dist/page/ (no dependencies): copies the page, web/highlight.js and
// the example articles, writes examples/index.json, and fills the service worker's precache list
// and version (a hash of every cached file, so each build gets a fresh cache).
//
//   node web/page/build.mjs [--out DIR]      default DIR: <repo>/dist/page
//
// The engine (newsmark.js, newsmark.wasm, …) is expected one level up (DIR/..), as build-wasm.sh
// leaves it in dist/. The user's seed article is copied from ../shared/fixtures/seed-de.txt (next
// to the repository) when present; it is never part of the repository.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync, copyFileSync, statSync } from 'node:fs';
import { dirname, join, resolve, basename } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const repo = resolve(here, '..', '..');
const args = process.argv.slice(2);
const outArg = args.indexOf('--out');
const out = resolve(outArg >= 0 ? args[outArg + 1] : join(repo, 'dist', 'page'));
const distRoot = dirname(out);

const PAGE_FILES = ['index.html', 'page.css', 'app.js', 'export.js', 'chunks.js', 'extract-worker.js', 'icon.svg'];
const ENGINE_FILES = ['newsmark.js', 'newsmark.wasm', 'newsmark-worker.js'];
const SEED = resolve(repo, '..', 'shared', 'fixtures', 'seed-de.txt');

rmSync(out, { recursive: true, force: true });
mkdirSync(join(out, 'examples'), { recursive: true });

const cached = []; // paths relative to the page
for (const f of PAGE_FILES) { copyFileSync(join(here, f), join(out, f)); cached.push(f); }
copyFileSync(join(repo, 'web', 'highlight.js'), join(out, 'highlight.js'));
cached.push('highlight.js');
// the one visual language (web/theme.mjs): custom properties, swatches, ::highlight(nm-*)
const theme = await import(pathToFileURL(join(repo, 'web', 'theme.mjs')).href);
writeFileSync(join(out, 'theme.css'), [theme.GENERATED, theme.varsCss(), theme.swatchCss(), theme.highlightCss('nm-', 'nm-sel-'), ''].join('\n'));
cached.push('theme.css');
// Mozilla Readability (Apache-2.0) + web/article.js: find the article in an opened .html file, as the extension does
const readability = join(repo, 'web', 'node_modules', '@mozilla', 'readability');
if (!existsSync(join(readability, 'Readability.js'))) throw new Error(`${readability}/Readability.js is missing: run npm ci in web/ (./build-wasm.sh does)`);
copyFileSync(join(readability, 'Readability.js'), join(out, 'readability.js'));
copyFileSync(join(readability, 'LICENSE.md'), join(out, 'LICENSE-readability.md'));
cached.push('readability.js');
copyFileSync(join(repo, 'web', 'article.js'), join(out, 'article.js')); // the extension's article finder
cached.push('article.js');

function titleOf(text) {
  const line = text.split('\n').map((l) => l.trim()).find(Boolean) || 'untitled';
  return line.length > 70 ? line.slice(0, 69) + '…' : line;
}
const examples = [];
if (existsSync(SEED)) {
  const text = readFileSync(SEED, 'utf8');
  writeFileSync(join(out, 'examples', 'seed-de.txt'), text);
  examples.push({ file: 'seed-de.txt', lang: 'de', title: 'Seed: ' + titleOf(text) });
} else {
  console.log('build.mjs: ' + SEED + ' not found: the seed article is left out of the examples menu');
}
for (const f of readdirSync(join(here, 'examples')).filter((f) => f.endsWith('.txt')).sort()) {
  const text = readFileSync(join(here, 'examples', f), 'utf8');
  copyFileSync(join(here, 'examples', f), join(out, 'examples', f));
  examples.push({ file: f, lang: f.slice(0, 2), title: titleOf(text) });
}
writeFileSync(join(out, 'examples', 'index.json'), JSON.stringify(examples, null, 1) + '\n');
for (const ex of examples) cached.push('examples/' + ex.file);
cached.push('examples/index.json');

const engine = ENGINE_FILES.filter((f) => existsSync(join(distRoot, f)));
if (!engine.includes('newsmark.js') || !engine.includes('newsmark.wasm')) {
  console.warn(`build.mjs: warning: ${distRoot}/newsmark.js or newsmark.wasm is missing (run ./build-wasm.sh); the page cannot extract without them`);
}
for (const f of engine) cached.push('../' + f);

const hash = createHash('sha256');
for (const p of cached) {
  const file = resolve(out, p);
  hash.update(p + '\0');
  if (existsSync(file) && statSync(file).isFile()) hash.update(readFileSync(file));
}
const version = hash.digest('hex').slice(0, 16);
const precache = ['./', ...cached];
const sw = readFileSync(join(here, 'sw.js'), 'utf8')
  .replace("'/*VERSION*/dev'", JSON.stringify(version))
  .replace('/*PRECACHE*/[]', JSON.stringify(precache));
if (!sw.includes(version)) throw new Error('sw.js template markers not found');
writeFileSync(join(out, 'sw.js'), sw);

console.log(`build.mjs: page → ${out} (${cached.length + 1} files cached offline, version ${version}, ${examples.length} examples)`);
