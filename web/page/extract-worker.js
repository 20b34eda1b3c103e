// The page's extraction worker (a module worker next to the page, so the page's service worker
// controls it and the engine loads offline too). It loads the engine once with loadNewsmark()
// from ../newsmark.js and answers
//   { id, text, lang }  →  { id, type: 'progress', done, total }*  then  { id, type: 'result', result, ms, parts, words }
//                                                                  or  { id, type: 'error', error }
// Long texts are extracted part by part (see chunks.js) so the page can show real progress.
import { loadNewsmark } from '../newsmark.js';
import { splitParts, mergeResults, PART_CHARS } from './chunks.js';

let engine = null;

function getEngine() {
  if (!engine) engine = loadNewsmark();
  return engine;
}

function asResult(r) {
  if (typeof r === 'string') r = JSON.parse(r);
  if (!r || typeof r !== 'object') throw new Error('the engine returned no result');
  if (r.error) throw new Error(String(r.error));
  if (!Array.isArray(r.actors) || !Array.isArray(r.quotes) || !Array.isArray(r.sources)) throw new Error('the engine returned a malformed result');
  return r;
}

// Runs of non-white-space (counted here, off the page's main thread).
function countWords(text) {
  let n = 0, inWord = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const space = c === 32 || (c >= 9 && c <= 13) || c === 0xa0 || c === 0x85 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) ||
      c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
    if (!space && !inWord) n++;
    inWord = !space;
  }
  return n;
}

self.onmessage = async (e) => {
  const msg = e.data || {};
  if (msg.type === 'warm') {
    try {
      const nm = await getEngine();
      // The first extractions pay one-time costs (lexicons, break iterators, the wasm tiering up to
      // optimised code): pay them now, in the background, before the user pastes anything.
      nm.extract('Laut Polizei sagte der Minister Peter Braun (SPD) am Montag in Berlin: „Die Lage ist ruhig.“ Er sei zuversichtlich. (dpa)\n'.repeat(40), { lang: 'de' });
      nm.extract('"We are ready," Finance Minister Anna Clark told reporters in London, according to officials. (Reuters)\n'.repeat(40), { lang: 'en' });
      self.postMessage({ type: 'ready' });
    }
    catch (err) { self.postMessage({ type: 'error', error: 'engine failed to load: ' + (err && err.message || err) }); }
    return;
  }
  const { id, text, lang } = msg;
  try {
    const nm = await getEngine();
    const t0 = performance.now();
    const parts = splitParts(text, msg.partChars || PART_CHARS);
    const results = [];
    self.postMessage({ id, type: 'progress', done: 0, total: text.length });
    for (const p of parts) {
      // explain: each quote, speaker and source names the rule that made it (shown in the
      // selection box); an engine without the option ignores it
      const result = asResult(nm.extract(p.text, { lang: lang || 'auto', explain: true }));
      results.push({ start: p.start, length: p.text.length, result });
      if (parts.length > 1) self.postMessage({ id, type: 'progress', done: p.start + p.text.length, total: text.length });
    }
    const result = mergeResults(results);
    const ms = performance.now() - t0;
    self.postMessage({ id, type: 'result', result, ms, parts: parts.length, words: countWords(text) });
  } catch (err) {
    self.postMessage({ id, type: 'error', error: String(err && err.message || err) });
  }
};
