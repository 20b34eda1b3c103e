// newsmark (WebAssembly, dist/newsmark.js) side by side with compromise (npm, the browser NLP
// library; its .people() .organizations() .places() .quotations()) on the same English
// articles of ../shared/corpora (all of en-bbc and en-wikinews), in one run: in Node, then in
// headless Chromium. Prints numbers and ratios and what each finds on 20 articles; asserts
// nothing.
//
//   node tests/bench/compare-compromise.mjs [--no-browser] [--articles N]   (NEWSMARK_DIST=dir overrides dist/)
//
// What is measured, per library, each in a fresh process (Node) or a fresh browser context:
//  - time to first result: from just before import() of the library to the first article's
//    result (load, compile/instantiate, first call). Articles are read before the clock starts.
//  - words/s: all articles once more after that, in one loop (wall time, one thread); words =
//    whitespace-separated tokens. newsmark: nm.extract(text, {lang: 'en'}) including its
//    JSON.parse; compromise: nlp(text) and the four calls with .out('array').
//  - peak memory: Node: max RSS of the process (process.resourceUsage) minus that of the same
//    process holding the same articles without a library. Chromium: the largest JS heap
//    (performance.memory.usedJSHeapSize, --enable-precise-memory-info) plus, for newsmark,
//    the wasm memory, sampled after every 25th article (inside the timed loop; cheap).
//  - bundle size: what a page downloads. newsmark: dist/newsmark.js + dist/newsmark.wasm;
//    compromise: builds/compromise.js (its one-file browser build). Raw and gzip -9.
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync, statSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { createServer } from 'node:http';
import { gzipSync } from 'node:zlib';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { repoRoot, corporaDir, haveCorpora, bbc, wikinewsEn, countWords } from './corpora.mjs';

const self = fileURLToPath(import.meta.url);
const distDir = process.env.NEWSMARK_DIST ? path.resolve(process.env.NEWSMARK_DIST) : path.join(repoRoot, 'dist');
const distJs = path.join(distDir, 'newsmark.js');
const distWasm = path.join(distDir, 'newsmark.wasm');
const compromiseDir = path.join(repoRoot, 'web', 'node_modules', 'compromise');
const compromiseEsm = path.join(compromiseDir, 'builds', 'three', 'compromise-three.mjs');
const compromiseBundle = path.join(compromiseDir, 'builds', 'compromise.js');
const SAMPLE_N = 20;
const SHOW = 5;

