// Compiles the word lists of core/lexicons/ into the "lexicons" table image (core/table.h), which
// core/lexicon.cpp reads in place: no parsing, expansion or copying when the engine starts.
//   node core/lexicons/tools/tables.mjs OUT.nmt          (run by the build, core/CMakeLists.txt)
//   node core/lexicons/tools/tables.mjs --dump de|en     (every form with its flags, for checks)
//
// The rules are the ones core/lexicon.cpp applied at start-up until this image replaced them:
// which list gives which flag, "# section" markers, grouped lines ("Besuch|e|es|s"), separable
// speech verbs ("teilte mit"), entries of several tokens (split as the segmenter splits text).
//
// Sections of the image (all read in place by core/lexicon.cpp):
//   keys    every form and every phrase (token forms joined by one space) of all lists, sorted
//           bytewise, front-coded in blocks of BLOCK entries: [shared u8][rest of the bytes]['\n']
//           (shared: bytes in common with the entry before; 0 for a block's first entry).
//           Sorted and front-coded, the 157,000 forms gzip about as small as the grouped text
//           lists did (a hash table of strings and offsets gzips far worse).
//   blocks  u32 offset of each block in keys: a binary search over the blocks' first entries
//   radix   u16 x 65,537: how many blocks begin below each first-two-bytes prefix, which narrows
//           that search to the blocks of one prefix (15 on average, 402 at most)
//   ids     u8 per entry, in key order: which of the values it has (kept apart from the keys:
//           gzip does better on two regular streams than on one mixed)
//   values  u32 x 3 each: the flags (Word bits of core/lexicon.h) a German lexicon gives the
//           entry, those an English one gives it, and 1 (a phrase) | 2 (a phrase starts here)
//   phrase  "first\tLG\n" lines sorted by first form: the longest phrase starting with it in
//           German (L) and English (G), as '0' + tokens
//   partic  "finite\tparticle\tparticle\n" lines sorted by finite verb (de/speech-verbs)
//   agency  "lower\tCanonical\n" lines sorted by lower-case name (media/agencies)
//           (the line sections are searched over their bytes: no offsets stored)
//   titsuf  lower-case German title suffixes, [len u8][bytes] each, in list order
//   orgsuf  lower-case German organisation suffixes, the same
//   lists   the lists no flag stands for (word endings, stems of the attribution rules), for
//           attribution::word_list(): "@name\n" and then its entries, one per line, in file order
// German and English share one table, each value holding both languages' flags: the names,
// places, media and organisations (most of the data) are stored once.
// Measured (2026-12-07, a loaded 2-core VM): blocks of 32 gzip 27 KB smaller but read German
// about 10% slower than blocks of 16. With 16, lookups (find + the cache of recent answers) take
// 29% of the CPU time on German news against 20% for the old hash table, which in turn cost
// 40-60 ms to build in every process. A u16 "fence" per block (bytes 2-3 of its first key, to
// binary-search side by side in memory) cost 9.7 KB gzip and did not change find's share.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { writeImage } from '../../tables/image.mjs';

const LEXDIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const BLOCK = 16;

// core/lexicon.h, enum Word.
const W = {
  FirstName: 0, LastName: 1, Country: 2, City: 3, Region: 4, Organization: 5, Outlet: 6, Agency: 7,
  TitleDe: 8, TitleEn: 9, GroupDe: 10, GroupEn: 11, NounDe: 12, CommonEn: 13, FunctionDe: 14,
  FunctionEn: 15, TimeDe: 16, TimeEn: 17, SpeechDe: 18, SpeechEn: 19, SpeechSeparableDe: 20,
  Konjunktiv: 21, KonjunktivAmbiguous: 22, BeliefDe: 23, BeliefEn: 24, NationalityDe: 25,
  NationalityEn: 26, OrgFinalDe: 27, OrgFinalEn: 28, OrgWordEn: 29, Determiner: 30,
};
const bit = (name) => 2 ** W[name];
export const PHRASE = 1; // values: the entry is a phrase (token forms joined by spaces)
export const START = 2; // values: a phrase of the "phrase" section starts with this form

