// Unit tests of the scoring functions on tiny hand-made gold/prediction pairs, plus two checks
// on the real data when ../shared exists (gold scored against itself; the README's baseline).
//   node --test tests/eval/scorers.test.mjs
import test from 'node:test';
import assert from 'node:assert/strict';
import { sharedDir, exists } from './paths.mjs';
import {
  tokenize, tokenSet, roleScore, scoreWikinewsDoc, wikinewsTotals, greedyPair,
  parseGermEval, nerPredictions, nerCounter, scoreNerSentence, nerTotals,
  scoreNewsDoc, newsScores, prf, utf16ToCodepointMap,
} from './scorers.mjs';
import { toCodepoints, checkContract, toCodepointMap } from './contract.mjs';

/** [start, end] in code points of the n-th occurrence of `sub` in `text`. */
function at(text, sub, n = 0) {
  let i = -1;
  for (let k = 0; k <= n; k++) { i = text.indexOf(sub, i + 1); if (i < 0) throw new Error(`${sub} not in text`); }
  const m = utf16ToCodepointMap(text);
  return [m[i], m[i + sub.length]];
}
const sp = (pair) => ({ start: pair[0], end: pair[1] });
const close = (a, b, msg) => assert.ok(Math.abs(a - b) < 1e-9, `${msg}: ${a} != ${b}`);

// ---------------------------------------------------------------------------------------------
test('tokenize: words, hyphenated names, punctuation and quotation marks, code-point offsets', () => {
  const text = '🙂 „Wir gehen“, sagte Kim Jong-un 2024.';
  const toks = tokenize(text).map((t) => [...text].slice(t.start, t.end).join(''));
  assert.deepEqual(toks, ['🙂', '„', 'Wir', 'gehen', '“', ',', 'sagte', 'Kim', 'Jong-un', '2024', '.']);
  // the emoji is one code point, so „ starts at code point 2 (UTF-16 index 3)
  assert.equal(tokenize(text)[1].start, 2);
});

test('tokenSet: a token counts when it shares a character with a span', () => {
  const text = 'Der Minister sagte heute';
  const toks = tokenize(text);
  assert.deepEqual([...tokenSet([{ start: 5, end: 6 }], toks)], [1]); // inside "Minister"
  assert.deepEqual([...tokenSet([{ start: 3, end: 4 }], toks)], []); // only the space
  assert.deepEqual([...tokenSet([{ start: 0, end: 24 }], toks)].sort(), [0, 1, 2, 3]);
});

// ---------------------------------------------------------------------------------------------
// (a) Wikinews quote scoring

const WT = '„Wir werden nicht aufgeben“, sagte der Minister. Die Opposition kritisierte, der Plan sei teuer. Er sei auch unfair.';
const wq = (quote, speaker, cue) => ({ type: 'Direct', quote: [at(WT, quote)], speaker: speaker ? [at(WT, speaker)] : [], cue: cue ? [at(WT, cue)] : [] });
const WGOLD = {
  id: 'w1', text: WT,
  quotes: [
    wq('„Wir werden nicht aufgeben“', 'der Minister', 'sagte'),
    wq('der Plan sei teuer', 'Die Opposition', 'kritisierte'),
    wq('Er sei auch unfair', null, null),
  ],
};
const asPred = (q) => ({
  id: 'q', kind: 'direct', spans: q.quote.map(sp),
  speaker: q.speaker.length ? { actor: null, spans: q.speaker.map(sp) } : null,
  cue: q.cue.length ? { spans: q.cue.map(sp) } : null,
});

test('wikinews: a perfect prediction scores 100 for quote, speaker and cue', () => {
  const t = wikinewsTotals([scoreWikinewsDoc(WGOLD, { quotes: WGOLD.quotes.map(asPred) })]);
  for (const role of ['quote', 'speaker', 'cue']) {
    assert.equal(t[role].p, 1, role); assert.equal(t[role].r, 1, role); assert.equal(t[role].f1, 1, role);
  }
});

