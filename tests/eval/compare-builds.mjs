// Compares two builds of the newsmark CLI byte for byte over every text we have: the corpora
// (../shared/corpora), the dev and train sets (../shared/eval), the GermEval and UNER sentences,
// the seed article, the golden texts and the fuzz corpus. A refactor proves itself with it:
//
//   git worktree add /tmp/base main && cmake -S /tmp/base -B /tmp/base/build && cmake --build /tmp/base/build -j2
//   node tests/eval/compare-builds.mjs /tmp/base/build/newsmark build/newsmark
//
// Options: --args "--explain"   extra CLI arguments for both builds (e.g. --disable RULE)
//          --args-a "…" / --args-b "…"   extra arguments for one side only
//          --sets corpora,eval,ner,repo   which texts (default all)
//          --show N                        how many differing texts to print (default 10)
//          --offsets utf16|utf8|codepoints (default utf16, the CLI default)
// Exit status 0 when every output line is identical, 1 when any differs, 2 on a usage error.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { bbc, gnad, wikinewsEn } from '../bench/corpora.mjs';
import { DATA, repoRoot, sharedDir, exists } from './paths.mjs';
import { loadGermEval, loadNewsDev, loadUner, loadWikinews } from './data.mjs';

function parseArgs(argv) {
  const o = { clis: [], args: [], argsA: [], argsB: [], sets: ['corpora', 'eval', 'ner', 'repo'], show: 10, offsets: null };
  for (let i = 0; i < argv.length; ++i) {
    const a = argv[i];
    const next = () => { if (i + 1 >= argv.length) usage(`${a} needs a value`); return argv[++i]; };
    if (a === '--args') o.args = next().split(/\s+/).filter(Boolean);
    else if (a === '--args-a') o.argsA = next().split(/\s+/).filter(Boolean);
    else if (a === '--args-b') o.argsB = next().split(/\s+/).filter(Boolean);
    else if (a === '--sets') o.sets = next().split(',');
    else if (a === '--show') o.show = Number(next());
    else if (a === '--offsets') o.offsets = next();
    else if (a.startsWith('--')) usage(`unknown option ${a}`);
    else o.clis.push(path.resolve(a));
  }
  if (o.clis.length !== 2) usage('give two CLI paths: OLD NEW');
  for (const c of o.clis) if (!exists(c)) usage(`no CLI at ${c}`);
  return o;
}

function usage(msg) {
  console.error(`compare-builds: ${msg}\nusage: node tests/eval/compare-builds.mjs OLD_CLI NEW_CLI [--args "…"] [--sets corpora,eval,ner,repo] [--show N]`);
  process.exit(2);
}

// Every text, as {id, text, lang?}; lang omitted where detection is part of what is compared.
function collect(sets) {
  const shared = sharedDir();
  const groups = [];
  const add = (name, items) => { if (items.length) groups.push({ name, items }); };
  if (sets.includes('corpora')) {
    add('corpora/de-10kgnad', gnad());
    add('corpora/en-wikinews', wikinewsEn());
    add('corpora/en-bbc', bbc());
  }
  if (sets.includes('eval')) {
    for (const split of ['train', 'dev']) {
      if (exists(path.join(shared, DATA.wikinews(split))))
        add(`wikinews-de/${split}`, loadWikinews(shared, split).map((d) => ({ id: `wn-${split}/${d.id}`, text: d.text, lang: 'de' })));
    }
    for (const lang of ['en', 'de']) {
      if (exists(path.join(shared, lang === 'en' ? DATA.newsEn : DATA.newsDe)))
        add(`news-${lang}-dev`, loadNewsDev(shared, lang).map((d) => ({ id: `news-${lang}-dev/${d.id}`, text: d.text, lang })));
    }
    const seed = path.join(shared, 'fixtures', 'seed-de.txt');
    if (exists(seed)) add('fixtures/seed', [{ id: 'seed-de', text: fs.readFileSync(seed, 'utf8') }]);
  }
  if (sets.includes('ner')) {
    if (exists(path.join(shared, DATA.ner)))
      add('germeval2014-ner/dev', loadGermEval(shared).map((sent, i) => ({ id: `germeval/${i}`, text: sent.text, lang: 'de' })));
    if (exists(path.join(shared, DATA.uner)))
      add('uner-en-ewt', loadUner(shared).map((d) => ({ id: `uner/${d.id}`, text: d.text, lang: 'en' })));
  }
  if (sets.includes('repo')) {
    const golden = path.join(repoRoot, 'tests', 'golden');
    add('tests/golden', fs.readdirSync(golden).filter((f) => f.endsWith('.txt')).sort()
      .map((f) => ({ id: `golden/${f}`, text: fs.readFileSync(path.join(golden, f), 'utf8') })));
    const fuzz = path.join(repoRoot, 'tests', 'fuzz', 'corpus');
    const lenient = new TextDecoder('utf-8', { fatal: false });
    if (exists(fuzz)) add('tests/fuzz/corpus', fs.readdirSync(fuzz).sort()
      .map((f) => ({ id: `fuzz/${f}`, text: lenient.decode(fs.readFileSync(path.join(fuzz, f))) })));
  }
  return groups;
}

