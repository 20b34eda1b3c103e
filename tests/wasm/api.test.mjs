// The JS API of dist/newsmark.js in Node: loading, UTF-16 offsets on hard text (emoji,
// combining marks, right-to-left, lone surrogates), errors as values, recovery, the worker.
// Needs ./build-wasm.sh to have run (dist/ and build/newsmark).
import test from 'node:test';
import assert from 'node:assert/strict';
import { loadDist, importDist, runCli, utf8ToUtf16Map, distDir } from './helpers.mjs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

const nm = await loadDist();

const QUOTE = '„Wir werden nicht aufgeben.“';
const TRICKY = {
  emoji: `🇩🇪👩🏽‍💻 Kim sagte: ${QUOTE} Das 🙂 sagte der Sprecher laut dpa.`,
  combining: `Der Minister Zoe\u0308 Mu\u0308ller (de\u0301ja\u0300) sagte: ${QUOTE} Außerdem erklärte Angela Merkel, die Lage sei ernst.`,
  rtl: `Kim sagte am Montag in \u05d9\u05e8\u05d5\u05e9\u05dc\u05d9\u05dd (\u0627\u0644\u0642\u062f\u0633): ${QUOTE} Laut Reuters war \u202eder Ton\u202c scharf.`,
  lone: `\ud83d Kim sagte: ${QUOTE} \udc00 Sie fügte hinzu, man bleibe dabei.`,
  en: `😀 "We will not give up," Kim said on Monday, according to Reuters. The 🇺🇸 minister said it was over.`,
};

function allSpans(r) {
  const out = [];
  for (const a of r.actors) for (const s of a.mentions) out.push(['actor ' + a.id, s]);
  for (const q of r.quotes) {
    for (const s of q.spans) out.push(['quote ' + q.id, s]);
    if (q.speaker) for (const s of q.speaker.spans) out.push(['speaker ' + q.id, s]);
    if (q.cue) for (const s of q.cue.spans) out.push(['cue ' + q.id, s]);
  }
  for (const s of r.sources) for (const x of s.spans) out.push(['source ' + s.id, x]);
  return out;
}

test('loads and reports a version', () => {
  assert.equal(typeof nm.extract, 'function');
  assert.match(nm.version, /^\d+\.\d+\.\d+/);
});

test('a result follows the contract with UTF-16 offsets', () => {
  const r = nm.extract(`Kim sagte: ${QUOTE}`, { lang: 'auto' });
  assert.equal(r.error, undefined, r.error);
  assert.equal(r.schema, 'newsmark/1');
  assert.equal(r.offsets, 'utf16');
  assert.equal(r.lang, 'de');
  for (const k of ['actors', 'quotes', 'sources']) assert.ok(Array.isArray(r[k]), k);
});

test('a direct quote after emoji starts at the right JS index', () => {
  const text = TRICKY.emoji;
  const r = nm.extract(text, { lang: 'de' });
  assert.equal(r.error, undefined, r.error);
  const at = text.indexOf(QUOTE);
  const hit = r.quotes.find((q) => q.spans.some((s) => s.start <= at + 1 && s.end >= at + QUOTE.length - 1));
  assert.ok(hit, `no quote span covers ${QUOTE} at ${at}: ${JSON.stringify(r.quotes)}`);
  const s = hit.spans[0];
  const piece = text.slice(s.start, s.end);
  assert.ok(piece.includes('Wir werden nicht aufgeben'), `quote span text is ${JSON.stringify(piece)}`);
  // The mark or the first letter: never a half emoji or a shifted index.
  assert.ok(['„', 'W'].includes(text[s.start]), `quote starts at ${JSON.stringify(text[s.start])}`);
});

for (const [name, text] of Object.entries(TRICKY)) {
  test(`UTF-16 offsets equal the engine's UTF-8 offsets mapped into the JS string (${name})`, () => {
    const r16 = nm.extract(text, { lang: 'auto' });
    const r8 = nm.extract(text, { lang: 'auto', offsets: 'utf8' });
    assert.equal(r16.error, undefined, r16.error);
    assert.equal(r8.offsets, 'utf8');
    const map = utf8ToUtf16Map(text);
    const a = allSpans(r16), b = allSpans(r8);
    assert.equal(a.length, b.length);
    assert.ok(a.length > 0, 'the text yields at least one span');
    for (let i = 0; i < a.length; i++) {
      const [what, s16] = a[i];
      const [, s8] = b[i];
      assert.ok(map.has(s8.start) && map.has(s8.end), `${what}: UTF-8 span ${s8.start}-${s8.end} cuts a character`);
      assert.deepEqual({ start: map.get(s8.start), end: map.get(s8.end) }, s16, `${what}`);
      assert.ok(s16.end <= text.length && s16.start < s16.end, `${what}: ${s16.start}-${s16.end}`);
      // A span never starts or ends inside a surrogate pair.
      const cut = (i16) => i16 > 0 && i16 < text.length && /[\ud800-\udbff]/.test(text[i16 - 1]) && /[\udc00-\udfff]/.test(text[i16]);
      assert.ok(!cut(s16.start) && !cut(s16.end), `${what}: span splits a surrogate pair`);
    }
  });
}

