// Splitting a long text into parts for extraction, and merging the parts' results into one
// result of the contract (shared/spec/RESULT.md). Used by the page's worker so that a very long
// input (a 200,000-word text) is extracted part by part with real progress, instead of one call
// that the page can only wait for. Short texts are one part and their result is passed through.
//
// Parts end at a paragraph break (a blank line, else a line break, else a sentence end, else
// a space) so that no quote, name or sentence is cut. Merging shifts offsets by the part's start,
// renumbers ids (a1…, q1…, s1…) and joins actors of the same type and name across parts.

export const PART_CHARS = 60000;

/** @returns {{start:number, text:string}[]} parts covering `text` exactly, in order */
export function splitParts(text, size = PART_CHARS) {
  const parts = [];
  let pos = 0;
  while (text.length - pos > size) {
    const win = text.slice(pos, pos + size);
    let cut = -1;
    for (const re of [/\n[ \t]*\n/g, /\n/g, /[.!?]["“”»«„']?\s/g, /\s/g]) {
      let m, last = -1;
      re.lastIndex = Math.floor(size / 2);
      while ((m = re.exec(win))) last = m.index + m[0].length;
      if (last > 0) { cut = last; break; }
    }
    if (cut <= 0) {
      cut = size;
      // never split a surrogate pair
      const c = text.charCodeAt(pos + cut - 1);
      if (c >= 0xd800 && c <= 0xdbff) cut -= 1;
    }
    parts.push({ start: pos, text: text.slice(pos, pos + cut) });
    pos += cut;
  }
  parts.push({ start: pos, text: text.slice(pos) });
  return parts;
}

const shiftSpans = (spans, d) => spans.map((s) => ({ ...s, start: s.start + d, end: s.end + d }));

/**
 * @param {{start:number, result:object}[]} parts results of splitParts' parts, in order
 * @returns {object} one result for the whole text
 */
export function mergeResults(parts) {
  if (parts.length === 1 && parts[0].start === 0) return parts[0].result;
  const actors = [], byKey = new Map(), quotes = [], sources = [];
  const langChars = new Map();
  let offsets = 'utf16', schema = 'newsmark/1';
  for (const { start, result, length } of parts) {
    offsets = result.offsets || offsets;
    schema = result.schema || schema;
    langChars.set(result.lang, (langChars.get(result.lang) || 0) + (length || 1));
    const idMap = new Map();
    for (const a of result.actors || []) {
      const key = a.type + '\u0000' + a.name;
      let m = byKey.get(key);
      if (!m) {
        m = { ...a, id: 'a' + (actors.length + 1), mentions: [] };
        byKey.set(key, m);
        actors.push(m);
      } else if (!m.role && a.role) m.role = a.role;
      m.mentions.push(...shiftSpans(a.mentions || [], start));
      idMap.set(a.id, m.id);
    }
    const mapId = (id) => (id == null ? null : idMap.get(id) ?? null);
    for (const q of result.quotes || []) {
      quotes.push({
        ...q,
        id: 'q' + (quotes.length + 1),
        spans: shiftSpans(q.spans, start),
        speaker: q.speaker ? { ...q.speaker, actor: mapId(q.speaker.actor), spans: shiftSpans(q.speaker.spans || [], start) } : null,
        cue: q.cue ? { ...q.cue, spans: shiftSpans(q.cue.spans || [], start) } : null,
      });
    }
    for (const s of result.sources || []) {
      sources.push({ ...s, id: 's' + (sources.length + 1), actor: mapId(s.actor), spans: shiftSpans(s.spans, start) });
    }
  }
  actors.sort((a, b) => a.mentions[0].start - b.mentions[0].start);
  let lang = 'und', best = -1;
  for (const [l, n] of langChars) if (n > best) { best = n; lang = l; }
  return { schema, lang, offsets, actors, quotes, sources };
}
