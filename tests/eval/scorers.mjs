// Pure scoring functions of the evaluation harness. No I/O here: every function takes gold
// annotations and newsmark results (already converted to code-point offsets, see offsets.mjs)
// and returns counts. The rules are documented in tests/eval/README.md; keep the two in sync.

// ---------------------------------------------------------------------------------------------
// Small helpers

/** F1 from precision and recall (both 0..1). */
export function f1(p, r) {
  return p + r > 0 ? (2 * p * r) / (p + r) : 0;
}

/**
 * Precision/recall/F1 from counts. Conventions: nothing predicted and nothing in gold → 1/1/1
 * (nothing to find, nothing wrong); nothing predicted but gold exists → P = 0; gold empty but
 * something predicted → R = 0.
 */
export function prf(tp, nPred, nGold) {
  const p = nPred ? tp / nPred : (nGold ? 0 : 1);
  const r = nGold ? tp / nGold : (nPred ? 0 : 1);
  return { p, r, f1: f1(p, r), tp, pred: nPred, gold: nGold };
}

/** Number of characters two half-open intervals share. */
export function overlapLen(a, b) {
  return Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));
}

/** Characters of `spans` (list of {start,end}) that fall inside the interval `g`. Spans of one
 *  item do not overlap each other by contract; they are merged first anyway so nothing counts twice. */
export function spansOverlapLen(spans, g) {
  let n = 0;
  for (const s of mergeSpans(spans)) n += overlapLen(s, g);
  return n;
}

/** Sorted, merged copy of a list of spans. */
export function mergeSpans(spans) {
  const s = spans.filter((x) => x.end > x.start).map((x) => ({ start: x.start, end: x.end }))
    .sort((a, b) => a.start - b.start || a.end - b.end);
  const out = [];
  for (const x of s) {
    const last = out[out.length - 1];
    if (last && x.start <= last.end) last.end = Math.max(last.end, x.end);
    else out.push(x);
  }
  return out;
}

/** True when any span of `a` shares at least one character with any span of `b`. */
export function anyOverlap(a, b) {
  for (const x of a) for (const y of b) if (overlapLen(x, y) > 0) return true;
  return false;
}

/** [start, end] pairs (gold format) → {start, end} objects. */
export const toSpan = (pair) => ({ start: pair[0], end: pair[1] });
export const toSpans = (pairs) => (pairs || []).map(toSpan);

/**
 * One-to-one greedy pairing: every (gold, pred) candidate with score > 0 that `accept` allows
 * is sorted by score (descending; ties: lower gold index, then lower pred index) and taken
 * when neither side is taken yet. Returns [{g, p, score}] sorted by gold index.
 */
export function greedyPair(nGold, nPred, score, accept = () => true) {
  const cands = [];
  for (let g = 0; g < nGold; g++) {
    for (let p = 0; p < nPred; p++) {
      const s = score(g, p);
      if (s > 0 && accept(g, p, s)) cands.push({ g, p, score: s });
    }
  }
  cands.sort((a, b) => b.score - a.score || a.g - b.g || a.p - b.p);
  const gUsed = new Uint8Array(nGold), pUsed = new Uint8Array(nPred), pairs = [];
  for (const c of cands) {
    if (gUsed[c.g] || pUsed[c.p]) continue;
    gUsed[c.g] = 1; pUsed[c.p] = 1; pairs.push(c);
  }
  return pairs.sort((a, b) => a.g - b.g);
}

// ---------------------------------------------------------------------------------------------
// Tokens (for the Wikinews scorer)