test('lone surrogates count as one UTF-16 unit each (same result as with U+FFFD)', () => {
  const text = TRICKY.lone;
  const r = nm.extract(text);
  const fixed = nm.extract(text.toWellFormed());
  assert.equal(r.error, undefined, r.error);
  assert.deepEqual(r, fixed);
  const at = text.indexOf(QUOTE);
  assert.ok(r.quotes.some((q) => q.spans.some((s) => s.start <= at + 1 && s.end >= at + QUOTE.length - 1)),
    `quote at ${at} not found: ${JSON.stringify(r.quotes)}`);
});

test('wasm and the native CLI agree on the hard texts', () => {
  const items = Object.entries(TRICKY).map(([id, text]) => ({ id, text }));
  const native = runCli(items);
  for (const { id, text } of items) {
    assert.deepEqual(nm.extract(text, { lang: 'auto' }), native.get(id), id);
  }
});

test('any string a page can hold: NUL, controls, BOM, noncharacters, CRLF, unpaired surrogates', () => {
  const odd = [
    `\ufeffKim sagte: ${QUOTE}`,
    `Kim\u0000 sagte:\u0000 ${QUOTE}\u0000`,
    `\u0001\u0008\u001b[31mKim sagte: ${QUOTE}\u007f\u0085`,
    `Kim sagte:\r\n${QUOTE}\r\nLaut dpa \uffff\ufffe\u{10ffff}\u{e0001} war es ernst.`,
    `\udfff\ud800\ud800\udc00\udc00 ${QUOTE} \ud83d`,
    '\u0000'.repeat(1000),
    '„'.repeat(500) + '“'.repeat(500),
  ];
  const items = odd.map((text, i) => ({ id: `odd${i}`, text }));
  const native = runCli(items);
  for (const { id, text } of items) {
    const r = nm.extract(text);
    assert.equal(r.error, undefined, `${id}: ${r.error}`);
    assert.deepEqual(r, native.get(id), id);
    for (const [what, sp] of allSpans(r)) assert.ok(sp.start < sp.end && sp.end <= text.length, `${id} ${what}`);
  }
});

test('errors come back as values', () => {
  assert.match(nm.extract('Kim sagte etwas.', { lang: 'fr' }).error, /language/);
  assert.match(nm.extract('Kim sagte etwas.', { lang: 42 }).error, /language/);
  assert.match(nm.extract('Kim sagte etwas.', { offsets: 'bytes' }).error, /offsets/);
  assert.match(nm.extract('Kim sagte etwas.', 'de').error, /options/);
  assert.match(nm.extract(null).error, /string/);
  assert.match(nm.extract(undefined).error, /string/);
  assert.match(nm.extract(123).error, /string/);
  // After errors, the next call works.
  const ok = nm.extract(`Kim sagte: ${QUOTE}`);
  assert.equal(ok.error, undefined);
  assert.ok(ok.quotes.length >= 1);
});

test('explain and disable: the rule of each quote, speaker and source, as the CLI gives it', () => {
  const items = Object.entries(TRICKY).map(([id, text]) => ({ id, text }));
  const native = runCli(items, ['--explain']);
  for (const { id, text } of items) {
    const r = nm.extract(text, { explain: true });
    assert.deepEqual(r, native.get(id), id);
    for (const q of r.quotes) {
      assert.match(q.rule, /^[a-z-]+$/, `${id} ${q.id}`);
      if (q.speaker) assert.match(q.speaker.rule, /^[a-z-]+$/, `${id} ${q.id} speaker`);
    }
    for (const s of r.sources) assert.match(s.rule, /^[a-z-]+$/, `${id} ${s.id}`);
    // Without explain the result has no rule fields: the contract as before.
    assert.ok(!JSON.stringify(nm.extract(text)).includes('"rule"'), id);
  }
  const text = `Kim sagte, die Lage sei ernst. ${QUOTE}`;
  const on = nm.extract(text, { lang: 'de', explain: true });
  assert.ok(on.quotes.some((q) => q.rule === 'de-cue-then-clause'));
  const off = nm.extract(text, { lang: 'de', explain: true, disable: ['de-cue-then-clause'] });
  assert.ok(!off.quotes.some((q) => q.rule === 'de-cue-then-clause'));
  assert.deepEqual(off, runCli([{ id: 'x', text, lang: 'de' }], ['--explain', '--disable', 'de-cue-then-clause']).get('x'));
  assert.match(nm.extract(text, { disable: ['no-such-rule'] }).error, /unknown rule 'no-such-rule'/);
  assert.match(nm.extract(text, { disable: 'de-cue-then-clause' }).error, /disable/);
  assert.match(nm.extract(text, { explain: 'yes' }).error, /explain/);
  assert.equal(nm.extract(text).error, undefined);  // the next call works
});

