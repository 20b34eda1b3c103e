// Exports of a result: the contract as JSON, and one CSV table of actors, quotes and sources.

export function toJSON(result) {
  return JSON.stringify(result, null, 2) + '\n';
}

// record: actor | quote | source. Names, never internal ids, in the speaker and actor columns:
//   actor   type = person/organization/...; text = name; role; mentions = count; spans = all mentions
//   quote   type = direct/indirect/mixed; text = the quote; speaker = the speaker's name (or the
//           words that name them); cue; rule (the engine's explain output, when present)
//   source  type = according_to/agency_credit/...; text = the source phrase; actor = whose; rule
// start/end: the first span's start and the last span's end (UTF-16 offsets of the result).
export const CSV_COLUMNS = ['record', 'id', 'type', 'text', 'speaker', 'cue', 'actor', 'role', 'mentions', 'rule', 'start', 'end', 'spans'];

const spanText = (text, spans) => (spans || []).map((s) => text.slice(s.start, s.end)).join(' … ');

function cell(v) {
  let s = v == null ? '' : String(v);
  // Text that a spreadsheet would run as a formula (=, +, -, @, tab, CR first) gets a leading
  // apostrophe (OWASP's advice against CSV injection); numbers are written as they are.
  if (typeof v === 'string' && /^[=+\-@\t\r]/.test(s)) s = "'" + s;
  return /[",\r\n]/.test(s) ? '"' + s.replace(/"/g, '""') + '"' : s;
}

const bounds = (spans) => (spans && spans.length ? [spans[0].start, spans[spans.length - 1].end, spans.map((s) => s.start + '-' + s.end).join(';')] : ['', '', '']);

/** RFC 4180 CSV (CRLF line ends), header row first: actors, then quotes, then sources. */
export function toCSV(result, text) {
  const names = new Map((result.actors || []).map((a) => [a.id, a.name]));
  const rows = [CSV_COLUMNS];
  for (const a of result.actors || []) {
    rows.push(['actor', a.id, a.type, a.name, '', '', '', a.role || '', (a.mentions || []).length, '', ...bounds(a.mentions)]);
  }
  for (const q of result.quotes || []) {
    const sp = q.speaker;
    const speaker = sp ? (sp.actor && names.get(sp.actor)) || spanText(text, sp.spans) : '';
    rows.push(['quote', q.id, q.kind, spanText(text, q.spans), speaker, q.cue ? spanText(text, q.cue.spans) : '', '', '', '', q.rule || '', ...bounds(q.spans)]);
  }
  for (const s of result.sources || []) {
    rows.push(['source', s.id, s.kind, spanText(text, s.spans), '', '', (s.actor && names.get(s.actor)) || '', '', '', s.rule || '', ...bounds(s.spans)]);
  }
  return rows.map((r) => r.map(cell).join(',')).join('\r\n') + '\r\n';
}