test('wikinews: one missing quote → precision 1, recall 2/3 for every role', () => {
  const t = wikinewsTotals([scoreWikinewsDoc(WGOLD, { quotes: WGOLD.quotes.slice(0, 2).map(asPred) })]);
  for (const role of ['quote', 'speaker', 'cue']) {
    close(t[role].p, 1, `${role} P`); close(t[role].r, 2 / 3, `${role} R`); close(t[role].f1, 0.8, `${role} F1`);
  }
});

test('wikinews: an extra quote costs precision only; a missing speaker costs speaker P and R of that pair', () => {
  const preds = WGOLD.quotes.map(asPred);
  preds[0] = { ...preds[0], speaker: null };
  preds.push({ id: 'x', kind: 'direct', spans: [sp(at(WT, 'Die Opposition'))], speaker: null, cue: null });
  const d = scoreWikinewsDoc(WGOLD, { quotes: preds });
  assert.equal(d.pairs.length, 3);
  assert.deepEqual(d.unpairedPred, [3]);
  const t = wikinewsTotals([d]);
  close(t.quote.p, 3 / 4, 'quote P'); close(t.quote.r, 1, 'quote R');
  close(t.speaker.p, 2 / 4, 'speaker P'); close(t.speaker.r, 2 / 3, 'speaker R');
  close(t.cue.p, 3 / 4, 'cue P'); close(t.cue.r, 1, 'cue R');
});

test('wikinews: partial token overlap gives token precision and recall', () => {
  // gold quote "der Plan sei teuer" = 4 tokens; prediction "Plan sei" = 2 tokens
  const preds = [{ id: 'q', kind: 'indirect', spans: [sp(at(WT, 'Plan sei'))], speaker: { actor: null, spans: [sp(at(WT, 'Opposition'))] }, cue: { spans: [sp(at(WT, 'kritisierte'))] } }];
  const gold = { ...WGOLD, quotes: [WGOLD.quotes[1]] };
  const t = wikinewsTotals([scoreWikinewsDoc(gold, { quotes: preds })]);
  close(t.quote.p, 1, 'quote P'); close(t.quote.r, 0.5, 'quote R');
  close(t.speaker.p, 1, 'speaker P'); close(t.speaker.r, 0.5, 'speaker R');
  close(t.cue.f1, 1, 'cue F1');
});

test('wikinews: the verbatim pieces of a mixed quote pair with nested direct gold quotes, with its speaker and cue', () => {
  const T = 'Der Minister sagte, der Plan sei „völlig unfair“ und teuer.';
  const gold = {
    id: 'm', text: T,
    quotes: [
      { type: 'Indirect', quote: [at(T, 'der Plan sei „völlig unfair“ und teuer')], speaker: [at(T, 'Der Minister')], cue: [at(T, 'sagte')] },
      { type: 'Direct', quote: [at(T, '„völlig unfair“')], speaker: [at(T, 'Der Minister')], cue: [at(T, 'sagte')] },
    ],
  };
  const mixed = { id: 'q1', kind: 'mixed', spans: [sp(at(T, 'der Plan sei „völlig unfair“ und teuer'))],
    speaker: { actor: null, spans: [sp(at(T, 'Der Minister'))] }, cue: { spans: [sp(at(T, 'sagte'))] } };
  const without = wikinewsTotals([scoreWikinewsDoc(gold, { quotes: [mixed] })]);
  close(without.quote.r, 1 / 2, 'without verbatim: the nested quote is missed');
  const doc = scoreWikinewsDoc(gold, { quotes: [{ ...mixed, verbatim: [sp(at(T, '„völlig unfair“'))] }] });
  // the piece is a predicted item of its own that points back at its quote (for per-rule tables, listings)
  assert.deepEqual(doc.predQuote, [0, 0]);
  assert.deepEqual(doc.predVerbatim, [false, true]);
  const withPieces = wikinewsTotals([doc]);
  for (const role of ['quote', 'speaker', 'cue']) { close(withPieces[role].p, 1, `${role} P`); close(withPieces[role].r, 1, `${role} R`); }
});

