// Native throughput: build/newsmark --jsonl over ALL of ../shared/corpora (de-10kgnad,
// en-wikinews, en-bbc), one process per corpus and one over everything. Prints numbers,
// asserts nothing.
//
//   node tests/bench/throughput.mjs [--rounds 3] [--lang auto]   (NEWSMARK_CLI=path overrides build/newsmark)
//
// How it measures: the CLI is single-threaded (one core). Each run goes through
// /usr/bin/time: CPU time = user+sys, peak memory = max RSS of the process. The cost of an
// empty input (process start, ICU, lexicons) is measured the same way and subtracted from
// the time; throughput is the best of --rounds runs. Words = whitespace-separated tokens of
// the input texts; MB = UTF-8 bytes of the texts / 2^20. The CLI's JSON output is written to a
// file (included in the time) and counted: every article must give a result.
// en-bbc/sport/199.txt holds a raw 0xA3 byte: JSONL cannot carry it, so in the corpus it is
// U+FFFD; the raw file is also run on its own through the CLI's file mode.
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync, openSync, closeSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import os from 'node:os';
import path from 'node:path';
import { repoRoot, corporaDir, haveCorpora, gnad, wikinewsEn, bbc, countWords } from './corpora.mjs';

const arg = (name, dflt) => {
  const i = process.argv.indexOf(name);
  return i > 0 ? process.argv[i + 1] : dflt;
};
const ROUNDS = Number(arg('--rounds', 3));
const LANG = arg('--lang', null); // default: each corpus's own language
const cli = process.env.NEWSMARK_CLI ? path.resolve(process.env.NEWSMARK_CLI) : path.join(repoRoot, 'build', 'newsmark');

if (!existsSync(cli)) {
  console.error(`${cli} is missing: cmake -S . -B build && cmake --build build -j2`);
  process.exit(1);
}
if (!haveCorpora()) {
  console.error(`${corporaDir} not found: this benchmark needs ../shared/corpora (or NEWSMARK_SHARED); skipped`);
  process.exit(0);
}
if (!existsSync('/usr/bin/time')) {
  console.error('/usr/bin/time is missing (apt-get install time)');
  process.exit(1);
}

const dir = mkdtempSync(path.join(os.tmpdir(), 'newsmark-throughput-'));
process.on('exit', () => rmSync(dir, { recursive: true, force: true }));

function timeRun(args) {
  const out = path.join(dir, 'out.jsonl');
  const fd = openSync(out, 'w');
  let r;
  try {
    r = spawnSync('/usr/bin/time', ['-f', 'NEWSMARK_TIME %U %S %e %M', cli, ...args],
      { stdio: ['ignore', fd, 'pipe'], encoding: 'utf8' });
  } finally {
    closeSync(fd);
  }
  const line = r.stderr.split('\n').find((l) => l.startsWith('NEWSMARK_TIME'));
  if (!line) throw new Error(`no timing: ${r.stderr.slice(-300)}`);
  const [, u, s, e, m] = line.split(' ');
  return { status: r.status, stderr: r.stderr, cpu: Number(u) + Number(s), wall: Number(e), rssKB: Number(m), out };
}

const corpora = [
  ['de-10kgnad', gnad()],
  ['en-wikinews', wikinewsEn()],
  ['en-bbc', bbc()],
].filter(([, a]) => a.length);
corpora.push(['all', corpora.flatMap(([, a]) => a)]);

const empty = path.join(dir, 'empty.jsonl');
writeFileSync(empty, JSON.stringify({ id: '0', text: '' }) + '\n');
const base = Array.from({ length: 3 }, () => timeRun(['--jsonl', empty]));
const baseCpu = Math.min(...base.map((b) => b.cpu));
const baseWall = Math.min(...base.map((b) => b.wall));
const baseRss = Math.min(...base.map((b) => b.rssKB));

