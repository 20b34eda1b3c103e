// Shared by the wasm tests and tests/bench/wasm-bench.mjs: where things are, loading dist/,
// running the native CLI, reading the corpora in ../shared.
import { existsSync, readFileSync, readdirSync, writeFileSync, mkdtempSync, rmSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
// NEWSMARK_DIST: test or benchmark another build's output (a folder with the three files).
export const distDir = process.env.NEWSMARK_DIST ? path.resolve(process.env.NEWSMARK_DIST) : path.join(repoRoot, 'dist');
// NEWSMARK_CLI: another native build as the parity reference.
export const cliPath = process.env.NEWSMARK_CLI ? path.resolve(process.env.NEWSMARK_CLI) : path.join(repoRoot, 'build', 'newsmark');
export const sharedDir = process.env.NEWSMARK_SHARED
  ? path.resolve(process.env.NEWSMARK_SHARED)
  : path.resolve(repoRoot, '..', 'shared');

export function requireDist() {
  for (const f of ['newsmark.js', 'newsmark.wasm', 'newsmark-worker.js']) {
    if (!existsSync(path.join(distDir, f))) {
      throw new Error(`dist/${f} is missing: run ./build-wasm.sh from the repository root first`);
    }
  }
}

export function requireCli() {
  if (!existsSync(cliPath)) {
    throw new Error(`${path.relative(repoRoot, cliPath)} is missing: run ./build-wasm.sh (or cmake -S . -B build && cmake --build build -j2) first`);
  }
}

// The ES module from dist/ (imported once per process).
export async function importDist() {
  requireDist();
  return import(pathToFileURL(path.join(distDir, 'newsmark.js')).href);
}

// Node reads the .wasm itself: Emscripten 3.1.6's loader would fetch() a file path.
export async function loadDist(options = {}) {
  const { loadNewsmark } = await importDist();
  return loadNewsmark({ wasmBinary: readFileSync(path.join(distDir, 'newsmark.wasm')), ...options });
}

// Runs build/newsmark --jsonl over items [{id, text, lang?}]; returns Map id -> result (or {error}).
// Texts go through JSON, which cannot carry lone surrogates to a C++ JSON parser: they are
// written as U+FFFD, as TextEncoder does for the wasm module.
export function runCli(items, args = []) {
  requireCli();
  const dir = mkdtempSync(path.join(os.tmpdir(), 'newsmark-parity-'));
  try {
    const input = path.join(dir, 'in.jsonl');
    writeFileSync(input, items.map((it) => JSON.stringify({ ...it, text: it.text.toWellFormed() })).join('\n') + '\n');
    const r = spawnSync(cliPath, ['--jsonl', ...args, input], { encoding: 'utf8', maxBuffer: 1 << 30 });
    if (r.status !== 0 && !r.stdout) throw new Error(`newsmark --jsonl failed (${r.status}): ${r.stderr}`);
    const out = new Map();
    for (const line of r.stdout.split('\n')) {
      if (!line.trim()) continue;
      const o = JSON.parse(line);
      out.set(o.id, o.result !== undefined ? o.result : { error: o.error });
    }
    return out;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

// A small RFC 4180 reader with a configurable separator and quote character.
export function parseCSV(text, sep = ',', quote = '"') {
  const rows = [];
  let row = [], field = '', i = 0, inQuotes = false;
  while (i < text.length) {
    const c = text[i];
    if (inQuotes) {
      if (c === quote) {
        if (text[i + 1] === quote) { field += quote; i += 2; continue; }
        inQuotes = false; i++; continue;
      }
      field += c; i++; continue;
    }
    if (c === quote && field === '') { inQuotes = true; i++; continue; }
    if (c === sep) { row.push(field); field = ''; i++; continue; }
    if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i++;
      row.push(field); rows.push(row); row = []; field = ''; i++; continue;
    }
    field += c; i++;
  }
  if (field !== '' || row.length) { row.push(field); rows.push(row); }
  return rows;
}

export function haveShared() {
  return existsSync(sharedDir);
}

// Every article of eval/wikinews-de/dev.jsonl: [{id, text, lang}] or null when missing.
export function wikinewsDev() {
  const f = path.join(sharedDir, 'eval', 'wikinews-de', 'dev.jsonl');
  if (!existsSync(f)) return null;
  return readFileSync(f, 'utf8').split('\n').filter((l) => l.trim()).map((l) => {
    const o = JSON.parse(l);
    return { id: `wikinews-de/${o.id}`, text: o.text, lang: 'auto' };
  });
}

// perSource articles from each of de-10kgnad, en-bbc, en-wikinews (what exists), in a fixed order.
export function corpusArticles(perSource = 100) {
  const dir = path.join(sharedDir, 'corpora');
  const out = [];
  const gnad = path.join(dir, 'de-10kgnad', 'test.csv');
  if (existsSync(gnad)) {
    const rows = parseCSV(readFileSync(gnad, 'utf8'), ';', "'").filter((r) => r.length >= 2 && r[1]);
    rows.slice(0, perSource).forEach((r, i) => out.push({ id: `10kgnad/${i}`, text: r[1], lang: 'auto' }));
  }
  const bbc = path.join(dir, 'en-bbc');
  if (existsSync(bbc)) {
    const files = [];
    for (const topic of readdirSync(bbc).sort()) {
      const d = path.join(bbc, topic);
      if (!existsSync(d) || topic.includes('.')) continue;
      for (const f of readdirSync(d).sort()) if (f.endsWith('.txt')) files.push(path.join(topic, f));
    }
    // Spread over the topics; always include sport/199.txt (a raw Latin-1 byte, read as U+FFFD).
    const step = Math.max(1, Math.floor(files.length / perSource));
    const picked = files.filter((_, i) => i % step === 0).slice(0, perSource - 1);
    if (files.includes(path.join('sport', '199.txt')) && !picked.includes(path.join('sport', '199.txt'))) picked.push(path.join('sport', '199.txt'));
    for (const f of picked) out.push({ id: `bbc/${f}`, text: readFileSync(path.join(bbc, f), 'utf8'), lang: 'auto' });
  }
  const wn = path.join(dir, 'en-wikinews');
  if (existsSync(wn)) {
    const rows = [];
    for (const f of readdirSync(wn).sort()) {
      if (!f.endsWith('.csv')) continue;
      const r = parseCSV(readFileSync(path.join(wn, f), 'utf8'));
      const head = r[0] || [];
      const t = head.indexOf('text');
      for (const x of r.slice(1)) if (x[t]) rows.push({ id: `en-wikinews/${f}/${rows.length}`, text: x[t], lang: 'auto' });
    }
    out.push(...rows.slice(0, perSource));
  }
  return out;
}

// UTF-8 byte offset -> UTF-16 index table for a string (as TextEncoder encodes it).
export function utf8ToUtf16Map(text) {
  const map = new Map();
  let bytes = 0;
  for (let i = 0; i < text.length;) {
    map.set(bytes, i);
    const cp = text.codePointAt(i);
    const isPair = cp > 0xffff;
    const lone = !isPair && cp >= 0xd800 && cp <= 0xdfff;
    bytes += lone ? 3 : cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
    i += isPair ? 2 : 1;
  }
  map.set(bytes, text.length);
  return map;
}