test('wikinews: pairing takes the largest token overlap, one-to-one', () => {
  // gold quote 1 = 6 tokens („ Wir werden nicht aufgeben “). Prediction A covers 2 of them,
  // prediction B 5. B must pair with it; A stays unpaired.
  const preds = [
    { id: 'A', kind: 'direct', spans: [sp(at(WT, '„Wir'))], speaker: null, cue: null },
    { id: 'B', kind: 'direct', spans: [sp(at(WT, 'Wir werden nicht aufgeben“'))], speaker: null, cue: null },
  ];
  const d = scoreWikinewsDoc({ ...WGOLD, quotes: [WGOLD.quotes[0]] }, { quotes: preds });
  assert.equal(d.pairs.length, 1);
  assert.equal(d.pairs[0].p, 1);
  assert.equal(d.pairs[0].overlap, 5);
  assert.deepEqual(d.unpairedPred, [0]);
});

test('greedyPair: greedy by score across several gold items, ties by index', () => {
  // gold 0 overlaps pred 0 by 5 and pred 1 by 4; gold 1 overlaps pred 0 by 6.
  const s = [[5, 4], [6, 0]];
  const pairs = greedyPair(2, 2, (g, p) => s[g][p]);
  assert.deepEqual(pairs.map((x) => [x.g, x.p]), [[0, 1], [1, 0]]);
  const tie = greedyPair(2, 1, () => 3);
  assert.deepEqual(tie.map((x) => [x.g, x.p]), [[0, 0]]);
});

test('roleScore: empty on both sides = 1, on one side = 0', () => {
  assert.deepEqual(roleScore(new Set(), new Set()), { p: 1, r: 1 });
  assert.deepEqual(roleScore(new Set([1]), new Set()), { p: 0, r: 0 });
  assert.deepEqual(roleScore(new Set(), new Set([1])), { p: 0, r: 0 });
  assert.deepEqual(roleScore(new Set([1, 2]), new Set([2, 3, 4, 5])), { p: 0.5, r: 0.25 });
});

// ---------------------------------------------------------------------------------------------
// (b) GermEval NER

const TSV = [
  '#\thttp://www.example-news.de/a.html\t[2010-01-01]',
  '1\tAngela\tB-PER\tO', '2\tMerkel\tI-PER\tO', '3\tlobt\tO\tO', '4\tdie\tO\tO',
  '5\tUN-Sanktionen\tB-ORGpart\tO', '6\tin\tO\tO', '7\tBerlin\tB-LOC\tO', '8\t.\tO\tO',
  '',
  '#\thttp://de.wikipedia.org/wiki/X\t[2009-01-01]',
  '1\tDer\tO\tO', '2\tFilm\tO\tO', '3\tEcce\tB-OTH\tO', '4\thomo\tI-OTH\tO', '5\tvon\tO\tO',
  '6\tSiemens\tB-ORG\tB-LOC', '7\tläuft\tO\tO', '8\tin\tO\tO', '9\tdeutschen\tB-LOCderiv\tO', '10\tKinos\tO\tO',
  '',
].join('\n');

test('parseGermEval: text rebuilt with single spaces, outer-level PER/ORG/LOC gold, excluded tags', () => {
  const [a, b] = parseGermEval(TSV);
  assert.equal(a.text, 'Angela Merkel lobt die UN-Sanktionen in Berlin .');
  assert.equal(a.isNews, true);
  assert.equal(b.isNews, false);
  assert.deepEqual(a.gold.map((e) => [a.text.slice(e.start, e.end), e.type]), [['Angela Merkel', 'PER'], ['Berlin', 'LOC']]);
  assert.deepEqual(a.excluded.map((e) => [a.text.slice(e.start, e.end), e.tag]), [['UN-Sanktionen', 'ORGpart']]);
  assert.deepEqual(b.gold.map((e) => [b.text.slice(e.start, e.end), e.type]), [['Siemens', 'ORG']]); // inner LOC ignored
  assert.deepEqual(b.excluded.map((e) => b.text.slice(e.start, e.end)), ['Ecce homo', 'deutschen']);
});

