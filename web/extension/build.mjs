#!/usr/bin/env node
// Assembles the browser extension (no dependencies):
//   dist/extension/           Chromium build (load unpacked)   -> dist/newsmark-chromium.zip
//   dist/extension-firefox/   Firefox build (background.scripts) -> dist/newsmark-firefox.zip
// from web/extension/* plus the engine dist/newsmark.js + dist/newsmark.wasm (built by
// build-wasm.sh, which calls this script at its end).
//
//   node web/extension/build.mjs [--engine-dir DIR]   (DIR holds newsmark.js + newsmark.wasm; default dist/)
import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync, readdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { deflateSync } from 'node:zlib';

const here = dirname(fileURLToPath(import.meta.url));
const repo = resolve(here, '..', '..');
const dist = join(repo, 'dist');
const argEngine = process.argv.indexOf('--engine-dir');
const engineDir = argEngine > 0 ? resolve(process.argv[argEngine + 1]) : dist;

const theme = await import(pathToFileURL(join(repo, 'web', 'theme.mjs')).href);
const pkg = JSON.parse(readFileSync(join(repo, 'web', 'package.json'), 'utf8'));
const VERSION = pkg.version || '0.1.0';
const SOURCES = ['background.js', 'autostart.js', 'popup.html', 'popup.js', 'popup.css'];
const ENGINE = ['newsmark.js', 'newsmark.wasm'];
const READABILITY = join(repo, 'web', 'node_modules', '@mozilla', 'readability', 'Readability.js');
if (!existsSync(READABILITY)) {
  console.error(`build.mjs: ${READABILITY} is missing: run npm ci in web/ (./build-wasm.sh does)`);
  process.exit(1);
}

for (const f of ENGINE) {
  if (!existsSync(join(engineDir, f))) {
    console.error(`build.mjs: ${join(engineDir, f)} is missing: build the engine first (./build-wasm.sh)`);
    process.exit(1);
  }
}

function manifest(browser) {
  const m = {
    manifest_version: 3,
    name: 'newsmark',
    version: VERSION,
    description: 'Highlights who is quoted, what they said and where information comes from in news articles. Runs entirely in your browser.',
    icons: { 16: 'icons/icon16.png', 32: 'icons/icon32.png', 48: 'icons/icon48.png', 128: 'icons/icon128.png' },
    action: {
      default_title: 'newsmark: highlight quotes and sources',
      default_popup: 'popup.html',
      default_icon: { 16: 'icons/icon16.png', 32: 'icons/icon32.png' },
    },
    commands: {
      _execute_action: { suggested_key: { default: 'Alt+Shift+N' }, description: 'Open the newsmark panel' },
      'toggle-highlights': { suggested_key: { default: 'Alt+Shift+H' }, description: 'Turn newsmark highlights on or off on this page' },
    },
    permissions: ['activeTab', 'scripting', 'storage'],
    optional_host_permissions: ['http://*/*', 'https://*/*'],
    content_security_policy: { extension_pages: "script-src 'self' 'wasm-unsafe-eval'; object-src 'self'" },
  };
  if (browser === 'chromium') {
    m.background = { service_worker: 'background.js', type: 'module' };
    m.minimum_chrome_version = '111';
  } else {
    m.background = { scripts: ['background.js'], type: 'module' };
    m.browser_specific_settings = {
      gecko: { id: 'newsmark@newsmark.invalid', strict_min_version: '128.0', data_collection_permissions: { required: ['none'] } },
    };
  }
  return m;
}

// ---- icons: a rounded blue square with two white "quote" marks, drawn into RGBA and PNG-encoded

function crc32(buf) {
  let c;
  const table = crc32.table ??= Array.from({ length: 256 }, (_, n) => {
    c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    return c >>> 0;
  });
  let crc = 0xffffffff;
  for (const b of buf) crc = table[(crc ^ b) & 0xff] ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}