// Output goes to a file, not a pipe buffer: the corpora make hundreds of megabytes of JSON.
function run(cli, inFile, args, outFile) {
  const fd = fs.openSync(outFile, 'w');
  try {
    const r = spawnSync(cli, ['--jsonl', inFile, ...args], { stdio: ['ignore', fd, 'pipe'], timeout: 30 * 60 * 1000 });
    if (r.error) throw new Error(`running ${cli}: ${r.error.message}`);
    return { lines: fs.readFileSync(outFile, 'utf8').split('\n'), status: r.status };
  } finally {
    fs.closeSync(fd);
  }
}

const o = parseArgs(process.argv.slice(2));
const common = [...o.args, ...(o.offsets ? ['--offsets', o.offsets] : [])];
const groups = collect(o.sets);
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'newsmark-compare-'));
let total = 0, differing = 0, shown = 0;
try {
  for (const g of groups) {
    const inFile = path.join(dir, 'in.jsonl');
    fs.writeFileSync(inFile, g.items.map((it) => JSON.stringify(it)).join('\n') + '\n');
    const a = run(o.clis[0], inFile, [...common, ...o.argsA], path.join(dir, 'a.jsonl'));
    const b = run(o.clis[1], inFile, [...common, ...o.argsB], path.join(dir, 'b.jsonl'));
    let diff = 0;
    const n = Math.max(a.lines.length, b.lines.length);
    for (let i = 0; i < n; ++i) {
      if (a.lines[i] === b.lines[i]) continue;
      ++diff;
      if (shown < o.show) {
        ++shown;
        const id = g.items[i] ? g.items[i].id : `line ${i + 1}`;
        const [x, y] = [a.lines[i] || '', b.lines[i] || ''];
        let k = 0;
        while (k < x.length && x[k] === y[k]) ++k;
        console.log(`  differs: ${id}\n    old …${x.slice(Math.max(0, k - 80), k + 160)}\n    new …${y.slice(Math.max(0, k - 80), k + 160)}`);
      }
    }
    if (a.status !== b.status) { ++diff; console.log(`  ${g.name}: exit status ${a.status} vs ${b.status}`); }
    total += g.items.length;
    differing += diff;
    console.log(`${diff === 0 ? 'same     ' : 'DIFFERENT'} ${g.name}: ${g.items.length} texts, ${diff} differ`);
  }
} finally {
  fs.rmSync(dir, { recursive: true, force: true });
}
if (!groups.length) console.log('no texts found (no ../shared and no repository texts?)');
console.log(`${total} texts in ${groups.length} sets: ${differing === 0 ? 'identical bytes' : `${differing} differ`}`);
process.exit(differing === 0 ? 0 : 1);