function nerResult(text, ms) {
  return { actors: ms.map(([sub, type], i) => ({ id: `a${i}`, name: sub, type, mentions: [sp(at(text, sub))] })) };
}

test('NER: exact spans, typed; predictions inside *part/*deriv/OTH are ignored, not false positives', () => {
  const [a, b] = parseGermEval(TSV);
  const c = nerCounter();
  const pa = nerPredictions(nerResult(a.text, [['Merkel', 'person'], ['UN', 'organization'], ['Berlin', 'location'], ['die UN', 'group']]));
  assert.equal(pa.length, 3); // the group actor is left out
  scoreNerSentence(a, pa, c);
  const pb = nerPredictions(nerResult(b.text, [['Ecce homo', 'person'], ['Siemens', 'media'], ['deutschen Kinos', 'location']]));
  scoreNerSentence(b, pb, c);
  const t = nerTotals(c);
  // hits: Berlin (LOC), Siemens (media → ORG). "Merkel" ≠ "Angela Merkel": FP + FN.
  // "UN" (inside ORGpart token) and "Ecce homo" (= the OTH entity) are ignored.
  // "deutschen Kinos" reaches outside the LOCderiv token: a false positive.
  assert.equal(t.ignored, 2);
  assert.deepEqual([t.PER.tp, t.PER.pred, t.PER.gold], [0, 1, 1]);
  assert.deepEqual([t.ORG.tp, t.ORG.pred, t.ORG.gold], [1, 1, 1]);
  assert.deepEqual([t.LOC.tp, t.LOC.pred, t.LOC.gold], [1, 2, 1]);
  close(t.ALL.p, 2 / 4, 'micro P'); close(t.ALL.r, 2 / 3, 'micro R');
});

test('NER: a right span with the wrong type is a miss and a false positive (typed), a hit untyped', () => {
  const [a] = parseGermEval(TSV);
  const c = nerCounter();
  scoreNerSentence(a, nerPredictions(nerResult(a.text, [['Angela Merkel', 'organization'], ['Berlin', 'location']])), c);
  const t = nerTotals(c);
  assert.deepEqual([t.ALL.tp, t.ALL.pred, t.ALL.gold], [1, 2, 2]);
  assert.deepEqual([t.SPAN.tp, t.SPAN.pred, t.SPAN.gold], [2, 2, 2]);
});

// ---------------------------------------------------------------------------------------------
// (c) news-en/de-dev

const NT = 'Kim Jong-un said the talks were useful. "We will win," he told reporters. According to Reuters, the deal is near. (dpa)';
const NGOLD = {
  id: 'n1', lang: 'en', text: NT,
  actors: [
    { id: 'A1', name: 'Kim Jong-un', type: 'person', mentions: [at(NT, 'Kim Jong-un')] },
    { id: 'A2', name: 'Reuters', type: 'media', mentions: [at(NT, 'Reuters')] },
  ],
  quotes: [
    { type: 'indirect', span: at(NT, 'the talks were useful'), speaker: 'A1', speaker_span: at(NT, 'Kim Jong-un'), cue_span: at(NT, 'said') },
    { type: 'direct', span: at(NT, '"We will win,"'), speaker: 'A1', speaker_span: at(NT, 'he'), cue_span: at(NT, 'told') },
    { type: 'indirect', span: at(NT, 'the deal is near'), speaker: 'A2', speaker_span: at(NT, 'Reuters'), cue_span: at(NT, 'According to') },
  ],
  sources: [
    { span: at(NT, 'According to Reuters'), kind: 'according_to', actor: 'A2' },
    { span: at(NT, '(dpa)'), kind: 'agency_credit', actor: null },
  ],
};

function newsPerfect() {
  return {
    actors: NGOLD.actors.map((a) => ({ id: a.id, name: a.name, type: a.type, mentions: a.mentions.map(sp) })),
    quotes: NGOLD.quotes.map((q, i) => ({ id: `q${i}`, kind: q.type, spans: [sp(q.span)], speaker: { actor: q.speaker, spans: [sp(q.speaker_span)] }, cue: { spans: [sp(q.cue_span)] } })),
    sources: NGOLD.sources.map((s, i) => ({ id: `s${i}`, kind: s.kind, actor: s.actor, spans: [sp(s.span)] })),
  };
}

