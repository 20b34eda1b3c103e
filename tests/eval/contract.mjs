// Offsets units and the parts of the result contract (spec/RESULT.md) that the JSON Schema
// cannot express: spans inside the text, start < end, no split surrogate pair / UTF-8 sequence,
// arrays sorted by their first span, speaker and source actors that exist, unique ids.

/** Length of `text` in the given offsets unit. */
export function lengthIn(text, unit) {
  if (unit === 'utf16') return text.length;
  if (unit === 'utf8') return Buffer.byteLength(text, 'utf8');
  if (unit === 'codepoints') { let n = 0; for (const _ of text) n++; return n; }
  throw new Error(`unknown offsets unit ${unit}`);
}

/**
 * Map from offsets in `unit` to code points: an Int32Array indexed by the unit offset, holding
 * the code-point index at every boundary and -1 inside a character (a split surrogate pair or
 * UTF-8 sequence). For 'codepoints' it is the identity.
 */
export function toCodepointMap(text, unit) {
  const len = lengthIn(text, unit);
  const map = new Int32Array(len + 1).fill(-1);
  let u = 0, cp = 0;
  for (const ch of text) {
    map[u] = cp;
    const c = ch.codePointAt(0);
    if (unit === 'utf16') u += ch.length;
    else if (unit === 'utf8') u += c < 0x80 ? 1 : c < 0x800 ? 2 : (c >= 0xd800 && c <= 0xdfff) ? 3 : c < 0x10000 ? 3 : 4;
    else u += 1;
    cp++;
  }
  map[u] = cp;
  return map;
}

/** Every span-bearing list of a result, as [path, span] pairs (for checks and conversion). */
export function* allSpans(result) {
  for (const [i, a] of (result.actors || []).entries()) {
    for (const [j, m] of (a.mentions || []).entries()) yield [`actors[${i}].mentions[${j}]`, m];
  }
  for (const [i, q] of (result.quotes || []).entries()) {
    for (const [j, s] of (q.spans || []).entries()) yield [`quotes[${i}].spans[${j}]`, s];
    if (q.speaker) for (const [j, s] of (q.speaker.spans || []).entries()) yield [`quotes[${i}].speaker.spans[${j}]`, s];
    if (q.cue) for (const [j, s] of (q.cue.spans || []).entries()) yield [`quotes[${i}].cue.spans[${j}]`, s];
    for (const [j, s] of (q.verbatim || []).entries()) yield [`quotes[${i}].verbatim[${j}]`, s];
  }
  for (const [i, s] of (result.sources || []).entries()) {
    for (const [j, x] of (s.spans || []).entries()) yield [`sources[${i}].spans[${j}]`, x];
  }
}

/**
 * A deep copy of `result` with every span converted from result.offsets to code points.
 * Throws when a span is outside the text or splits a character (run checkContract first
 * when you need a list of all problems).
 */
export function toCodepoints(result, text) {
  const copy = JSON.parse(JSON.stringify(result));
  const unit = copy.offsets || 'utf16';
  if (unit === 'codepoints') return copy;
  const map = toCodepointMap(text, unit);
  for (const [where, s] of allSpans(copy)) {
    const a = map[s.start], b = map[s.end];
    if (a === undefined || b === undefined || a < 0 || b < 0) {
      throw new Error(`${where}: offset ${s.start}..${s.end} (${unit}) is outside the text or inside a character`);
    }
    s.start = a; s.end = b;
  }
  copy.offsets = 'codepoints';
  return copy;
}

/**
 * Contract checks beyond the schema. Returns a list of problems (empty = fine).
 * opts.unit: the offsets unit that was requested (the result must say it);
 * opts.lang: the language the result should report (optional).
 */
