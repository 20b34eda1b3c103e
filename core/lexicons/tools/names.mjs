#!/usr/bin/env node
// Derives names/first-names.txt and names/last-names.txt.
// Source: @faker-js/faker locale data (MIT) + hand-curated news names
// (tools/curated-names.mjs). Run: LEXSRC=/tmp/lexsrc node core/lexicons/tools/names.mjs
import * as L from './lib.mjs';
import { EXTRA_FIRST_NAMES, EXTRA_LAST_NAMES, KEEP_FIRST, KEEP_LAST, DROP_NAMES } from './curated-names.mjs';

// Latin-script faker locales whose names appear in German/English news.
export const LOCALES = ['de', 'de_AT', 'de_CH', 'en', 'en_AU', 'en_GB', 'en_US', 'en_CA', 'en_IE', 'en_ZA',
  'en_IN', 'en_NG', 'en_GH', 'fr', 'fr_BE', 'fr_CH', 'it', 'es', 'es_MX', 'pl', 'nl', 'nl_BE', 'tr', 'sv', 'pt_BR',
  'pt_PT', 'cs_CZ', 'sk', 'hr', 'hu', 'ro', 'da', 'nb_NO', 'fi', 'sl_SI', 'sr_RS_latin', 'lv', 'id_ID', 'az',
  'af_ZA', 'ku_kmr_latin', 'uz_UZ_latin', 'yo_NG', 'zu_ZA', 'vi'];

function collect(x, out) {
  if (typeof x === 'string') out.push(x);
  else if (Array.isArray(x)) x.forEach((y) => collect(y, out));
  else if (x && typeof x === 'object') Object.values(x).forEach((y) => collect(y, out));
}

// A candidate is an everyday word if it is (lower-cased) a common English
// word, a German noun surface form, or among the 1,000 most frequent German words.
async function everydayTest() {
  const en = await L.englishEveryday();
  const deRank = L.germanFreqRank();
  const deNouns = L.germanNounForms();
  return (n) => {
    const lc = n.toLowerCase();
    return en.has(lc) || deNouns.has(n) || (deRank.get(lc) ?? 1e9) <= 1000;
  };
}

function usable(n) {
  // Properly cased (capital first letter, not ALL CAPS beyond 3 letters), Latin script, >= 2 letters.
  if (!L.isLatin(n) || L.letterCount(n) < 2 || !L.hasVowel(n)) return false;
  if (!/^\p{Lu}/u.test(n)) return false;
  if (/\p{Lu}{2}/u.test(n) && !/^(Mc|Mac|De|Di|Le|La)/.test(n) && !/[-' ]\p{Lu}/u.test(n)) return false;
  return true;
}

export async function deriveNames() {
  const { allLocales } = await L.importPkg('@faker-js/faker');
  const version = L.pkgVersion('@faker-js/faker');
  const isEveryday = await everydayTest();
  const out = {};
  const dropped = {};
  for (const [kind, extra, keep, file, what] of [
    ['first_name', EXTRA_FIRST_NAMES, KEEP_FIRST, 'names/first-names.txt', 'Given names'],
    ['last_name', EXTRA_LAST_NAMES, KEEP_LAST, 'names/last-names.txt', 'Surnames'],
  ]) {
    const cand = new Set();
    for (const loc of LOCALES) {
      // Vietnamese given names are two-word compounds; only its surnames are used.
      if (loc === 'vi' && kind === 'first_name') continue;
      const raw = [];
      collect(allLocales[loc]?.person?.[kind], raw);
      for (const r of raw) {
        const n = L.clean(r);
        if (usable(n)) cand.add(n);
      }
    }
    const kept = [];
    dropped[kind] = [];
    for (const n of cand) {
      if (DROP_NAMES.has(n) || (isEveryday(n) && !keep.has(n))) dropped[kind].push(n);
      else kept.push(n);
    }
    const curated = extra.split(/\s+/).filter(Boolean).map((n) => L.clean(n.replace(/_/g, ' '))).filter((n) => L.letterCount(n) >= 2);
    for (const n of curated) if (!L.isLatin(n)) throw new Error(`non-Latin curated name ${n}`);
    out[kind] = L.writeList(file, [
      `${what} (Latin script) for actor detection in German/English news.`,
      `Source: @faker-js/faker ${version} (MIT), locales ${LOCALES.join(' ')}; plus ~${new Set(curated).size} hand-curated`,
      'news names (German/English transliterations; tools/curated-names.mjs). Entries that are mostly everyday',
      'German/English words were dropped by tools/names.mjs (generator: node core/lexicons/tools/names.mjs).',
      L.GROUPED_NOTE,
    ], [...kept, ...curated], { grouped: true });
  }
  return { out, dropped };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { dropped } = await deriveNames();
  if (process.env.VERBOSE) for (const k of Object.keys(dropped)) console.log(k, 'dropped:', dropped[k].sort().join(' '));
}