// Word and punctuation tokens, as suggested for GermEval-style token scoring: a letter followed
// by letters, marks, digits, apostrophes or hyphens; a run of digits; or any other single
// non-space character (punctuation and quotation marks are tokens of their own).
export const TOKEN_RE = /\p{L}[\p{L}\p{M}\p{N}'-]*|\p{N}+|[^\s]/gu;

/** Tokens of `text` as {start, end} in Unicode code points (not UTF-16 units). */
export function tokenize(text) {
  const toCp = utf16ToCodepointMap(text);
  const out = [];
  for (const m of text.matchAll(TOKEN_RE)) {
    out.push({ start: toCp[m.index], end: toCp[m.index + m[0].length] });
  }
  return out;
}

/** Map from every UTF-16 index of `text` (0..length) to its code-point index. */
export function utf16ToCodepointMap(text) {
  const map = new Int32Array(text.length + 1);
  let cp = 0;
  for (let i = 0; i < text.length;) {
    const c = text.codePointAt(i);
    const w = c > 0xffff ? 2 : 1;
    map[i] = cp;
    if (w === 2) map[i + 1] = cp; // an offset inside a surrogate pair: contract checks flag it
    i += w; cp++;
  }
  map[text.length] = cp;
  return map;
}

/** Indices of the tokens that share at least one character with any of `spans`. */
export function tokenSet(spans, tokens) {
  const set = new Set();
  for (const s of spans || []) {
    if (!(s.end > s.start)) continue;
    // first token whose end is after the span start (tokens are sorted and disjoint)
    let lo = 0, hi = tokens.length;
    while (lo < hi) { const mid = (lo + hi) >> 1; if (tokens[mid].end <= s.start) lo = mid + 1; else hi = mid; }
    for (let i = lo; i < tokens.length && tokens[i].start < s.end; i++) set.add(i);
  }
  return set;
}

function interSize(a, b) {
  let n = 0;
  const [small, big] = a.size <= b.size ? [a, b] : [b, a];
  for (const x of small) if (big.has(x)) n++;
  return n;
}

// ---------------------------------------------------------------------------------------------
// (a) German Wikinews quotes, GermEval-2023-style token scores

export const WIKI_ROLES = ['quote', 'speaker', 'cue'];

/**
 * Token precision and recall of one role in one pair of quotes. Defined ratios are the usual
 * |P∩G|/|P| and |P∩G|/|G|. When a side is empty the ratio that divides by it is undefined:
 * it is 1 when both sides are empty (agreement that the role is absent) and 0 when only one
 * side is empty (a missing or a spurious role is wrong both ways).
 */
export function roleScore(pred, gold) {
  if (pred.size === 0 && gold.size === 0) return { p: 1, r: 1 };
  if (pred.size === 0 || gold.size === 0) return { p: 0, r: 0 };
  const i = interSize(pred, gold);
  return { p: i / pred.size, r: i / gold.size };
}

/**
 * Score one Wikinews article. gold: the JSONL object ({text, quotes:[{quote, speaker, cue}]},
 * offsets in code points); result: a newsmark result in code points. Returns the per-item sums
 * that wikinewsTotals() averages, plus the pairing for error listings.
 */
export function scoreWikinewsDoc(gold, result, tokens = tokenize(gold.text)) {
  const g = gold.quotes.map((q) => ({
    quote: tokenSet(toSpans(q.quote), tokens),
    speaker: tokenSet(toSpans(q.speaker), tokens),
    cue: tokenSet(toSpans(q.cue), tokens),
  }));
  // A mixed quote's verbatim pieces count as the corpus's nested direct quotes, each with the
  // quote's speaker and cue (RESULT.md: quotes[].verbatim).
  const p = [];
  for (const [of, q] of ((result && result.quotes) || []).entries()) {
    const speaker = tokenSet(q.speaker ? q.speaker.spans : [], tokens);
    const cue = tokenSet(q.cue ? q.cue.spans : [], tokens);
    p.push({ quote: tokenSet(q.spans, tokens), speaker, cue, of });
    for (const piece of q.verbatim || []) p.push({ quote: tokenSet([piece], tokens), speaker, cue, of, verbatim: true });
  }
  const pairs = greedyPair(g.length, p.length, (gi, pi) => interSize(g[gi].quote, p[pi].quote));
  const pSum = { quote: 0, speaker: 0, cue: 0 };
  const rSum = { quote: 0, speaker: 0, cue: 0 };
  const pairScores = [];
  for (const pr of pairs) {
    const s = {};
    for (const role of WIKI_ROLES) {
      s[role] = roleScore(p[pr.p][role], g[pr.g][role]);
      pSum[role] += s[role].p;
      rSum[role] += s[role].r;
    }
    pairScores.push({ g: pr.g, p: pr.p, overlap: pr.score, scores: s });
  }
  // unpaired predicted quotes add 0 to every precision sum, unpaired gold quotes 0 to every
  // recall sum: they only count in the denominators below.
  const pairedP = new Set(pairs.map((x) => x.p)), pairedG = new Set(pairs.map((x) => x.g));
  return {
    id: gold.id,
    nPred: p.length, nGold: g.length, pSum, rSum, pairs: pairScores,
    // per predicted item: the index of its quote in result.quotes, and whether it is a verbatim piece
    predQuote: p.map((x) => x.of), predVerbatim: p.map((x) => !!x.verbatim),
    unpairedPred: p.map((_, i) => i).filter((i) => !pairedP.has(i)),
    unpairedGold: g.map((_, i) => i).filter((i) => !pairedG.has(i)),
  };
}

/** Macro-average over all predicted (precision) and gold (recall) quotes of all articles. */
export function wikinewsTotals(docScores) {
  let nPred = 0, nGold = 0, pairs = 0;
  const pSum = { quote: 0, speaker: 0, cue: 0 }, rSum = { quote: 0, speaker: 0, cue: 0 };
  for (const d of docScores) {
    nPred += d.nPred; nGold += d.nGold; pairs += d.pairs.length;
    for (const role of WIKI_ROLES) { pSum[role] += d.pSum[role]; rSum[role] += d.rSum[role]; }
  }
  const out = { nPred, nGold, pairs, docs: docScores.length };
  for (const role of WIKI_ROLES) {
    const p = nPred ? pSum[role] / nPred : (nGold ? 0 : 1);
    const r = nGold ? rSum[role] / nGold : (nPred ? 0 : 1);
    out[role] = { p, r, f1: f1(p, r) };
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// (b) GermEval 2014 NER, exact spans

export const NER_TYPES = ['PER', 'ORG', 'LOC'];
export const ACTOR_TO_NER = { person: 'PER', organization: 'ORG', media: 'ORG', location: 'LOC' };

/**
 * Parse the GermEval 2014 TSV into sentences:
 * {id, url, isNews, tokens:[{text, outer, inner}], text, tokSpans:[{start,end}] (code points),
 *  gold:[{start,end,type}] (outer PER/ORG/LOC), excluded:[{start,end,tag}] (outer OTH, *deriv, *part)}.
 */
export function parseGermEval(tsv) {
  const sents = [];
  let cur = null;
  const flush = () => { if (cur && cur.tokens.length) sents.push(finishSentence(cur, sents.length)); cur = null; };
  for (const line of tsv.split(/\r?\n/)) {
    if (line.startsWith('#\t') || line === '#') {
      flush();
      const f = line.split('\t');
      cur = { url: f[1] || '', date: f[2] || '', tokens: [] };
    } else if (line.trim() === '') {
      flush();
    } else {
      const f = line.split('\t');
      if (!cur) cur = { url: '', date: '', tokens: [] };
      cur.tokens.push({ text: f[1], outer: f[2] || 'O', inner: f[3] || 'O' });
    }
  }
  flush();
  return sents;
}

function finishSentence(s, index) {
  const tokSpans = [];
  let pos = 0;
  for (const t of s.tokens) {
    const len = [...t.text].length;
    tokSpans.push({ start: pos, end: pos + len });
    pos += len + 1; // one space between tokens
  }
  const text = s.tokens.map((t) => t.text).join(' ');
  // outer-level BIO entities; an I- tag that does not continue the same label starts a new one
  const ents = [];
  let open = null;
  s.tokens.forEach((t, i) => {
    const m = /^([BI])-(.+)$/.exec(t.outer);
    if (!m) { open = null; return; }
    if (m[1] === 'I' && open && open.label === m[2]) { open.end = tokSpans[i].end; return; }
    open = { label: m[2], start: tokSpans[i].start, end: tokSpans[i].end };
    ents.push(open);
  });
  const gold = [], excluded = [];
  for (const e of ents) {
    if (NER_TYPES.includes(e.label)) gold.push({ start: e.start, end: e.end, type: e.label });
    else excluded.push({ start: e.start, end: e.end, tag: e.label });
  }
  return {
    id: `s${index + 1}`, url: s.url, isNews: !/wikipedia\.org/i.test(s.url),
    tokens: s.tokens, text, tokSpans, gold, excluded,
  };
}

/**
 * Parse Universal NER (`.iob2`: `# newdoc id`, `# text`, then `id<TAB>token<TAB>tag…`) into
 * documents: {id, text, gold:[{start,end,type}] (code points), excluded: []}. A document's text
 * is its sentences' `# text` lines joined by single spaces; tokens are found in order in their
 * sentence's text. Tags: B-/I- over PER, ORG, LOC (an I- that does not continue starts a new one).
 */
export function parseUner(iob2) {
  const docs = [];
  let doc = null, sentText = null, sentStart = 0, cursor = 0, open = null;
  const newDoc = (id) => { doc = { id: id || `d${docs.length + 1}`, text: '', gold: [], excluded: [] }; docs.push(doc); };
  for (const line of iob2.split(/\r?\n/)) {
    let m;
    if ((m = /^# newdoc id = (.*)$/.exec(line))) { newDoc(m[1].trim()); continue; }
    if ((m = /^# text = (.*)$/.exec(line))) {
      if (!doc) newDoc();
      sentText = m[1];
      if (doc.text) doc.text += ' ';
      sentStart = [...doc.text].length;
      doc.text += sentText;
      cursor = 0;
      open = null;
      continue;
    }
    if (line.startsWith('#') || line.trim() === '' || sentText === null) { if (line.trim() === '') open = null; continue; }
    const f = line.split('\t');
    if (f.length < 3 || !/^\d+$/.test(f[0])) continue;
    const at = sentText.indexOf(f[1], cursor);
    if (at < 0) { open = null; continue; }
    cursor = at + f[1].length;
    const start = sentStart + [...sentText.slice(0, at)].length, end = start + [...f[1]].length;
    const t = /^([BI])-(PER|ORG|LOC)$/.exec(f[2]);
    if (!t) { open = null; continue; }
    if (t[1] === 'I' && open && open.type === t[2]) { open.end = end; continue; }
    open = { start, end, type: t[2] };
    doc.gold.push(open);
  }
  return docs;
}

/** Predicted NER mentions of one result: actors typed person/organization/media/location,
 *  one entry per distinct (span, type); `group` actors are left out. */
export function nerPredictions(result) {
  const seen = new Set(), out = [];
  for (const a of (result && result.actors) || []) {
    const type = ACTOR_TO_NER[a.type];
    if (!type) continue;
    for (const m of a.mentions || []) {
      const k = `${m.start}:${m.end}:${type}`;
      if (seen.has(k)) continue;
      seen.add(k);
      out.push({ start: m.start, end: m.end, type });
    }
  }
  return out;
}

/** Empty per-type counter for NER. */
export function nerCounter() {
  const c = { ignored: 0, sentences: 0 };
  for (const t of [...NER_TYPES, 'ALL', 'SPAN']) c[t] = { tp: 0, fp: 0, fn: 0 };
  return c;
}

/**
 * Score one sentence into counter `c`. Exact match of (start, end, type). A prediction that is
 * not a hit and lies completely inside an excluded gold entity (outer OTH, *deriv, *part, e.g.
 * "UN" inside the ORGpart token "UN-Sanktionen") is ignored: neither hit nor false positive.
 * 'SPAN' counts the same but ignores the type (a diagnostic, not a headline number).
 * Returns {fp:[], fn:[], ignored:[]} for error listings.
 */
export function scoreNerSentence(sent, preds, c) {
  c.sentences++;
  const key = (e, typed = true) => (typed ? `${e.start}:${e.end}:${e.type}` : `${e.start}:${e.end}`);
  const goldKeys = new Set(sent.gold.map((e) => key(e)));
  const goldSpanKeys = new Set(sent.gold.map((e) => key(e, false)));
  const inExcluded = (p) => sent.excluded.some((x) => p.start >= x.start && p.end <= x.end);
  const hitKeys = new Set(), hitSpanKeys = new Set();
  const errs = { fp: [], fn: [], ignored: [] };
  const predSpanSeen = new Set();
  for (const p of preds) {
    const k = key(p);
    if (goldKeys.has(k)) {
      c[p.type].tp++; c.ALL.tp++; hitKeys.add(k);
    } else if (inExcluded(p)) {
      c.ignored++; errs.ignored.push(p);
    } else {
      c[p.type].fp++; c.ALL.fp++; errs.fp.push(p);
    }
    // type-agnostic diagnostic: each distinct predicted span once
    const ks = key(p, false);
    if (predSpanSeen.has(ks)) continue;
    predSpanSeen.add(ks);
    if (goldSpanKeys.has(ks)) { c.SPAN.tp++; hitSpanKeys.add(ks); }
    else if (!inExcluded(p)) c.SPAN.fp++;
  }
  for (const g of sent.gold) {
    if (!hitKeys.has(key(g))) { c[g.type].fn++; c.ALL.fn++; errs.fn.push(g); }
  }
  // gold spans carry one type each, so distinct gold spans = gold entities
  for (const ks of goldSpanKeys) if (!hitSpanKeys.has(ks)) c.SPAN.fn++;
  return errs;
}

/** P/R/F1 per type, micro over all types ('ALL') and type-agnostic ('SPAN'). */
export function nerTotals(c) {
  const out = { ignored: c.ignored, sentences: c.sentences };
  for (const t of [...NER_TYPES, 'ALL', 'SPAN']) {
    const { tp, fp, fn } = c[t];
    out[t] = prf(tp, tp + fp, tp + fn);
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// (c) news-en-dev / news-de-dev

/** Match predicted items to gold items: overlap (characters) ≥ half the gold span's length,
 *  one-to-one, greedy by overlap. goldSpan(i) → {start,end}; predSpans(j) → [{start,end}]. */
export function matchByHalfGold(golds, preds, goldSpan, predSpans, extraAccept = () => true) {
  return greedyPair(golds.length, preds.length,
    (g, p) => spansOverlapLen(predSpans(preds[p]), goldSpan(golds[g])),
    (g, p, ov) => {
      const gs = goldSpan(golds[g]);
      return ov * 2 >= gs.end - gs.start && extraAccept(golds[g], preds[p]);
    });
}

/** Empty counters for the news-dev scores. */
export function newsCounter() {
  return {
    quotes: { tp: 0, pred: 0, gold: 0 },
    speaker: { correct: 0, total: 0 },
    speakerE2E: { correct: 0, total: 0 },
    speakerActor: { correct: 0, total: 0 },
    cue: { tp: 0, pred: 0, gold: 0 },
    actors: { tp: 0, pred: 0, gold: 0 },
    actorsTyped: { tp: 0, pred: 0, gold: 0 },
    sources: { tp: 0, pred: 0, gold: 0 },
    sourcesKind: { tp: 0, pred: 0, gold: 0 },
    groupMentionsIgnored: 0,
  };
}

/** Add counter b into a (for totals). */
export function addNewsCounter(a, b) {
  for (const k of Object.keys(a)) {
    if (typeof a[k] === 'number') a[k] += b[k];
    else for (const f of Object.keys(a[k])) a[k][f] += b[k][f];
  }
  return a;
}

/**
 * Score one annotated article (news-en-dev / news-de-dev format, code points) against a result.
 * Returns {counts, details}; details lists the matches and misses for --verbose.
 */
export function scoreNewsDoc(gold, result) {
  const res = result || { actors: [], quotes: [], sources: [] };
  const c = newsCounter();
  const details = { quotePairs: [], missedQuotes: [], extraQuotes: [], missedSources: [], extraSources: [] };

  // --- quotes
  const gq = gold.quotes, pq = res.quotes || [];
  const qPairs = matchByHalfGold(gq, pq, (q) => toSpan(q.span), (q) => q.spans || []);
  c.quotes = { tp: qPairs.length, pred: pq.length, gold: gq.length };
  const goldActors = new Map(gold.actors.map((a) => [a.id, toSpans(a.mentions)]));
  const predActors = new Map((res.actors || []).map((a) => [a.id, a.mentions || []]));
  for (const pr of qPairs) {
    const g = gq[pr.g], p = pq[pr.p];
    const pSpk = p.speaker && p.speaker.spans && p.speaker.spans.length ? p.speaker : null;
    // speaker, strict (span): over matched quotes whose gold names a speaker (actor or span)
    let spanOk = null, actorOk = null;
    if (g.speaker !== null || g.speaker_span !== null) {
      spanOk = g.speaker_span !== null
        ? !!pSpk && anyOverlap(pSpk.spans, [toSpan(g.speaker_span)])
        : !pSpk;
      c.speaker.total++; if (spanOk) c.speaker.correct++;
    }
    // speaker, correct actor: over matched quotes whose gold speaker is an actor
    if (g.speaker !== null) {
      const pa = p.speaker && p.speaker.actor != null ? predActors.get(p.speaker.actor) : null;
      actorOk = !!pa && anyOverlap(pa, goldActors.get(g.speaker) || []);
      c.speakerActor.total++; if (actorOk) c.speakerActor.correct++;
    }
    // cue over matched quotes
    const pCue = p.cue && p.cue.spans && p.cue.spans.length ? p.cue.spans : null;
    const gCue = g.cue_span ? [toSpan(g.cue_span)] : null;
    if (pCue) c.cue.pred++;
    if (gCue) c.cue.gold++;
    const cueOk = !!(pCue && gCue && anyOverlap(pCue, gCue));
    if (cueOk) c.cue.tp++;
    details.quotePairs.push({ g: pr.g, p: pr.p, spanOk, actorOk, cueOk, hasPredCue: !!pCue, hasGoldCue: !!gCue });
  }
  const pairedG = new Set(qPairs.map((x) => x.g)), pairedP = new Set(qPairs.map((x) => x.p));
  // speaker, end to end: over every gold quote that names a speaker; right only when the quote
  // was found and its speaker is right (a missed quote counts as a wrong speaker)
  for (const d of details.quotePairs) if (d.spanOk === true) c.speakerE2E.correct++;
  c.speakerE2E.total = gq.filter((g) => g.speaker !== null || g.speaker_span !== null).length;
  details.missedQuotes = gq.map((_, i) => i).filter((i) => !pairedG.has(i));
  details.extraQuotes = pq.map((_, i) => i).filter((i) => !pairedP.has(i));

  // --- actor mentions, exact spans (group actors are not annotated in the gold: left out)
  const goldM = new Set(), goldMT = new Set();
  for (const a of gold.actors) for (const m of a.mentions) { goldM.add(`${m[0]}:${m[1]}`); goldMT.add(`${m[0]}:${m[1]}:${a.type}`); }
  const predM = new Set(), predMT = new Set();
  for (const a of res.actors || []) {
    for (const m of a.mentions || []) {
      if (a.type === 'group') { c.groupMentionsIgnored++; continue; }
      predM.add(`${m.start}:${m.end}`); predMT.add(`${m.start}:${m.end}:${a.type}`);
    }
  }
  let tp = 0; for (const k of predM) if (goldM.has(k)) tp++;
  c.actors = { tp, pred: predM.size, gold: goldM.size };
  tp = 0; for (const k of predMT) if (goldMT.has(k)) tp++;
  c.actorsTyped = { tp, pred: predMT.size, gold: goldMT.size };

  // --- sources
  const gs = gold.sources, ps = res.sources || [];
  const sPairs = matchByHalfGold(gs, ps, (s) => toSpan(s.span), (s) => s.spans || []);
  c.sources = { tp: sPairs.length, pred: ps.length, gold: gs.length };
  const sPairsK = matchByHalfGold(gs, ps, (s) => toSpan(s.span), (s) => s.spans || [], (g, p) => g.kind === p.kind);
  c.sourcesKind = { tp: sPairsK.length, pred: ps.length, gold: gs.length };
  const sG = new Set(sPairs.map((x) => x.g)), sP = new Set(sPairs.map((x) => x.p));
  details.missedSources = gs.map((_, i) => i).filter((i) => !sG.has(i));
  details.extraSources = ps.map((_, i) => i).filter((i) => !sP.has(i));
  return { counts: c, details };
}

/** Headline numbers (0..1) from a news counter. Accuracies with an empty denominator are null. */
export function newsScores(c) {
  const acc = (x) => (x.total ? x.correct / x.total : null);
  return {
    quotes: prf(c.quotes.tp, c.quotes.pred, c.quotes.gold),
    speakerAcc: acc(c.speaker), speakerN: c.speaker.total,
    speakerE2E: acc(c.speakerE2E), speakerE2EN: c.speakerE2E.total,
    speakerActorAcc: acc(c.speakerActor), speakerActorN: c.speakerActor.total,
    cue: prf(c.cue.tp, c.cue.pred, c.cue.gold),
    actors: prf(c.actors.tp, c.actors.pred, c.actors.gold),
    actorsTyped: prf(c.actorsTyped.tp, c.actorsTyped.pred, c.actorsTyped.gold),
    sources: prf(c.sources.tp, c.sources.pred, c.sources.gold),
    sourcesKind: prf(c.sourcesKind.tp, c.sourcesKind.pred, c.sourcesKind.gold),
    groupMentionsIgnored: c.groupMentionsIgnored,
  };
}

// ---------------------------------------------------------------------------------------------
// Gold as a newsmark result (the "oracle"): scoring gold against itself must give 100 everywhere.

export function wikinewsGoldAsResult(doc) {
  const quotes = doc.quotes.map((q, i) => ({
    id: `q${i + 1}`, kind: q.type === 'Direct' ? 'direct' : 'indirect',
    spans: toSpans(q.quote),
    speaker: q.speaker.length ? { actor: null, spans: toSpans(q.speaker) } : null,
    cue: q.cue.length ? { spans: toSpans(q.cue) } : null,
  }));
  return { schema: 'newsmark/1', lang: 'de', offsets: 'codepoints', actors: [], quotes, sources: [] };
}

export function nerGoldAsResult(sent) {
  const back = { PER: 'person', ORG: 'organization', LOC: 'location' };
  const actors = sent.gold.map((e, i) => ({ id: `a${i + 1}`, name: sent.text.slice(e.start, e.end) || '?', type: back[e.type], mentions: [{ start: e.start, end: e.end }] }));
  return { schema: 'newsmark/1', lang: 'de', offsets: 'codepoints', actors, quotes: [], sources: [] };
}

export function newsGoldAsResult(doc) {
  const actors = doc.actors.map((a) => ({ id: a.id, name: a.name, type: a.type, mentions: toSpans(a.mentions) }));
  const quotes = doc.quotes.map((q, i) => ({
    id: `q${i + 1}`, kind: q.type, spans: [toSpan(q.span)],
    speaker: q.speaker_span ? { actor: q.speaker, spans: [toSpan(q.speaker_span)] } : (q.speaker ? { actor: q.speaker, spans: toSpans(doc.actors.find((a) => a.id === q.speaker).mentions.slice(0, 1)) } : null),
    cue: q.cue_span ? { spans: [toSpan(q.cue_span)] } : null,
  }));
  const sources = doc.sources.map((s, i) => ({ id: `s${i + 1}`, kind: s.kind, actor: s.actor, spans: [toSpan(s.span)] }));
  return { schema: 'newsmark/1', lang: doc.lang, offsets: 'codepoints', actors, quotes, sources };
}

// ---------------------------------------------------------------------------------------------
// Speaker heads: a speaker is a noun phrase or a pronoun, so the head of its mention must be
// a noun, proper noun or pronoun (issue 11); the engine's check is core/attribution.cpp
// tagged_head(). Needs the tokens that --explain adds to a speaker
// ({start, end, pos} with UPOS tags). The head of an English mention is its last token before a
// post-modifier: a preposition, punctuation, a conjunction, a relative pronoun, or a participle
// right after a noun ("a survey published in 2017" → survey, "a spokesman for the firm" →
// spokesman, "The move comes" → comes, a verb); an adjective after its noun gives way to the
// noun ("a person familiar with the matter" → person). A finite verb (AUX, or VERB not in
// -ed/-en/-ing) inside the mention makes it no noun phrase. German has no POS model: the proxy is the
// last word before a punctuation mark, which must be capitalised (a noun or a name) or a pronoun.
export const HEAD_OK = new Set(['NOUN', 'PROPN', 'PRON']);
const DE_PRONOUNS = new Set(['er', 'sie', 'es', 'ich', 'wir', 'ihr', 'du', 'man', 'der', 'die', 'das', 'dieser', 'diese',
  'dieses', 'jener', 'jene', 'welcher', 'welche', 'welches', 'jemand', 'niemand', 'alle', 'beide', 'einer', 'eine', 'keiner']);
const EN_RELATIVE = new Set(['who', 'which', 'that', 'whose', 'whom']);

/** The head token of a speaker mention: {text, pos, ok}; null without tokens. */
export function speakerHead(tokens, text) {
  if (!tokens || !tokens.length) return null;
  const cps = [...text];
  const word = (t) => cps.slice(t.start, t.end).join('');
  const tagged = tokens.some((t) => t.pos);
  // Hyphenated compounds ("COVID-19", "33-jährige") are one word; its tag is that of its
  // last piece with a letter.
  const words = [];
  for (const t of tokens) {
    const w = word(t), last = words[words.length - 1];
    if (last && t.start === last.end && (w === '-' || last.text.endsWith('-'))) {
      last.text += w; last.end = t.end;
      if (/\p{L}/u.test(w)) last.pos = t.pos;
    } else {
      words.push({ text: w, pos: t.pos, start: t.start, end: t.end });
    }
  }
  let end = words.length;
  for (let i = 1; i < words.length; i++) {
    const t = words[i], w = t.text;
    // A finite verb inside the mention: no noun phrase ("The carmaker cut jobs").
    // (Not before a name: a title the tagger took for a verb, "UKIP leader Roger Knapman".)
    if (tagged && (t.pos === 'AUX' || (t.pos === 'VERB' && !/(ed|en|ing)$/.test(w))) &&
        !(i + 1 < words.length && words[i + 1].pos === 'PROPN')) return { text: w, pos: t.pos, ok: false };
    if (!tagged) {
      if (/^[^\p{L}\p{N}]+$/u.test(w)) { end = i; break; }
      continue;
    }
    const prev = words[i - 1].pos;
    const dateComma = w === ',' && i + 1 < words.length && words[i + 1].pos === 'NUM';  // "March 14, 2019"
    if ((['ADP', 'PUNCT', 'SCONJ', 'CCONJ'].includes(t.pos) && !dateComma) || EN_RELATIVE.has(w) ||
        (t.pos === 'VERB' && (prev === 'NOUN' || prev === 'PROPN') && /(ed|en|ing)$/.test(w))) { end = i; break; }
  }
  let h = words[end - 1];
  // An adjective after its noun ("a person familiar with the talks"): the noun.
  if (tagged && h.pos === 'ADJ' && end >= 2 && HEAD_OK.has(words[end - 2].pos)) h = words[end - 2];
  const w = h.text;
  const ok = tagged ? HEAD_OK.has(h.pos) : (/^\p{Lu}/u.test(w) || DE_PRONOUNS.has(w.toLowerCase()));
  return { text: w, pos: tagged ? h.pos : (ok ? 'cap/pron' : 'lower'), ok };
}