// Which list gives which flag; lists not named here are ignored.
const LISTS = {
  'names/first-names': bit('FirstName'), 'names/last-names': bit('LastName'),
  'places/countries': bit('Country'), 'places/cities': bit('City'), 'places/regions': bit('Region'),
  'places/nationalities-de': bit('NationalityDe'), 'places/nationalities-en': bit('NationalityEn'),
  'orgs/organizations': bit('Organization'), 'media/outlets': bit('Outlet'), 'media/agencies': bit('Agency'),
  'de/titles': bit('TitleDe'), 'en/titles': bit('TitleEn'), 'de/group-nouns': bit('GroupDe'),
  'en/group-nouns': bit('GroupEn'), 'de/common-nouns': bit('NounDe'), 'en/common-words': bit('CommonEn'),
  'de/function-words': bit('FunctionDe'), 'en/function-words': bit('FunctionEn'),
  'de/speech-verbs': bit('SpeechDe'), 'en/speech-verbs': bit('SpeechEn'), 'de/konjunktiv': bit('Konjunktiv'),
  'de/belief-verbs': bit('BeliefDe'), 'en/belief-verbs': bit('BeliefEn'), 'de/org-suffixes': 0,
  'en/org-suffixes': bit('OrgWordEn'), 'de/title-suffixes': 0, 'de/cue-phrases': bit('SpeechDe'),
  'en/cue-phrases': bit('SpeechEn'), 'de/determiners': bit('Determiner'), 'en/determiners': bit('Determiner'),
};

const utf8 = (s) => Buffer.from(s, 'utf8');
const trim = (s) => s.replace(/^[ \t\r]+|[ \t\r]+$/g, '');
const ALNUM = /^[\p{L}\p{Nd}]$/u; // ICU u_isalnum
const MARK = /^[\p{Mn}\p{Mc}\p{Me}]$/u; // combining class != 0 or a non-spacing mark

// ICU's u_tolower (simple case mapping), code point by code point.
export function toLower(s) {
  let out = '';
  for (const c of s) {
    const l = c.toLowerCase();
    out += [...l].length === 1 ? l : [...l][0];
  }
  return out;
}

// core/lexicon.cpp split_entry(): letters, digits and word-inner ' ’ . join a word; every other
// non-space character is a token of its own.
export function splitEntry(entry) {
  const cps = [...entry];
  const out = [];
  let cur = '';
  const bytes = utf8(entry);
  let byteAt = 0;
  for (const c of cps) {
    byteAt += utf8(c).length;
    const alnum = ALNUM.test(c) || MARK.test(c);
    // The C++ reads the next byte as a code point (Latin-1), not the next character.
    const next = byteAt < bytes.length ? String.fromCharCode(bytes[byteAt]) : '';
    const inner = (c === "'" || c === '\u2019' || c === '.') && cur !== '' && next !== '' && ALNUM.test(next);
    if (alnum || inner) cur += c;
    else {
      if (cur) out.push(cur);
      cur = '';
      if (c !== ' ' && c !== '\t') out.push(c);
    }
  }
  if (cur) out.push(cur);
  return out;
}

function singleToken(form) {
  for (const b of utf8(form)) {
    if (b >= 0x80) {
      if (b === 0xe2 || b === 0xc2) return false;
      continue;
    }
    if (!((b >= 0x61 && b <= 0x7a) || (b >= 0x41 && b <= 0x5a) || (b >= 0x30 && b <= 0x39))) return false;
  }
  return true;
}

function listFiles(dir, rel = '') {
  const out = [];
  for (const e of fs.readdirSync(path.join(dir, rel), { withFileTypes: true })) {
    const r = rel ? `${rel}/${e.name}` : e.name;
    if (e.isDirectory()) out.push(...listFiles(dir, r));
    else if (r.endsWith('.txt')) out.push(r);
  }
  return out.sort();
}

