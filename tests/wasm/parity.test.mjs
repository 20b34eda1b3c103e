// Parity: the wasm module and the native CLI (build/newsmark --jsonl, UTF-16 offsets) give
// identical JSON on every article of ../shared/eval/wikinews-de/dev.jsonl and on 300 articles of
// ../shared/corpora (100 each of de-10kgnad, en-bbc, en-wikinews). NEWSMARK_SHARED overrides
// where ../shared is. Without it, parity is checked on the texts carried in this file only.
import test from 'node:test';
import assert from 'node:assert/strict';
import { loadDist, runCli, haveShared, wikinewsDev, corpusArticles, sharedDir } from './helpers.mjs';

const nm = await loadDist();

function compare(items, label) {
  const native = runCli(items);
  assert.equal(native.size, items.length, `${label}: the CLI answered ${native.size} of ${items.length}`);
  const diffs = [];
  for (const it of items) {
    const a = JSON.stringify(nm.extract(it.text, { lang: it.lang || 'auto' }));
    const b = JSON.stringify(native.get(it.id));
    if (a !== b) diffs.push(it.id);
  }
  assert.deepEqual(diffs, [], `${label}: ${diffs.length} of ${items.length} differ (first: ${diffs.slice(0, 5).join(', ')}); ` +
    'build/newsmark and dist/ must come from the same sources: ./build-wasm.sh builds both');
  return items.length;
}

const CARRIED = [
  { id: 'de-quote', text: 'Kim sagte: „Wir werden nicht aufgeben.“ Laut dpa war die Lage ernst.' },
  { id: 'de-indirect', text: 'Der Sprecher des Ministeriums, Thomas Müller, sagte der Zeitung, man prüfe den Fall. (dpa)' },
  { id: 'en-quote', text: '"We will not give up," said Prime Minister Jane Smith, according to the BBC.' },
  { id: 'en-anon', text: 'A senior official, who spoke on condition of anonymity, told Reuters the talks had failed.' },
  { id: 'mixed', text: 'Angela Merkel erklärte, Deutschland werde „alles Nötige“ tun. 🇩🇪 Die Bundesregierung schwieg.' },
  { id: 'forced-en', lang: 'en', text: 'Kim sagte: „Wir werden nicht aufgeben.“' },
  { id: 'forced-de', lang: 'de', text: '"We will not give up," Kim said.' },
];

test('parity on texts carried in this test', () => {
  compare(CARRIED, 'carried texts');
});

test('parity on every article of wikinews-de/dev.jsonl', (t) => {
  const items = haveShared() ? wikinewsDev() : null;
  if (!items) {
    t.skip(`${sharedDir}/eval/wikinews-de/dev.jsonl not found: parity on it NOT checked (set NEWSMARK_SHARED)`);
    return;
  }
  const n = compare(items, 'wikinews-de dev');
  t.diagnostic(`${n} articles identical`);
});

test('parity on 300 articles of the corpora (de-10kgnad, en-bbc, en-wikinews)', (t) => {
  const items = haveShared() ? corpusArticles(100) : [];
  if (!items.length) {
    t.skip(`${sharedDir}/corpora not found: corpus parity NOT checked (set NEWSMARK_SHARED)`);
    return;
  }
  const n = compare(items, 'corpora');
  t.diagnostic(`${n} articles identical`);
  assert.ok(n >= 300, `only ${n} articles found in ${sharedDir}/corpora`);
});