test('news: a perfect prediction scores 100 on every number', () => {
  const s = newsScores(scoreNewsDoc(NGOLD, newsPerfect()).counts);
  for (const k of ['quotes', 'cue', 'actors', 'actorsTyped', 'sources', 'sourcesKind']) assert.equal(s[k].f1, 1, k);
  assert.equal(s.speakerAcc, 1); assert.equal(s.speakerActorAcc, 1);
});

test('news: a quote matches when it covers at least half of the gold span', () => {
  const g = NGOLD.quotes[0].span; // "the talks were useful", 21 chars
  const mk = (end) => ({ ...newsPerfect(), quotes: [{ id: 'q', kind: 'indirect', spans: [{ start: g[0], end }], speaker: null, cue: null }] });
  const half = g[0] + Math.ceil((g[1] - g[0]) / 2); // 11 of 21 characters
  assert.equal(scoreNewsDoc(NGOLD, mk(half)).counts.quotes.tp, 1);
  assert.equal(scoreNewsDoc(NGOLD, mk(half - 1)).counts.quotes.tp, 0);
  const s = newsScores(scoreNewsDoc(NGOLD, mk(half)).counts);
  close(s.quotes.p, 1, 'P'); close(s.quotes.r, 1 / 3, 'R');
  // exactly half of an even-length gold span ("the deal is near", 16 characters) is enough
  const g2 = NGOLD.quotes[2].span;
  assert.equal(g2[1] - g2[0], 16);
  const mk2 = (n) => ({ quotes: [{ id: 'q', kind: 'indirect', spans: [{ start: g2[1] - n, end: g2[1] + 3 }], speaker: null, cue: null }] });
  assert.equal(scoreNewsDoc(NGOLD, mk2(8)).counts.quotes.tp, 1);
  assert.equal(scoreNewsDoc(NGOLD, mk2(7)).counts.quotes.tp, 0);
});

test('news: speaker accuracy by span and by actor; cue over matched quotes', () => {
  const r = newsPerfect();
  // quote 1: speaker span "he" missing but actor right → span wrong, actor right
  r.quotes[1].speaker = { actor: 'A1', spans: [sp(at(NT, 'reporters'))] };
  // quote 2: no speaker at all, and no cue
  r.quotes[2].speaker = null; r.quotes[2].cue = null;
  const s = newsScores(scoreNewsDoc(NGOLD, r).counts);
  close(s.speakerAcc, 1 / 3, 'span acc'); assert.equal(s.speakerN, 3);
  close(s.speakerActorAcc, 2 / 3, 'actor acc');
  close(s.cue.p, 1, 'cue P'); close(s.cue.r, 2 / 3, 'cue R');
});

test('news: speaker end to end counts a missed quote as a wrong speaker', () => {
  const r = newsPerfect();
  r.quotes = r.quotes.slice(0, 2); // the third gold quote is not found
  r.quotes[1].speaker = { actor: 'A1', spans: [sp(at(NT, 'reporters'))] }; // found, speaker span wrong
  const s = newsScores(scoreNewsDoc(NGOLD, r).counts);
  close(s.speakerAcc, 1 / 2, 'over matched'); assert.equal(s.speakerN, 2);
  close(s.speakerE2E, 1 / 3, 'end to end'); assert.equal(s.speakerE2EN, 3);
  assert.equal(newsScores(scoreNewsDoc(NGOLD, newsPerfect()).counts).speakerE2E, 1);
});

test('news: actor mentions exact span (untyped and typed), group actors left out', () => {
  const r = newsPerfect();
  r.actors[1].type = 'organization'; // Reuters: right span, wrong type
  r.actors.push({ id: 'G', name: 'reporters', type: 'group', mentions: [sp(at(NT, 'reporters'))] });
  r.actors.push({ id: 'X', name: 'Jong-un', type: 'person', mentions: [sp(at(NT, 'Jong-un'))] });
  const s = newsScores(scoreNewsDoc(NGOLD, r).counts);
  close(s.actors.p, 2 / 3, 'untyped P'); close(s.actors.r, 1, 'untyped R');
  close(s.actorsTyped.p, 1 / 3, 'typed P'); close(s.actorsTyped.r, 1 / 2, 'typed R');
  assert.equal(s.groupMentionsIgnored, 1);
});

