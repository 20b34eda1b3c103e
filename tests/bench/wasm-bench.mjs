// Throughput of the wasm module against the native CLI on the same corpus, in one run; wasm
// instantiation time; wasm memory after 1,000 articles. Prints numbers, asserts nothing.
//   node tests/bench/wasm-bench.mjs [--articles N] [--rounds R]
// Corpus: ../shared/corpora (NEWSMARK_SHARED overrides) — de-10kgnad, en-bbc, en-wikinews.
import { readFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { importDist, distDir, cliPath, requireCli, corpusArticles, haveShared, sharedDir } from '../wasm/helpers.mjs';

const arg = (name, dflt) => {
  const i = process.argv.indexOf(name);
  return i > 0 ? Number(process.argv[i + 1]) : dflt;
};
const ROUNDS = arg('--rounds', 3);
const N = arg('--articles', 1000);

requireCli();
if (!haveShared()) {
  console.error(`${sharedDir} not found: the benchmark needs ../shared/corpora (or NEWSMARK_SHARED)`);
  process.exit(1);
}
let articles = corpusArticles(400);
const all = articles.slice();
while (articles.length < N) articles = articles.concat(all);
articles = articles.slice(0, N);
const words = articles.reduce((n, a) => n + (a.text.match(/\S+/g) || []).length, 0);
const bytes = articles.reduce((n, a) => n + Buffer.byteLength(a.text), 0);
console.log(`corpus: ${articles.length} articles from ${sharedDir}/corpora, ${words} words, ${(bytes / 1e6).toFixed(2)} MB`);

// --- instantiation ---
const wasmBytes = readFileSync(path.join(distDir, 'newsmark.wasm'));
const { loadNewsmark } = await importDist();
const median = (xs) => xs.slice().sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const full = [], inst = [];
let nm;
for (let i = 0; i < 5; i++) {
  const t0 = performance.now();
  nm = await loadNewsmark({ wasmBinary: wasmBytes }); // compile + instantiate + runtime start
  full.push(performance.now() - t0);
}
const compiled = await WebAssembly.compile(wasmBytes);
for (let i = 0; i < 5; i++) {
  const t0 = performance.now();
  nm = await loadNewsmark({ wasmModule: compiled }); // instantiate + runtime start only
  inst.push(performance.now() - t0);
}
let t0 = performance.now();
nm.extract('Kim sagte: „Wir werden nicht aufgeben.“');
const firstCall = performance.now() - t0;
t0 = performance.now();
nm.extract('Kim sagte: „Wir werden nicht aufgeben.“');
const secondCall = performance.now() - t0;
console.log(`wasm loadNewsmark() in Node: compile + instantiate first ${full[0].toFixed(1)} ms, median of 5 ${median(full).toFixed(1)} ms; ` +
  `instantiate a compiled module: median ${median(inst).toFixed(1)} ms (target <= 50 ms)`);
console.log(`first extract (engine and ICU lazy start-up) ${firstCall.toFixed(1)} ms, second ${secondCall.toFixed(2)} ms`);

// --- memory over 1,000 articles ---
const mem0 = nm.memoryBytes;
for (let i = 0; i < Math.min(100, articles.length); i++) nm.extract(articles[i].text);
const memWarm = nm.memoryBytes;
for (const a of articles) nm.extract(a.text);
const memAfter = nm.memoryBytes;
for (const a of articles) nm.extract(a.text);
const memAfter2 = nm.memoryBytes;
console.log(`wasm memory: start ${(mem0 / 2 ** 20).toFixed(1)} MiB, after 100 articles ${(memWarm / 2 ** 20).toFixed(1)} MiB, ` +
  `after ${articles.length} more ${(memAfter / 2 ** 20).toFixed(1)} MiB, after another ${articles.length} ${(memAfter2 / 2 ** 20).toFixed(1)} MiB ` +
  `(growth over the last ${articles.length}: ${memAfter2 - memAfter} bytes)`);

// --- throughput: wasm in-process vs native CLI --jsonl (process start included once) ---
function wasmRun() {
  const t = performance.now();
  for (const a of articles) nm.extract(a.text, { lang: 'auto' });
  return (performance.now() - t) / 1000;
}
const dir = mkdtempSync(path.join(os.tmpdir(), 'newsmark-bench-'));
const input = path.join(dir, 'in.jsonl');
writeFileSync(input, articles.map((a, i) => JSON.stringify({ id: i, text: a.text.toWellFormed() })).join('\n') + '\n');
function nativeRun() {
  const t = performance.now();
  const r = spawnSync(cliPath, ['--jsonl', input], { maxBuffer: 1 << 30 });
  if (r.status !== 0) throw new Error(`CLI failed: ${r.stderr}`);
  return (performance.now() - t) / 1000;
}
// Native with an empty run subtracted: process start and ICU load are not throughput.
const empty = path.join(dir, 'empty.jsonl');
writeFileSync(empty, JSON.stringify({ id: 0, text: 'x' }) + '\n');
function nativeStartup() {
  const t = performance.now();
  spawnSync(cliPath, ['--jsonl', empty]);
  return (performance.now() - t) / 1000;
}
const w = [], n = [];
let startup = Infinity;
for (let r = 0; r < ROUNDS; r++) {
  n.push(nativeRun());
  w.push(wasmRun());
  startup = Math.min(startup, nativeStartup());
}
rmSync(dir, { recursive: true, force: true });
const best = (xs) => Math.min(...xs);
const wasmWps = words / best(w);
const nativeWps = words / Math.max(1e-6, best(n) - startup);
console.log(`native CLI: best of ${ROUNDS} ${best(n).toFixed(3)} s (process start ${(startup * 1000).toFixed(0)} ms subtracted) -> ${Math.round(nativeWps).toLocaleString('en')} words/s`);
console.log(`wasm (Node): best of ${ROUNDS} ${best(w).toFixed(3)} s -> ${Math.round(wasmWps).toLocaleString('en')} words/s`);
console.log(`wasm/native throughput ratio: ${(wasmWps / nativeWps).toFixed(2)} (target >= 0.5)`);
console.log(`(JSON encode of the CLI's output is included natively; JSON.parse of the result is included in wasm)`);