test('empty and whitespace-only texts give an empty result, not a crash', () => {
  for (const text of ['', ' ', '\n\n', '\u200b', '\ud800']) {
    const r = nm.extract(text);
    assert.equal(r.error, undefined, `${JSON.stringify(text)}: ${r.error}`);
    assert.deepEqual([r.actors.length, r.quotes.length, r.sources.length], [0, 0, 0], JSON.stringify(text));
  }
});

test('a text over the engine limit is refused as a value; the next call works', () => {
  const big = 'ä'.repeat(33 * 1024 * 1024); // 66 MiB of UTF-8 > 64 MiB
  const r = nm.extract(big);
  assert.match(r.error, /too large/);
  assert.equal(nm.extract(`Kim sagte: ${QUOTE}`).error, undefined);
});

test('memory stays flat over repeated calls (no leak in the binding)', () => {
  const text = TRICKY.emoji.repeat(50);
  for (let i = 0; i < 50; i++) nm.extract(text);
  const before = nm.memoryBytes;
  for (let i = 0; i < 300; i++) nm.extract(text);
  assert.equal(nm.memoryBytes, before);
});

test('after a trap inside the engine the module restarts and the next call works', async () => {
  // A trap (what an out-of-memory abort or a bug looks like from JS) is simulated by making the
  // next call from the engine into JS throw; the real module code does the rest.
  let armed = false, fired = 0;
  const wrapImports = (imports) => {
    const out = {};
    for (const [ns, obj] of Object.entries(imports)) {
      out[ns] = {};
      for (const [k, v] of Object.entries(obj)) {
        out[ns][k] = typeof v !== 'function' ? v : (...args) => {
          if (armed) { armed = false; fired++; throw new WebAssembly.RuntimeError('simulated abort: out of memory'); }
          return v(...args);
        };
      }
    }
    return out;
  };
  const m = await loadDist({ wrapImports, log: () => {} });
  const text = TRICKY.emoji.repeat(400); // large enough to make the engine call into JS
  const expected = m.extract(text);
  assert.equal(expected.error, undefined);
  armed = true;
  const r = m.extract(text);
  assert.equal(fired, 1, 'the engine called into JS during the extract');
  assert.match(r.error, /out of memory|engine failure/);
  assert.deepEqual(m.extract(text), expected, 'the next call works on a fresh instance');
  assert.deepEqual(m.extract(TRICKY.rtl), nm.extract(TRICKY.rtl));
});

test('a second instance is independent and gives the same result', async () => {
  const other = await loadDist();
  const text = TRICKY.combining;
  assert.deepEqual(other.extract(text), nm.extract(text));
});

test('createNewsmarkWorker: same results off the main thread; errors as values', async () => {
  const { createNewsmarkWorker } = await importDist();
  const w = createNewsmarkWorker(pathToFileURL(path.join(distDir, 'newsmark-worker.js')));
  try {
    const texts = Object.values(TRICKY);
    const results = await Promise.all(texts.map((t) => w.extract(t, { lang: 'auto' })));
    results.forEach((r, i) => assert.deepEqual(r, nm.extract(texts[i], { lang: 'auto' })));
    assert.match((await w.extract('x', { lang: 'xx' })).error, /language/);
    assert.equal((await w.extract(`Kim sagte: ${QUOTE}`)).error, undefined);
  } finally {
    w.terminate();
  }
  await assert.rejects(w.extract('after terminate'), /terminated/);
});

test('a worker that cannot start rejects with a message', async () => {
  const { createNewsmarkWorker } = await importDist();
  const w = createNewsmarkWorker(pathToFileURL(path.join(distDir, 'no-such-worker.js')));
  await assert.rejects(w.extract('Kim sagte etwas.'), /newsmark worker/);
  w.terminate();
});