test('news: sources by half-overlap, and the kind-aware variant', () => {
  const r = newsPerfect();
  r.sources[0].spans = [sp(at(NT, 'According to'))]; // 12 of 20 chars: still a match
  r.sources[1].kind = 'report'; // wrong kind
  const s = newsScores(scoreNewsDoc(NGOLD, r).counts);
  assert.equal(s.sources.f1, 1);
  close(s.sourcesKind.f1, 0.5, 'kind-aware F1');
});

test('prf conventions', () => {
  assert.deepEqual([prf(0, 0, 0).p, prf(0, 0, 0).r], [1, 1]);
  assert.equal(prf(0, 0, 3).p, 0);
  assert.equal(prf(0, 2, 0).r, 0);
});

// ---------------------------------------------------------------------------------------------
// Offsets conversion and contract checks

test('toCodepoints converts UTF-16 and UTF-8 offsets around astral characters', () => {
  const text = 'A😀 „Hi“ sagte Ärztin Ö.';
  const cp = at(text, '„Hi“');
  const u16 = [text.indexOf('„Hi“'), text.indexOf('„Hi“') + 4];
  const b0 = Buffer.byteLength(text.slice(0, u16[0])), b1 = Buffer.byteLength(text.slice(0, u16[1]));
  for (const [unit, s] of [['utf16', u16], ['utf8', [b0, b1]], ['codepoints', cp]]) {
    const r = { offsets: unit, actors: [], quotes: [{ id: 'q', kind: 'direct', spans: [sp(s)], speaker: null, cue: null }], sources: [] };
    assert.deepEqual(checkContract(r, text, { unit }), [], unit);
    assert.deepEqual(toCodepoints(r, text).quotes[0].spans[0], sp(cp), unit);
  }
  // an offset inside the emoji is rejected
  const bad = { offsets: 'utf16', actors: [{ id: 'a', name: 'x', type: 'person', mentions: [{ start: 2, end: 3 }] }], quotes: [], sources: [] };
  assert.match(checkContract(bad, text).join('\n'), /splits a character/);
  assert.throws(() => toCodepoints(bad, text));
  assert.equal(toCodepointMap(text, 'utf8').length - 1, Buffer.byteLength(text));
});

test('checkContract finds the contract violations the schema cannot see', () => {
  const text = 'Kim sagte, er komme. Putin schwieg.';
  const r = {
    offsets: 'codepoints', lang: 'de',
    actors: [
      { id: 'a1', name: 'Putin', type: 'person', mentions: [{ start: 21, end: 26 }] },
      { id: 'a1', name: 'Kim', type: 'person', mentions: [{ start: 0, end: 3 }] },
    ],
    quotes: [{ id: 'q1', kind: 'indirect', spans: [{ start: 11, end: 19 }], speaker: { actor: 'a9', spans: [{ start: 0, end: 3 }] }, cue: { spans: [{ start: 4, end: 4 }] } }],
    sources: [{ id: 's1', kind: 'report', actor: null, spans: [{ start: 30, end: 99 }] }],
  };
  const errs = checkContract(r, text, { unit: 'utf16', lang: 'de' }).join('\n');
  assert.match(errs, /requested utf16/);
  assert.match(errs, /duplicate id "a1"/);
  assert.match(errs, /"a9" is not an actor id/);
  assert.match(errs, /start 4 is not before end 4/);
  assert.match(errs, /outside the text/);
  assert.match(errs, /actors: not sorted/);
});