// ---------------------------------------------------------------------------------------
// What runs inside Node's child process and inside the browser page (kept self-contained:
// it is serialised with Function.prototype.toString for page.evaluate).
async function runLibrary(lib, moduleURL, articles, sampleIdx, memorySample) {
  const t0 = performance.now();
  let extract, wasmBytes = () => 0;
  if (lib === 'newsmark') {
    const { loadNewsmark } = await import(moduleURL);
    const nm = await loadNewsmark({ log: () => {} });
    extract = (text) => nm.extract(text, { lang: 'en' });
    wasmBytes = () => nm.memoryBytes;
  } else {
    const mod = await import(moduleURL);
    const nlp = mod.default || mod.nlp || globalThis.nlp;
    extract = (text) => {
      const doc = nlp(text);
      return {
        people: doc.people().out('array'),
        organizations: doc.organizations().out('array'),
        places: doc.places().out('array'),
        quotations: doc.quotations().out('array'),
      };
    };
  }
  const first = extract(articles[0]);
  const firstResultMs = performance.now() - t0;
  if (first && first.error) throw new Error(`${lib}: ${first.error}`);
  let peak = memorySample(wasmBytes());
  const t1 = performance.now();
  let errors = 0;
  for (let i = 0; i < articles.length; ++i) {
    const r = extract(articles[i]);
    if (r && r.error) ++errors;
    if (i % 25 === 24) {
      // Precise heap statistics are not free: sampled every 25th article.
      const m = memorySample(wasmBytes());
      if (m > peak) peak = m;
    }
  }
  const allMs = performance.now() - t1;
  // For reading by eye only: one line each, edge punctuation off ("Google," -> "Google"), no repeats.
  const uniq = (xs) => [...new Set(xs.map((x) => x.replace(/\s+/g, ' ').trim().replace(/^[\s.,;:!?'"()]+|[\s.,;:!?'"()]+$/gu, '')).filter(Boolean))];
  const samples = sampleIdx.map((i) => {
    const text = articles[i];
    const r = extract(text);
    if (lib !== 'newsmark') {
      return { people: uniq(r.people), organizations: uniq(r.organizations), places: uniq(r.places), quotes: r.quotations };
    }
    if (r.error) return { error: r.error };
    const byType = (t) => r.actors.filter((a) => a.type === t).map((a) => a.name);
    const actor = new Map(r.actors.map((a) => [a.id, a.name]));
    const cut = (spans) => spans.map((s) => text.slice(s.start, s.end)).join(' … ');
    return {
      people: byType('person'),
      organizations: byType('organization'),
      media: byType('media'),
      places: byType('location'),
      groups: byType('group'),
      quotes: r.quotes.map((q) => {
        const who = q.speaker ? (q.speaker.actor ? actor.get(q.speaker.actor) : cut(q.speaker.spans)) : '?';
        return `[${q.kind}] ${who}: ${cut(q.spans)}`;
      }),
      sources: r.sources.map((s) => `[${s.kind}] ${cut(s.spans)}`),
      counts: { actors: r.actors.length, quotes: r.quotes.length, sources: r.sources.length },
    };
  });
  return { firstResultMs, allMs, errors, peakMemory: peak, samples };
}

// ---------------------------------------------------------------------------------------
function englishArticles(limit) {
  const b = bbc(), w = wikinewsEn();
  let all = b.concat(w);
  if (limit) all = all.slice(0, limit);
  // 20 for reading by eye: 10 spread over the BBC topics, 10 over Wikinews.
  const spread = (n, from, count) => Array.from({ length: count }, (_, i) => from + Math.floor((i * n) / count));
  const bN = Math.min(b.length, all.length), wN = all.length - bN;
  const sampleIdx = [...spread(bN, 0, Math.min(10, bN)), ...spread(wN, bN, Math.min(10, wN))].slice(0, SAMPLE_N);
  return { articles: all, sampleIdx };
}

// Child mode: node compare-compromise.mjs --child <lib> <articles.json>
if (process.argv[2] === '--child') {
  const [, , , lib, file] = process.argv;
  const { articles, sampleIdx } = JSON.parse(readFileSync(file, 'utf8'));
  let out;
  if (lib === 'baseline') {
    out = { articles: articles.length };
  } else {
    const url = pathToFileURL(lib === 'newsmark' ? distJs : compromiseEsm).href;
    out = await runLibrary(lib, url, articles, sampleIdx, () => 0);
  }
  out.maxRSSKB = process.resourceUsage().maxRSS;
  process.stdout.write(JSON.stringify(out));
  process.exit(0);
}

// ---------------------------------------------------------------------------------------
const arg = (name) => {
  const i = process.argv.indexOf(name);
  return i > 0 ? process.argv[i + 1] : undefined;
};
if (!existsSync(distJs) || !existsSync(distWasm)) {
  console.error('dist/newsmark.js or dist/newsmark.wasm is missing: run ./build-wasm.sh first');
  process.exit(1);
}
if (!existsSync(compromiseEsm)) {
  console.error('web/node_modules/compromise is missing: (cd web && npm install)');
  process.exit(1);
}
if (!haveCorpora()) {
  console.error(`${corporaDir} not found: this benchmark needs ../shared/corpora (or NEWSMARK_SHARED); skipped`);
  process.exit(0);
}

const { articles: items, sampleIdx } = englishArticles(Number(arg('--articles')) || 0);
const texts = items.map((a) => a.text);
const words = texts.reduce((n, t) => n + countWords(t), 0);
const mb = texts.reduce((n, t) => n + Buffer.byteLength(t), 0) / 2 ** 20;
const counts = items.reduce((m, a) => m.set(a.id.split('/')[0], (m.get(a.id.split('/')[0]) || 0) + 1), new Map());
console.log(`articles: ${items.length} English (${[...counts].map(([k, v]) => `${k} ${v}`).join(', ')}), ${words.toLocaleString('en')} words, ${mb.toFixed(2)} MB, from ${corporaDir}`);
console.log(`machine: ${os.cpus().length} cores (${os.cpus()[0].model}), node ${process.version}, load average ${os.loadavg().map((x) => x.toFixed(1)).join(' ')}`);

// Bundle sizes.
const size = (files) => {
  const raw = files.reduce((n, f) => n + statSync(f).size, 0);
  const gz = files.reduce((n, f) => n + gzipSync(readFileSync(f), { level: 9 }).length, 0);
  return { raw, gz };
};
const bundle = { newsmark: size([distJs, distWasm]), compromise: size([compromiseBundle]) };
const compromiseVersion = JSON.parse(readFileSync(path.join(compromiseDir, 'package.json'), 'utf8')).version;

const dir = mkdtempSync(path.join(os.tmpdir(), 'newsmark-compare-'));
process.on('exit', () => rmSync(dir, { recursive: true, force: true }));
const articlesFile = path.join(dir, 'articles.json');
writeFileSync(articlesFile, JSON.stringify({ articles: texts, sampleIdx }));

function child(lib) {
  const r = spawnSync(process.execPath, [self, '--child', lib, articlesFile], { encoding: 'utf8', maxBuffer: 1 << 28 });
  if (r.status !== 0) throw new Error(`${lib} child failed (${r.status}): ${r.stderr.slice(-1000)}`);
  return JSON.parse(r.stdout);
}

const fmtKB = (b) => `${(b / 1024).toFixed(0)} KB`;
const fmtMB = (b) => `${(b / 2 ** 20).toFixed(1)} MB`;
const results = {};

function table(title, rows) {
  console.log(`\n${title}`);
  const w = rows[0].map((_, i) => Math.max(...rows.map((r) => String(r[i]).length)));
  for (const r of rows) console.log('  ' + r.map((c, i) => (i ? String(c).padStart(w[i]) : String(c).padEnd(w[i]))).join('   '));
}

function report(where, nmr, cpr, memLabel, nmMem, cpMem) {
  const wps = (r) => words / (r.allMs / 1000);
  table(`${where}: newsmark ${JSON.parse(readFileSync(path.join(repoRoot, 'web', 'package.json'), 'utf8')).version || ''} (wasm) vs compromise ${compromiseVersion}`, [
    ['', 'newsmark', 'compromise', 'newsmark / compromise'],
    ['words/s', Math.round(wps(nmr)).toLocaleString('en'), Math.round(wps(cpr)).toLocaleString('en'), `${(wps(nmr) / wps(cpr)).toFixed(1)}x throughput`],
    ['all articles, s', (nmr.allMs / 1000).toFixed(2), (cpr.allMs / 1000).toFixed(2), ''],
    ['time to first result, ms', nmr.firstResultMs.toFixed(0), cpr.firstResultMs.toFixed(0), `${(nmr.firstResultMs / cpr.firstResultMs).toFixed(2)}x the time`],
    [memLabel, fmtMB(nmMem), fmtMB(cpMem), `${(nmMem / cpMem).toFixed(2)}x the memory`],
    ['bundle raw', fmtKB(bundle.newsmark.raw), fmtKB(bundle.compromise.raw), `${(bundle.newsmark.raw / bundle.compromise.raw).toFixed(2)}x`],
    ['bundle gzip -9', fmtKB(bundle.newsmark.gz), fmtKB(bundle.compromise.gz), `${(bundle.newsmark.gz / bundle.compromise.gz).toFixed(2)}x`],
    ['articles with an error', nmr.errors, cpr.errors, ''],
  ]);
}

// ---- Node ----
const base = child('baseline');
results.node = { newsmark: child('newsmark'), compromise: child('compromise') };
report('Node', results.node.newsmark, results.node.compromise,
  'peak RSS above baseline',
  (results.node.newsmark.maxRSSKB - base.maxRSSKB) * 1024, (results.node.compromise.maxRSSKB - base.maxRSSKB) * 1024);
console.log(`  (baseline: a Node process holding the articles, no library: ${fmtMB(base.maxRSSKB * 1024)} RSS; ` +
  `newsmark ${fmtMB(results.node.newsmark.maxRSSKB * 1024)}, compromise ${fmtMB(results.node.compromise.maxRSSKB * 1024)} in total)`);

// ---- headless Chromium ----
async function browserRun() {
  let chromium;
  try {
    ({ chromium } = await import(pathToFileURL(path.join(repoRoot, 'web', 'node_modules', 'playwright-core', 'index.mjs')).href));
  } catch (e) {
    console.log(`\nChromium: skipped, playwright-core not importable (${e.message})`);
    return null;
  }
  if (!existsSync('/usr/bin/chromium')) {
    console.log('\nChromium: skipped, /usr/bin/chromium is missing');
    return null;
  }
  const files = {
    '/newsmark.js': [distJs, 'text/javascript'],
    '/newsmark.wasm': [distWasm, 'application/wasm'],
    '/compromise.mjs': [compromiseEsm, 'text/javascript'],
  };
  const server = createServer((req, res) => {
    const p = new URL(req.url, 'http://x').pathname;
    if (p === '/') {
      res.writeHead(200, { 'content-type': 'text/html' });
      res.end('<!doctype html><meta charset="utf-8"><title>newsmark vs compromise</title>');
      return;
    }
    const f = files[p];
    if (!f) { res.writeHead(404); res.end(); return; }
    res.writeHead(200, { 'content-type': f[1], 'cache-control': 'no-store' });
    res.end(readFileSync(f[0]));
  });
  await new Promise((r) => server.listen(0, '127.0.0.1', r));
  const origin = `http://127.0.0.1:${server.address().port}`;
  const browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-background-networking',
      '--disable-component-update', '--disable-sync', '--no-first-run', '--enable-precise-memory-info'],
  });
  const out = {};
  try {
    for (const lib of ['newsmark', 'compromise']) {
      const context = await browser.newContext(); // fresh cache for each library
      const page = await context.newPage();
      await page.goto(origin + '/');
      await page.evaluate('window.__texts = null');
      // Ship the articles first, so the clock only covers the library.
      await page.evaluate((t) => { window.__texts = t; }, texts);
      out[lib] = await page.evaluate(
        `(${runLibrary.toString()})(${JSON.stringify(lib)}, ${JSON.stringify(`${origin}/${lib === 'newsmark' ? 'newsmark.js' : 'compromise.mjs'}`)},
          window.__texts, ${JSON.stringify(sampleIdx)}, (wasm) => performance.memory.usedJSHeapSize + wasm)`);
      await context.close();
    }
  } finally {
    await browser.close();
    server.close();
  }
  return out;
}

if (!process.argv.includes('--no-browser')) {
  results.chromium = await browserRun();
  if (results.chromium) {
    report('headless Chromium', results.chromium.newsmark, results.chromium.compromise,
      'peak JS heap (+ wasm memory)', results.chromium.newsmark.peakMemory, results.chromium.compromise.peakMemory);
  }
}

// ---- What each finds on 20 articles ----
console.log(`\nWhat each finds (Node run; first ${SHOW} items per category) on ${sampleIdx.length} articles:`);
const show = (xs) => (xs && xs.length ? xs.slice(0, SHOW).map((x) => (x.length > 110 ? x.slice(0, 107) + '...' : x)).join(' | ') + (xs.length > SHOW ? ` (+${xs.length - SHOW})` : '') : '-');
sampleIdx.forEach((idx, k) => {
  const a = items[idx];
  const title = a.text.split('\n').find((l) => l.trim()) || '';
  console.log(`\n[${k + 1}] ${a.id}: ${title.slice(0, 90)}`);
  const n = results.node.newsmark.samples[k], c = results.node.compromise.samples[k];
  if (n.error) console.log(`  newsmark: error ${n.error}`);
  else {
    console.log(`  newsmark   people:  ${show(n.people)}`);
    console.log(`  newsmark   orgs:    ${show(n.organizations)}${n.media.length ? `   media: ${show(n.media)}` : ''}`);
    console.log(`  newsmark   places:  ${show(n.places)}${n.groups.length ? `   groups: ${show(n.groups)}` : ''}`);
    console.log(`  newsmark   quotes:  ${show(n.quotes)}`);
    console.log(`  newsmark   sources: ${show(n.sources)}`);
  }
  console.log(`  compromise people:  ${show(c.people)}`);
  console.log(`  compromise orgs:    ${show(c.organizations)}`);
  console.log(`  compromise places:  ${show(c.places)}`);
  console.log(`  compromise quotes:  ${show(c.quotes)}`);
});
