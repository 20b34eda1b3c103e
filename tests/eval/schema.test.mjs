// Every result the CLI produces for the dev sets validates against spec/result.schema.json
// (ajv, draft 2020-12) and keeps the parts of the contract the schema cannot express
// (contract.mjs): offsets inside the text, start < end, no split characters, arrays sorted by
// their first span, speaker/source actors that exist, unique ids, the requested offsets unit.
//   node --test tests/eval/schema.test.mjs       (needs build/newsmark or NEWSMARK_CLI)
import test from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { repoRoot, sharedDir, cliPath, exists } from './paths.mjs';
import { runCli } from './cli.mjs';
import { checkContract, toCodepoints } from './contract.mjs';
import { loadWikinews, loadNewsDev, loadSeed, loadSchema } from './data.mjs';

const SHARED = sharedDir();
const HAVE_SHARED = exists(SHARED);
const CLI = cliPath();
const NO_SHARED = `skipped: shared data not found at ${SHARED} (set NEWSMARK_SHARED); only the texts in this file were checked`;

// A copy of the schema's rules is not kept here: the schema is read from ../shared/spec when it
// exists. Without ../shared the embedded texts are checked against this minimal stand-in, which
// encodes the same required fields and enums (spec/result.schema.json, newsmark/1).
const SPAN = { type: 'object', required: ['start', 'end'], properties: { start: { type: 'integer', minimum: 0 }, end: { type: 'integer', minimum: 0 } } };
const SPANS = { type: 'array', minItems: 1, items: SPAN };
const FALLBACK_SCHEMA = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  type: 'object',
  required: ['schema', 'lang', 'offsets', 'actors', 'quotes', 'sources'],
  properties: {
    schema: { const: 'newsmark/1' },
    lang: { type: 'string', minLength: 2 },
    offsets: { enum: ['utf16', 'utf8', 'codepoints'] },
    actors: { type: 'array', items: { type: 'object', required: ['id', 'name', 'type', 'mentions'], properties: { id: { type: 'string' }, name: { type: 'string', minLength: 1 }, type: { enum: ['person', 'organization', 'location', 'media', 'group'] }, role: { type: ['string', 'null'] }, mentions: SPANS } } },
    quotes: { type: 'array', items: { type: 'object', required: ['id', 'kind', 'spans', 'speaker', 'cue'], properties: { id: { type: 'string' }, kind: { enum: ['direct', 'indirect', 'mixed'] }, spans: SPANS, speaker: { oneOf: [{ type: 'null' }, { type: 'object', required: ['actor', 'spans'], properties: { actor: { type: ['string', 'null'] }, spans: SPANS } }] }, cue: { oneOf: [{ type: 'null' }, { type: 'object', required: ['spans'], properties: { spans: SPANS } }] } } } },
    sources: { type: 'array', items: { type: 'object', required: ['id', 'kind', 'spans', 'actor'], properties: { id: { type: 'string' }, kind: { enum: ['according_to', 'report', 'agency_credit', 'anonymous'] }, actor: { type: ['string', 'null'] }, spans: SPANS } } },
  },
};

// Texts carried in this file (written for these tests): ordinary news prose in both languages
// and the awkward cases (empty, punctuation only, stray and unbalanced marks, astral characters).
export const EMBEDDED = [
  { id: 'de-news', lang: 'de', text: 'Berlin (dpa) - Bundeskanzler Olaf Scholz hat die Pläne verteidigt. „Wir werden nicht nachgeben“, sagte der SPD-Politiker am Montag in Berlin. Die Opposition kritisierte, die Regierung habe zu spät gehandelt. Laut Innenministerium seien mehr als 200 Beamte im Einsatz gewesen.' },
  { id: 'de-interrupted', lang: 'de', text: '„Das ist“, sagte Maria Müller, die Sprecherin der Stadtwerke, „ein großer Erfolg für uns alle.“ Nach Angaben aus Regierungskreisen soll das Projekt 2026 fertig werden.' },
  { id: 'en-news', lang: 'en', text: 'LONDON (Reuters) - Prime Minister Keir Starmer said on Tuesday that the government would not change course. "We have a plan and we will stick to it," he told reporters. According to officials familiar with the matter, talks could resume next week.' },
  { id: 'en-pronoun', lang: 'en', text: 'The company\'s chief executive, Jane Doe, warned that costs would rise. She added: "It is going to be a difficult year." Analysts say the shares could fall further, the BBC reported.' },
  { id: 'empty', text: '' },
  { id: 'punctuation', text: '!!! ??? ... „“ »« "" \'\' ,,, ;;; — – -' },
  { id: 'stray-marks', text: 'Er sagte „nein. Dann ging er. » Punkt eins\n» Punkt zwei\nRock \'n\' Roll ist tot, meinte der 5\' 10" große Mann. Ende „' },
  { id: 'astral', text: '😀 „Wir 🎉 feiern“, sagte Anna Schmidt 👍 in München. 𝔘𝔫𝔦𝔠𝔬𝔡𝔢 "quote 😀 here," said John Smith.' },
  { id: 'nul-and-controls', text: 'Er sagte\u0000 „Hallo\u0007 Welt“.\r\nShe said "hi"\u000b.' },
];

