// Exports of a result: the contract as JSON, and CSV with one row per quote.

export function toJSON(result) {
  return JSON.stringify(result, null, 2) + '\n';
}

export const CSV_COLUMNS = ['quote_id', 'kind', 'speaker', 'speaker_actor', 'quote', 'cue', 'start', 'end', 'spans'];

const spanText = (text, spans) => (spans || []).map((s) => text.slice(s.start, s.end)).join(' … ');

function cell(v) {
  let s = v == null ? '' : String(v);
  // Text that a spreadsheet would run as a formula (=, +, -, @, tab, CR first) gets a leading
  // apostrophe (OWASP's advice against CSV injection); numbers are written as they are.
  if (typeof v === 'string' && /^[=+\-@\t\r]/.test(s)) s = "'" + s;
  return /[",\r\n]/.test(s) ? '"' + s.replace(/"/g, '""') + '"' : s;
}

/** RFC 4180 CSV (CRLF line ends), header row first. Offsets are those of the result (UTF-16). */
export function toCSV(result, text) {
  const names = new Map((result.actors || []).map((a) => [a.id, a.name]));
  const rows = [CSV_COLUMNS];
  for (const q of result.quotes || []) {
    const sp = q.speaker;
    const speaker = sp ? (sp.actor && names.get(sp.actor)) || spanText(text, sp.spans) : '';
    rows.push([
      q.id,
      q.kind,
      speaker,
      sp && sp.actor ? sp.actor : '',
      spanText(text, q.spans),
      q.cue ? spanText(text, q.cue.spans) : '',
      q.spans[0].start,
      q.spans[q.spans.length - 1].end,
      q.spans.map((s) => s.start + '-' + s.end).join(';'),
    ]);
  }
  return rows.map((r) => r.map(cell).join(',')).join('\r\n') + '\r\n';
}
