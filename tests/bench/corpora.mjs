// Reads the news corpora in ../shared/corpora (NEWSMARK_SHARED overrides ../shared) for the
// benchmarks. Nothing from there is ever written into the repository.
//   de-10kgnad/test.csv   label;'text'   (';' separator, "'" quote character)
//   en-wikinews/*.csv     url,date,title,text
//   en-bbc/<topic>/NNN.txt   line 1 = headline; sport/199.txt holds a raw Latin-1 byte
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
export const sharedDir = process.env.NEWSMARK_SHARED
  ? path.resolve(process.env.NEWSMARK_SHARED)
  : path.resolve(repoRoot, '..', 'shared');
export const corporaDir = path.join(sharedDir, 'corpora');

// Invalid UTF-8 (the BBC file's 0xA3) becomes U+FFFD, as a browser would decode it.
const lenient = new TextDecoder('utf-8', { fatal: false });

// RFC 4180 with a configurable separator and quote character.
export function parseCSV(text, sep = ',', quote = '"') {
  const rows = [];
  let row = [], field = '', inQuotes = false;
  for (let i = 0; i < text.length; ++i) {
    const c = text[i];
    if (inQuotes) {
      if (c === quote) {
        if (text[i + 1] === quote) { field += quote; ++i; } else inQuotes = false;
      } else field += c;
    } else if (c === quote && field === '') inQuotes = true;
    else if (c === sep) { row.push(field); field = ''; }
    else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') ++i;
      row.push(field); rows.push(row); row = []; field = '';
    } else field += c;
  }
  if (field !== '' || row.length) { row.push(field); rows.push(row); }
  return rows;
}

export function haveCorpora() {
  return existsSync(corporaDir);
}

export function gnad() {
  const f = path.join(corporaDir, 'de-10kgnad', 'test.csv');
  if (!existsSync(f)) return [];
  return parseCSV(readFileSync(f, 'utf8'), ';', "'")
    .filter((r) => r.length >= 2 && r[1])
    .map((r, i) => ({ id: `de-10kgnad/${i}`, lang: 'de', text: r[1] }));
}

export function wikinewsEn() {
  const dir = path.join(corporaDir, 'en-wikinews');
  if (!existsSync(dir)) return [];
  const out = [];
  for (const f of readdirSync(dir).sort()) {
    if (!f.endsWith('.csv')) continue;
    const rows = parseCSV(readFileSync(path.join(dir, f), 'utf8'));
    const head = rows[0] || [];
    const title = head.indexOf('title'), text = head.indexOf('text');
    rows.slice(1).forEach((r, i) => {
      if (r[text]) out.push({ id: `en-wikinews/${f}/${i}`, lang: 'en', text: (r[title] ? r[title] + '\n\n' : '') + r[text] });
    });
  }
  return out;
}

export function bbc() {
  const dir = path.join(corporaDir, 'en-bbc');
  if (!existsSync(dir)) return [];
  const out = [];
  for (const topic of readdirSync(dir).sort()) {
    const d = path.join(dir, topic);
    if (topic.includes('.')) continue;
    for (const f of readdirSync(d).sort()) {
      if (!f.endsWith('.txt')) continue;
      out.push({ id: `en-bbc/${topic}/${f}`, lang: 'en', text: lenient.decode(readFileSync(path.join(d, f))) });
    }
  }
  return out;
}

export const countWords = (text) => (text.match(/\S+/g) || []).length;