export function checkContract(result, text, opts = {}) {
  const errs = [];
  const unit = result.offsets;
  if (opts.unit && unit !== opts.unit) errs.push(`offsets is ${JSON.stringify(unit)}, requested ${opts.unit}`);
  if (opts.lang && result.lang !== opts.lang) errs.push(`lang is ${JSON.stringify(result.lang)}, expected ${opts.lang}`);
  let map = null;
  try { map = toCodepointMap(text, unit); } catch (e) { errs.push(e.message); }
  const len = map ? map.length - 1 : Infinity;

  const spanOk = (where, s) => {
    if (!s || !Number.isInteger(s.start) || !Number.isInteger(s.end)) { errs.push(`${where}: not an integer span`); return false; }
    if (s.start < 0 || s.end > len) { errs.push(`${where}: [${s.start}, ${s.end}) outside the text (length ${len} ${unit})`); return false; }
    if (!(s.start < s.end)) { errs.push(`${where}: start ${s.start} is not before end ${s.end}`); return false; }
    if (map && (map[s.start] < 0 || map[s.end] < 0)) { errs.push(`${where}: [${s.start}, ${s.end}) splits a character`); return false; }
    return true;
  };
  for (const [where, s] of allSpans(result)) spanOk(where, s);

  // pieces of one item in text order (non-decreasing starts; quote pieces must not overlap)
  const inOrder = (where, spans, disjoint) => {
    for (let i = 1; i < (spans || []).length; i++) {
      const a = spans[i - 1], b = spans[i];
      if (b.start < a.start || (disjoint && b.start < a.end)) { errs.push(`${where}: pieces not in text order at ${i}`); return; }
    }
  };
  const uniqueIds = (name, arr) => {
    const seen = new Set();
    for (const [i, x] of (arr || []).entries()) {
      if (seen.has(x.id)) errs.push(`${name}[${i}]: duplicate id ${JSON.stringify(x.id)}`);
      seen.add(x.id);
    }
    return seen;
  };
  const sortedByFirst = (name, arr, first) => {
    for (let i = 1; i < (arr || []).length; i++) {
      const a = first(arr[i - 1]), b = first(arr[i]);
      if (a && b && b.start < a.start) { errs.push(`${name}: not sorted by first span (item ${i} starts at ${b.start} before ${a.start})`); return; }
    }
  };

  const actorIds = uniqueIds('actors', result.actors);
  uniqueIds('quotes', result.quotes);
  uniqueIds('sources', result.sources);
  for (const [i, a] of (result.actors || []).entries()) inOrder(`actors[${i}].mentions`, a.mentions, false);
  for (const [i, q] of (result.quotes || []).entries()) {
    inOrder(`quotes[${i}].spans`, q.spans, true);
    if (q.verbatim) {
      // RESULT.md: the pieces of a mixed quote inside quotation marks, so inside its spans
      if (q.kind !== 'mixed') errs.push(`quotes[${i}]: verbatim on a ${q.kind} quote`);
      inOrder(`quotes[${i}].verbatim`, q.verbatim, true);
      for (const [j, v] of q.verbatim.entries())
        if (!(q.spans || []).some((s) => s.start <= v.start && v.end <= s.end)) errs.push(`quotes[${i}].verbatim[${j}] lies outside the quote's spans`);
    }
    if (q.speaker && q.speaker.actor != null && !actorIds.has(q.speaker.actor)) {
      errs.push(`quotes[${i}].speaker.actor ${JSON.stringify(q.speaker.actor)} is not an actor id`);
    }
  }
  for (const [i, s] of (result.sources || []).entries()) {
    inOrder(`sources[${i}].spans`, s.spans, true);
    if (s.actor != null && !actorIds.has(s.actor)) errs.push(`sources[${i}].actor ${JSON.stringify(s.actor)} is not an actor id`);
  }
  sortedByFirst('actors', result.actors, (a) => (a.mentions || [])[0]);
  sortedByFirst('quotes', result.quotes, (q) => (q.spans || [])[0]);
  sortedByFirst('sources', result.sources, (s) => (s.spans || [])[0]);
  return errs;
}