let cachedValidate = null;
function validator() {
  if (cachedValidate) return cachedValidate;
  const require = createRequire(path.join(repoRoot, 'web', 'package.json'));
  let Ajv2020;
  try {
    const mod = require('ajv/dist/2020');
    Ajv2020 = mod.default || mod.Ajv2020 || mod;
  } catch (e) {
    throw new Error(`ajv not found in web/node_modules (run npm install in web/): ${e.message}`);
  }
  const ajv = new Ajv2020({ allErrors: true, strict: false });
  cachedValidate = ajv.compile(HAVE_SHARED ? loadSchema(SHARED) : FALLBACK_SCHEMA);
  return cachedValidate;
}

/**
 * Run the CLI once over `items` ({id, text, lang?}; lang is what the result must report, it is
 * not passed to the CLI so detection is exercised) and return a list of problems.
 */
function check(items, { offsets, checkLang = true } = {}) {
  const validate = validator();
  const run = runCli(items.map(({ id, text }) => ({ id, text })), { cli: CLI, offsets });
  const problems = [...run.problems];
  const unit = offsets || 'utf16'; // the documented default
  for (const it of items) {
    const r = run.results.get(it.id);
    if (!r) continue; // already listed by runCli
    if (!validate(r)) {
      problems.push(`${it.id}: schema: ${validate.errors.slice(0, 5).map((e) => `${e.instancePath || '/'} ${e.message}`).join('; ')}`);
    }
    for (const e of checkContract(r, it.text, { unit, lang: checkLang ? it.lang : undefined })) problems.push(`${it.id}: ${e}`);
  }
  return { problems, results: run.results };
}

function assertNone(problems, what) {
  assert.equal(problems.length, 0, `${problems.length} problem(s) in ${what}:\n  ${problems.slice(0, 25).join('\n  ')}${problems.length > 25 ? '\n  …' : ''}`);
}

test('the newsmark CLI exists', () => {
  assert.ok(fs.existsSync(CLI), `no CLI at ${CLI}: build it (cmake -S . -B build && cmake --build build -j2) or set NEWSMARK_CLI`);
});

test('texts in this file: schema and contract, default (UTF-16) offsets', () => {
  assertNone(check(EMBEDDED, {}).problems, 'embedded texts');
});

test('texts in this file: UTF-16, UTF-8 and code-point offsets describe the same spans', () => {
  const runs = {};
  for (const unit of ['utf16', 'utf8', 'codepoints']) {
    const { problems, results } = check(EMBEDDED, { offsets: unit });
    assertNone(problems, `embedded texts with --offsets ${unit}`);
    runs[unit] = results;
  }
  for (const it of EMBEDDED) {
    const norm = (u) => JSON.stringify(toCodepoints(runs[u].get(it.id), it.text));
    assert.equal(norm('utf16'), norm('codepoints'), `${it.id}: utf16 and codepoints results differ`);
    assert.equal(norm('utf8'), norm('codepoints'), `${it.id}: utf8 and codepoints results differ`);
  }
});

test('wikinews-de dev: every article validates', { skip: HAVE_SHARED ? false : NO_SHARED }, () => {
  const docs = loadWikinews(SHARED, 'dev');
  assert.ok(docs.length >= 100, 'dev set loaded');
  assertNone(check(docs.map((d) => ({ id: d.id, text: d.text, lang: 'de' }))).problems, 'wikinews-de dev');
});

test('news-en-dev: every article validates', { skip: HAVE_SHARED ? false : NO_SHARED }, () => {
  const docs = loadNewsDev(SHARED, 'en');
  assert.ok(docs.length >= 20, 'news-en-dev loaded');
  assertNone(check(docs.map((d) => ({ id: d.id, text: d.text, lang: 'en' }))).problems, 'news-en-dev');
});

test('news-de-dev: every article validates', { skip: HAVE_SHARED ? false : NO_SHARED }, () => {
  const docs = loadNewsDev(SHARED, 'de');
  assert.ok(docs.length >= 5, 'news-de-dev loaded');
  assertNone(check(docs.map((d) => ({ id: d.id, text: d.text, lang: 'de' }))).problems, 'news-de-dev');
});

test('fixtures/seed-de.txt validates in all three offsets units', { skip: HAVE_SHARED ? false : NO_SHARED }, () => {
  const text = loadSeed(SHARED);
  const got = {};
  for (const unit of ['utf16', 'utf8', 'codepoints']) {
    const { problems, results } = check([{ id: 'seed-de', text, lang: 'de' }], { offsets: unit });
    assertNone(problems, `seed-de.txt with --offsets ${unit}`);
    got[unit] = JSON.stringify(toCodepoints(results.get('seed-de'), text));
  }
  assert.equal(got.utf16, got.codepoints);
  assert.equal(got.utf8, got.codepoints);
});

if (!HAVE_SHARED) console.log(NO_SHARED);