test('checkContract: verbatim pieces belong to mixed quotes and lie inside their spans', () => {
  const text = 'Er sagte, das sei „völlig unfair“ gewesen.';
  const v = sp(at(text, '„völlig unfair“'));
  const q = (kind, verbatim) => ({ offsets: 'codepoints', actors: [], sources: [],
    quotes: [{ id: 'q1', kind, spans: [sp(at(text, 'das sei „völlig unfair“ gewesen'))], speaker: null, cue: null, verbatim }] });
  assert.deepEqual(checkContract(q('mixed', [v]), text, { unit: 'codepoints' }), []);
  assert.match(checkContract(q('indirect', [v]), text, { unit: 'codepoints' }).join('\n'), /verbatim on a indirect quote/);
  assert.match(checkContract(q('mixed', [{ start: 0, end: 2 }]), text, { unit: 'codepoints' }).join('\n'), /outside the quote's spans/);
});

// ---------------------------------------------------------------------------------------------
// On the real data (only when ../shared exists)

const SHARED = sharedDir();
const HAVE_SHARED = exists(SHARED);

test('gold scored against itself gives 100 on every data set', { skip: HAVE_SHARED ? false : `skipped: shared data not found at ${SHARED}` }, async () => {
  const { evaluateAll } = await import('./run.mjs');
  const { summary } = evaluateAll({ shared: SHARED, oracle: true });
  assert.ok(Object.keys(summary).length >= 13, 'all headline numbers present');
  for (const [k, v] of Object.entries(summary)) assert.equal(v, 100, k);
});

test('calibration: marking every „…“ span as a quote scores quote F1 about 28 on wikinews dev (dataset README)', { skip: HAVE_SHARED ? false : `skipped: shared data not found at ${SHARED}` }, async () => {
  const { loadWikinews } = await import('./data.mjs');
  const docs = loadWikinews(SHARED, 'dev');
  const scores = docs.map((d) => {
    const m = utf16ToCodepointMap(d.text);
    const quotes = [...d.text.matchAll(/„[^„“]*“/g)].map((x, i) => ({ id: `q${i}`, kind: 'direct', spans: [{ start: m[x.index], end: m[x.index + x[0].length] }], speaker: null, cue: null }));
    return scoreWikinewsDoc(d, { quotes });
  });
  const f = wikinewsTotals(scores).quote.f1 * 100;
  assert.ok(f > 24 && f < 32, `baseline quote F1 ${f.toFixed(1)} is not about 28`);
});

// ---------------------------------------------------------------------------------------------
test('speakerHead: the head of a speaker mention, English with tags and the German proxy', async () => {
  const { speakerHead } = await import('./scorers.mjs');
  const tok = (text, tagged) => {
    const out = []; let i = 0;
    for (const [w, pos] of tagged) { const k = text.indexOf(w, i); out.push({ start: k, end: k + w.length, pos }); i = k + w.length; }
    return out;
  };
  let t = 'A spokesman for the firm said';
  assert.deepEqual(speakerHead(tok(t, [['A', 'DET'], ['spokesman', 'NOUN'], ['for', 'ADP'], ['the', 'DET'], ['firm', 'NOUN']]), t), { text: 'spokesman', pos: 'NOUN', ok: true });
  t = 'The plan comes as';
  assert.equal(speakerHead(tok(t, [['The', 'DET'], ['plan', 'NOUN'], ['comes', 'VERB']]), t).ok, false);
  t = 'a report published today';
  assert.equal(speakerHead(tok(t, [['a', 'DET'], ['report', 'NOUN'], ['published', 'VERB'], ['today', 'NOUN']]), t).text, 'report');
  t = 'the WHO';
  assert.equal(speakerHead(tok(t, [['the', 'DET'], ['WHO', 'PROPN']]), t).ok, true);
  t = 'der 33-jährige Fahrer Max';
  assert.equal(speakerHead(tok(t, [['der', ''], ['33', ''], ['-', ''], ['jährige', ''], ['Fahrer', ''], ['Max', '']]), t).ok, true);
  t = 'hieß es';
  assert.equal(speakerHead(tok(t, [['hieß', ''], ['es', '']]), t).ok, true);
  t = 'wurde betont';
  assert.equal(speakerHead(tok(t, [['wurde', ''], ['betont', '']]), t).ok, false);
  assert.equal(speakerHead([], 'x'), null);
});