// What one language's lexicon holds: the lists of that language plus the shared ones.
export function loadLanguage(lang, dir = LEXDIR) {
  const other = lang === 'de' ? 'en/' : 'de/';
  const L = { words: new Map(), phrases: new Map(), starts: new Map(), particles: new Map(), agencies: new Map(), titleSuffixes: [], orgSuffixes: [] };
  const or = (map, key, flag) => map.set(key, (map.get(key) || 0) | flag);
  const add = (form, flag) => {
    if (singleToken(form)) return or(L.words, form, flag);
    const parts = splitEntry(form);
    if (parts.length === 0) return;
    if (parts.length === 1) return or(L.words, parts[0], flag);
    or(L.phrases, parts.join(' '), flag);
    L.starts.set(parts[0], Math.max(L.starts.get(parts[0]) || 0, Math.min(parts.length, 12)));
  };
  for (const rel of listFiles(dir)) {
    const list = rel.replace(/\.txt$/, '');
    if (list.startsWith(other) || !(list in LISTS)) continue;
    const base = LISTS[list];
    let section = '';
    for (const raw of fs.readFileSync(path.join(dir, rel), 'utf8').split('\n')) {
      const line = trim(raw);
      if (!line) continue;
      if (line[0] === '#') {
        section = toLower(trim(line.slice(1)));
        continue;
      }
      let flag = base;
      if (list === 'de/konjunktiv' && section.startsWith('ambiguous')) flag = bit('KonjunktivAmbiguous');
      if (list === 'de/function-words' && section.startsWith('time')) flag = bit('TimeDe');
      if (list === 'en/function-words' && section.startsWith('time')) flag = bit('TimeEn');
      if (list === 'de/title-suffixes') {
        L.titleSuffixes.push(toLower(line));
        continue;
      }
      if (list === 'de/org-suffixes') {
        if (section.startsWith('final')) add(line, bit('OrgFinalDe'));
        else L.orgSuffixes.push(toLower(line));
        continue;
      }
      if (line.includes('|')) {
        const [stem, ...suffixes] = line.split('|');
        add(stem, flag);
        for (const s of suffixes) if (s) add(stem + s, flag);
        continue;
      }
      if (list === 'en/org-suffixes' && section.startsWith('final')) flag = bit('OrgFinalEn') + bit('OrgWordEn');
      if (list === 'media/agencies' && !L.agencies.has(toLower(line))) L.agencies.set(toLower(line), line);
      if (list === 'de/speech-verbs' && line.includes(' ')) {
        const space = line.indexOf(' ');
        const finite = line.slice(0, space);
        if (!L.particles.has(finite)) L.particles.set(finite, []);
        L.particles.get(finite).push(trim(line.slice(space + 1)));
        or(L.words, finite, bit('SpeechSeparableDe'));
        continue;
      }
      add(line, flag);
    }
  }
  return L;
}

const byBytes = (a, b) => Buffer.compare(utf8(a), utf8(b));

// Lines "key\tvalue…\n" sorted by key.
function sortedLines(entries) {
  const sorted = [...entries].sort((a, b) => byBytes(a[0], b[0]));
  for (const [key, values] of sorted)
    if (/[\t\n]/.test(key + values.join(''))) throw new Error(`a tab or line break in ${key}`);
  return { text: utf8(sorted.map(([key, values]) => [key, ...values].join('\t') + '\n').join('')) };
}

function varint(n, out) {
  while (n >= 0x80) { out.push((n & 0x7f) | 0x80); n = Math.floor(n / 128); }
  out.push(n);
}