console.log(`newsmark native throughput: ${cli}`);
console.log(`corpora: ${corporaDir}; ${ROUNDS} rounds, best taken; lang: ${LANG || 'per corpus (de/en)'}; machine: ${os.cpus().length} cores, ${os.cpus()[0].model}`);
console.log(`empty input: ${(baseCpu * 1000).toFixed(0)} ms CPU, ${(baseWall * 1000).toFixed(0)} ms wall, ${(baseRss / 1024).toFixed(1)} MB peak RSS (subtracted from times)\n`);
const header = ['corpus', 'articles', 'words', 'MB', 'CPU s', 'wall s', 'words/s', 'MB/s', 'peak RSS MB', 'results'];
const rows = [header];
for (const [name, articles] of corpora) {
  const input = path.join(dir, `${name}.jsonl`);
  writeFileSync(input, articles.map((a) => JSON.stringify({ id: a.id, text: a.text, lang: LANG || a.lang })).join('\n') + '\n');
  const words = articles.reduce((n, a) => n + countWords(a.text), 0);
  const bytes = articles.reduce((n, a) => n + Buffer.byteLength(a.text), 0);
  let best = null;
  for (let r = 0; r < ROUNDS; ++r) {
    const t = timeRun(['--jsonl', input]);
    if (t.status !== 0) console.log(`  ${name}: the CLI exited with ${t.status}: ${t.stderr.slice(-300)}`);
    if (!best || t.cpu < best.cpu) best = t;
  }
  let results = 0, errors = 0;
  for (const line of readFileSync(best.out, 'utf8').split('\n')) {
    if (!line) continue;
    const o = JSON.parse(line);
    if (o.result) ++results; else ++errors;
  }
  const cpu = Math.max(1e-3, best.cpu - baseCpu);
  const wall = Math.max(1e-3, best.wall - baseWall);
  rows.push([name, articles.length, words, (bytes / 2 ** 20).toFixed(2), cpu.toFixed(2), wall.toFixed(2),
    Math.round(words / cpu).toLocaleString('en'), (bytes / 2 ** 20 / cpu).toFixed(2), (best.rssKB / 1024).toFixed(1),
    `${results} ok${errors ? `, ${errors} errors` : ''}`]);
}
const widths = header.map((_, i) => Math.max(...rows.map((r) => String(r[i]).length)));
for (const r of rows) console.log(r.map((c, i) => (i ? String(c).padStart(widths[i]) : String(c).padEnd(widths[i]))).join('  '));
console.log('\nwords/s and MB/s: per CPU second (user+sys, one core), empty-input cost subtracted; wall s likewise.');

const raw = path.join(corporaDir, 'en-bbc', 'sport', '199.txt');
if (existsSync(raw)) {
  const t = timeRun(['--lang', 'en', raw]);
  const out = readFileSync(t.out, 'utf8');
  let what = 'no JSON';
  try {
    const j = JSON.parse(out);
    what = j.error ? `error: ${j.error}` : `result with ${j.actors.length} actors, ${j.quotes.length} quotes, ${j.sources.length} sources`;
  } catch { /* reported as no JSON */ }
  const note = t.stderr.split('\n').find((l) => l.startsWith('newsmark:')) || '';
  console.log(`raw en-bbc/sport/199.txt (invalid UTF-8 byte 0xA3) through the file mode: exit ${t.status}, ${what}` +
    (note ? `; stderr: ${note}` : ''));
}

// The tagging stage alone (tests/bench/tag_bench.cpp, built beside the CLI as build/tests/tag_bench;
// NEWSMARK_TAG_BENCH=path overrides): tokens per CPU second over all the corpora.
const tagBench = process.env.NEWSMARK_TAG_BENCH || path.join(repoRoot, 'build', 'tests', 'tag_bench');
if (existsSync(tagBench)) {
  const r = spawnSync(tagBench, [path.join(dir, 'all.jsonl'), '--rounds', String(Math.max(3, ROUNDS))], { encoding: 'utf8' });
  console.log(`\ntagging alone (${path.relative(repoRoot, tagBench) || tagBench}):`);
  console.log((r.stdout || r.stderr || `exit ${r.status}`).trim());
} else {
  console.log(`\n(no ${tagBench}: build the tag_bench target for the tagging stage alone in tokens/s)`);
}