function png(size, pixel) {
  const raw = Buffer.alloc((size * 4 + 1) * size);
  for (let y = 0; y < size; y++) {
    raw[y * (size * 4 + 1)] = 0;
    for (let x = 0; x < size; x++) raw.set(pixel(x + 0.5, y + 0.5, size), y * (size * 4 + 1) + 1 + x * 4);
  }
  const chunk = (type, data) => {
    const len = Buffer.alloc(4); len.writeUInt32BE(data.length);
    const td = Buffer.concat([Buffer.from(type), data]);
    const crc = Buffer.alloc(4); crc.writeUInt32BE(crc32(td));
    return Buffer.concat([len, td, crc]);
  };
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0); ihdr.writeUInt32BE(size, 4);
  ihdr[8] = 8; ihdr[9] = 6; ihdr[10] = 0; ihdr[11] = 0; ihdr[12] = 0;
  return Buffer.concat([Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]), chunk('IHDR', ihdr),
    chunk('IDAT', deflateSync(raw)), chunk('IEND', Buffer.alloc(0))]);
}

function iconPixel(x, y, s) {
  const u = x / s; const v = y / s;
  const r = 0.2; // corner radius
  const cx = Math.min(Math.max(u, r), 1 - r); const cy = Math.min(Math.max(v, r), 1 - r);
  if (Math.hypot(u - cx, v - cy) > r) return [0, 0, 0, 0];
  // two quote marks: a dot with a tail, at (0.33, 0.42) and (0.63, 0.42)
  for (const qx of [0.34, 0.64]) {
    if (Math.hypot(u - qx, v - 0.4) < 0.11) return [255, 255, 255, 255];
    if (u > qx && u < qx + 0.1 && v > 0.4 && v < 0.64 && (u - qx) < (0.64 - v) * 0.9) return [255, 255, 255, 255];
  }
  // yellow highlighter bar
  if (v > 0.74 && v < 0.84 && u > 0.18 && u < 0.82) return [255, 214, 10, 255];
  return [30, 90, 200, 255];
}

// ---- assemble

function assemble(browser, outDir, zipName) {
  rmSync(outDir, { recursive: true, force: true });
  mkdirSync(join(outDir, 'icons'), { recursive: true });
  for (const f of SOURCES) copyFileSync(join(here, f), join(outDir, f));
  for (const f of ENGINE) copyFileSync(join(engineDir, f), join(outDir, f));
  // content.js = Mozilla Readability (Apache-2.0, its licence header kept) + web/article.js (the
  // article finder the page shares) + newsmark's content script: one classic script, injected
  // only when the user turns newsmark on
  writeFileSync(join(outDir, 'content.js'), [READABILITY, join(repo, 'web', 'article.js'), join(here, 'content.js')].map((f) => readFileSync(f, 'utf8')).join('\n'));
  copyFileSync(join(dirname(READABILITY), 'LICENSE.md'), join(outDir, 'LICENSE-readability.md'));
  // the one visual language (web/theme.mjs): highlights in the page, swatches in the panel
  writeFileSync(join(outDir, 'highlight.css'), [theme.GENERATED, '/* Painted with the CSS Custom Highlight API: no element of the page is changed. */',
    theme.highlightCss('newsmark-', 'newsmark-'), `::highlight(newsmark-flash) { background-color: ${theme.MARKS.find((m) => m.key === 'selected').bg}; color: ${theme.FG}; }`, ''].join('\n'));
  writeFileSync(join(outDir, 'theme.css'), [theme.GENERATED, theme.varsCss(), theme.swatchCss(), ''].join('\n'));
  for (const s of [16, 32, 48, 128]) writeFileSync(join(outDir, 'icons', `icon${s}.png`), png(s, iconPixel));
  writeFileSync(join(outDir, 'manifest.json'), `${JSON.stringify(manifest(browser), null, 2)}\n`);
  const zipPath = join(dist, zipName);
  rmSync(zipPath, { force: true });
  const files = readdirSync(outDir, { recursive: true }).filter((f) => !f.startsWith('icons') || f.endsWith('.png')).sort();
  execFileSync('zip', ['-q', '-X', '-r', zipPath, ...files], { cwd: outDir, stdio: 'inherit' });
  console.log(`extension: ${outDir} -> ${zipPath}`);
}

mkdirSync(dist, { recursive: true });
assemble('chromium', join(dist, 'extension'), 'newsmark-chromium.zip');
assemble('firefox', join(dist, 'extension-firefox'), 'newsmark-firefox.zip');