export function buildImage(dir = LEXDIR) {
  const de = loadLanguage('de', dir), en = loadLanguage('en', dir);
  // Every form or phrase with the flags each language's lexicon gives it and what it is.
  const merged = new Map(); // key -> [flags in German, flags in English, PHRASE | START]
  const starts = new Map(); // first form of a phrase -> [longest in German, in English]
  const entry = (k) => merged.get(k) || merged.set(k, [0, 0, 0]).get(k);
  for (const [lang, L] of [[0, de], [1, en]]) {
    for (const [k, f] of L.words) entry(k)[lang] = (entry(k)[lang] | f) >>> 0;
    for (const [k, f] of L.phrases) { const e = entry(k); e[lang] = (e[lang] | f) >>> 0; e[2] |= PHRASE; }
    for (const [k, n] of L.starts) (starts.get(k) || starts.set(k, [0, 0]).get(k))[lang] = n;
    for (const k of L.phrases.keys()) if (de.words.has(k) || en.words.has(k)) throw new Error(`${k} is a word and a phrase`);
  }
  for (const k of starts.keys()) entry(k)[2] |= START;
  const keys = [...merged.keys()].sort(byBytes);
  const valueIds = new Map(), values = [];
  const keyBytes = [], blockOffsets = [], ids = new Uint8Array(keys.length);
  let prev = Buffer.alloc(0);
  keys.forEach((k, i) => {
    const v = merged.get(k), id = v.join(',');
    if (!valueIds.has(id)) { valueIds.set(id, values.length); values.push(v); }
    ids[i] = valueIds.get(id);
    const b = utf8(k);
    if (i % BLOCK === 0) blockOffsets.push(keyBytes.length);
    let shared = 0;
    if (i % BLOCK !== 0) while (shared < b.length && shared < prev.length && shared < 255 && b[shared] === prev[shared]) ++shared;
    keyBytes.push(shared, ...b.subarray(shared), 0x0a);
    prev = b;
  });
  if (values.length > 256) throw new Error(`${values.length} distinct flag sets: more than a byte holds`);
  if (blockOffsets.length >= 65536) throw new Error('too many blocks for a u16 radix index');
  // radix[p]: how many blocks begin with a key whose first two bytes (a missing second byte
  // counts as 0) are below p; the block of a key starting with p is among
  // radix[p] - 1 … radix[p + 1] - 1.
  const heads = blockOffsets.map((o) => (keyBytes[o + 1] << 8) | (keyBytes[o + 2] === 0x0a ? 0 : keyBytes[o + 2]));
  const radix = new Uint16Array(65537);
  for (let p = 0, b = 0; p <= 65536; ++p) {
    while (b < heads.length && heads[b] < p) ++b;
    radix[p] = b;
  }
  const partic = sortedLines([...de.particles]);
  const agency = sortedLines([...de.agencies].map(([k, v]) => [k, [v]]));
  if (JSON.stringify([...en.agencies].sort()) !== JSON.stringify([...de.agencies].sort())) throw new Error('agencies differ between languages');
  // Lengths as one character each: '0' + n (n <= 12).
  const phrase = sortedLines([...starts].map(([k, [d, e]]) => [k, [String.fromCharCode(48 + d) + String.fromCharCode(48 + e)]]));
  const lengthPrefixed = (list) => Buffer.concat(list.map((w) => {
    if (utf8(w).length > 255) throw new Error(`suffix longer than 255 bytes: ${w}`);
    return Buffer.concat([Buffer.from([utf8(w).length]), utf8(w)]);
  }));
  const u32 = (list) => new Uint8Array(Uint32Array.from(list).buffer);
  // The lists without a flag, entries as attribution::word_list() returned them from the text.
  const other = listFiles(dir).map((rel) => rel.replace(/\.txt$/, '')).filter((name) => !(name in LISTS));
  const lists = utf8(other.map((name) => {
    const entries = fs.readFileSync(path.join(dir, name + '.txt'), 'utf8').split('\n')
      .map((l) => l.replace(/^[ \t]+/, '').replace(/[ \t\r]+$/, '')).filter((l) => l && l[0] !== '#');
    for (const e of entries) if (e[0] === '@') throw new Error(`${name}: an entry starts with @`);
    return `@${name}\n` + entries.map((e) => e + '\n').join('');
  }).join(''));
  const image = writeImage([
    { name: 'keys', bytes: Uint8Array.from(keyBytes) },
    { name: 'blocks', bytes: u32(blockOffsets) },
    { name: 'radix', bytes: new Uint8Array(radix.buffer) },
    { name: 'ids', bytes: ids },
    { name: 'values', bytes: u32(values.flat()) },
    { name: 'phrase', bytes: phrase.text },
    { name: 'partic', bytes: partic.text },
    { name: 'agency', bytes: agency.text },
    { name: 'titsuf', bytes: lengthPrefixed(de.titleSuffixes) },
    { name: 'orgsuf', bytes: lengthPrefixed(de.orgSuffixes) },
    { name: 'lists', bytes: lists },
  ]);
  return { image, stats: { keys: keys.length, blocks: blockOffsets.length, values: values.length, phrases: starts.size } };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const [arg, lang] = process.argv.slice(2);
  if (arg === '--dump') {
    const L = loadLanguage(lang);
    const rows = [];
    for (const [k, f] of L.words) rows.push(`w\t${k}\t${f}`);
    for (const [k, f] of L.phrases) rows.push(`p\t${k}\t${f}`);
    for (const [k, n] of L.starts) rows.push(`s\t${k}\t${n}`);
    for (const [k, v] of L.particles) rows.push(`v\t${k}\t${v.join(',')}`);
    for (const [k, v] of L.agencies) rows.push(`a\t${k}\t${v}`);
    rows.push(`t\t${L.titleSuffixes.join(',')}`, `o\t${L.orgSuffixes.join(',')}`);
    process.stdout.write(rows.sort(byBytes).join('\n') + '\n');
  } else if (arg) {
    const { image, stats } = buildImage();
    fs.mkdirSync(path.dirname(path.resolve(arg)), { recursive: true });
    // Rewritten only when changed, so an unchanged image recompiles nothing.
    if (!fs.existsSync(arg) || !Buffer.from(image).equals(fs.readFileSync(arg))) fs.writeFileSync(arg, image);
    if (process.env.NEWSMARK_TABLE_STATS) console.error(JSON.stringify(stats));
  } else {
    console.error('usage: node tables.mjs OUT.nmt | --dump de|en');
    process.exit(2);
  }
}
