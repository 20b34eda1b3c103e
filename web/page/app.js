// The paste-in page: paste / drop / pick an article, extract in a Web Worker, show highlights
// (CSS Custom Highlight API, via highlight.js) and the "Who said what" panel; export JSON / CSV.
// No markup from the input is ever inserted: the article is text nodes only.
import { TextIndex, paintHighlight, clearHighlights, highlightsSupported } from './highlight.js';
import { toJSON, toCSV } from './export.js';

const $ = (id) => document.getElementById(id);
const els = {
  input: $('input'), analyse: $('analyse'), file: $('file'), examples: $('examples'), lang: $('lang'),
  detected: $('detected'), status: $('status'), progress: $('progress'), drop: $('drop'),
  article: $('article'), selection: $('selection'), who: $('who'), unattributed: $('unattributed'),
  unattributedH: $('unattributed-h'), sources: $('sources'), summary: $('panel-summary'),
  editText: $('edit-text'), exportJson: $('export-json'), exportCsv: $('export-csv'), legend: $('legend'), clearSel: $('clear-sel'),
};

const ACTOR_TYPES = ['person', 'organization', 'location', 'media', 'group'];
const TYPE_LABEL = { person: 'person', organization: 'organisation', location: 'place', media: 'media', group: 'group' };
const QUOTE_KINDS = ['direct', 'indirect', 'mixed'];
const KIND_LABEL = { direct: 'direct', indirect: 'reported', mixed: 'mixed' };
const SOURCE_LABEL = { according_to: 'according to', report: 'report', agency_credit: 'agency', anonymous: 'anonymous' };
const PRIORITY = { quote: 1, source: 2, actor: 3, sel: 10 };
const SINGLE_NODE_MAX = 40000;   // longer articles are split into parts with content-visibility: auto
const PART_TARGET = 20000;
const PANEL_CAP = 150;           // items rendered per list before a "show all" button
const HTML_TYPES = /\.(x?html?)$/i;

const state = {
  text: '', result: null, index: null, highlights: new Map(), enabled: new Set(),
  actorsById: new Map(), quotesByActor: new Map(), sourcesByActor: new Map(),
  worker: null, workerReady: null, reqId: 0, fillToken: 0, running: null, panelItems: new Map(), current: null,
};
for (const box of els.legend.querySelectorAll('input[data-cat]')) if (box.checked) state.enabled.add(box.dataset.cat);

// ---------- status ----------
function setStatus(msg, kind = '') {
  els.status.textContent = msg;
  els.status.className = 'status' + (kind ? ' ' + kind : '');
  document.documentElement.dataset.nmState = kind || 'idle';
}

// ---------- worker ----------
function startWorker() {
  const w = new Worker(new URL('./extract-worker.js', import.meta.url), { type: 'module' });
  state.worker = w;
  state.workerReady = new Promise((resolve, reject) => {
    w.onmessage = (e) => {
      const m = e.data;
      if (m.type === 'ready') { resolve(); return; }
      if (m.type === 'error' && m.id === undefined) { reject(new Error(m.error)); return; }
      onWorkerMessage(m);
    };
    w.onerror = (e) => {
      e.preventDefault();
      const err = new Error('the engine could not be loaded (' + (e.message || 'worker error') + ') — run ./build-wasm.sh first');
      reject(err);
      if (state.running) { const r = state.running; state.running = null; r.reject(err); }
    };
  });
  state.workerReady.catch(() => {});
  w.postMessage({ type: 'warm' });
}

function onWorkerMessage(m) {
  const r = state.running;
  if (!r || m.id !== r.id) return;
  if (m.type === 'progress') r.onProgress(m.done, m.total);
  else if (m.type === 'result') { state.running = null; r.resolve(m); }
  else if (m.type === 'error') { state.running = null; r.reject(new Error(m.error)); }
}

function extract(text, lang, onProgress) {
  if (state.running) {            // a newer request replaces a running one: restart the worker
    state.running.reject(Object.assign(new Error('cancelled'), { cancelled: true }));
    state.running = null;
    state.worker.terminate();
    startWorker();
  }
  const id = ++state.reqId;
  return new Promise((resolve, reject) => {
    state.running = { id, resolve, reject, onProgress };
    state.worker.postMessage({ id, text, lang });
  });
}

// ---------- input area: open for typing, folded away once an article is shown ----------
// Folding it right when a text arrives also spares the browser laying out a long text twice
// (in the text field and in the article): a third of the paste-to-highlights time.
function foldInput(folded) {
  els.drop.hidden = folded;
  els.analyse.hidden = folded;
  els.editText.hidden = !folded;
  els.editText.setAttribute('aria-expanded', String(!folded));
}
els.editText.addEventListener('click', () => { foldInput(false); els.input.focus(); });

// ---------- analyse ----------
async function analyse(text, how = 'input') {
  const t0 = performance.now();
  text = text ?? els.input.value;
  if (!text.trim()) { setStatus('Nothing to analyse: paste or drop an article first.'); return; }
  const hadFocus = document.activeElement === els.input;
  foldInput(true);
  if (hadFocus) els.article.focus({ preventScroll: true });
  const lang = els.lang.value;
  const big = text.length > 100000;
  const chars = text.length.toLocaleString('en');
  // A short text is back within a frame or two: changing the status line now would only cost an
  // extra layout and paint while the worker runs.
  if (big) setStatus(`Extracting ${chars} characters…`, 'working');
  else document.documentElement.dataset.nmState = 'working';
  els.progress.hidden = !big;
  els.progress.value = 0;
  let m;
  try {
    m = await extract(text, lang, (done, total) => {
      els.progress.value = total ? done / total : 0;
      if (big) setStatus(`Extracting ${chars} characters… ${Math.round(100 * done / total)} %`, 'working');
    });
  } catch (err) {
    if (err.cancelled) return;
    els.progress.hidden = true;
    setStatus('Extraction failed: ' + err.message, 'error');
    return;
  }
  els.progress.hidden = true;
  const jobs = show(text, m.result);
  const words = m.words;
  // Highlights are added in slices (one for a normal article) so that a huge result never
  // freezes the page; then the next frame paints them; the side panel is built after that paint.
  if (!(await fillHighlights(jobs))) return; // superseded by a newer text
  const token = state.fillToken;
  afterNextPaint(() => {
    if (token !== state.fillToken) return; // a newer text came in meanwhile
    const ms = performance.now() - t0;
    renderPanel();
    const r = m.result;
    setStatus(`${r.actors.length} actors, ${r.quotes.length} quotes, ${r.sources.length} sources in ${words.toLocaleString('en')} words — highlighted in ${Math.round(ms)} ms (engine ${Math.round(m.ms)} ms${m.parts > 1 ? ', ' + m.parts + ' parts' : ''}). Paste anywhere for another article.`, 'ready');
    document.dispatchEvent(new CustomEvent('newsmark:rendered', { detail: { ms, engineMs: m.ms, how, words } }));
  });
}

function afterNextPaint(fn) {
  requestAnimationFrame(() => {
    const ch = new MessageChannel();
    ch.port1.onmessage = () => fn();
    ch.port2.postMessage(0);
  });
}


// ---------- show a result ----------
function show(text, result) {
  state.text = text;
  state.result = result;
  state.current = null;
  clearHighlights('nm-');
  state.highlights.clear();
  renderArticle(text);
  state.index = new TextIndex(els.article);

  state.actorsById = new Map(result.actors.map((a) => [a.id, a]));
  state.quotesByActor = new Map();
  state.sourcesByActor = new Map();
  for (const q of result.quotes) {
    const a = q.speaker && q.speaker.actor;
    if (a && state.actorsById.has(a)) push(state.quotesByActor, a, q);
  }
  for (const s of result.sources) if (s.actor && state.actorsById.has(s.actor)) push(state.sourcesByActor, s.actor, s);

  const counts = {}, jobs = [];
  // quotes first: the top of the article gets its largest highlights in the first slice
  for (const k of QUOTE_KINDS) {
    const list = result.quotes.filter((q) => q.kind === k);
    counts['quote-' + k] = list.length;
    jobs.push(addHighlight('quote-' + k, list.flatMap((q) => q.spans), PRIORITY.quote));
  }
  counts.source = result.sources.length;
  jobs.push(addHighlight('source', result.sources.flatMap((s) => s.spans), PRIORITY.source));
  for (const t of ACTOR_TYPES) {
    const list = result.actors.filter((a) => a.type === t);
    counts[t] = list.length;
    jobs.push(addHighlight(t, list.flatMap((a) => a.mentions), PRIORITY.actor));
  }
  for (const el of els.legend.querySelectorAll('[data-count]')) el.textContent = '(' + (counts[el.dataset.count] ?? 0) + ')';

  els.detected.textContent = result.lang || '—';
  els.exportJson.disabled = els.exportCsv.disabled = false;
  renderSelection(null);
  els.who.textContent = els.unattributed.textContent = els.sources.textContent = '';
  els.summary.textContent = '';
  return jobs.filter(Boolean);
}

const SLICE = 6000; // ranges added per task
/** Add the ranges of `jobs` to their highlights, yielding between slices; false if superseded. */
async function fillHighlights(jobs) {
  const token = ++state.fillToken;
  let budget = SLICE;
  for (const { h, spans } of jobs) {
    for (let i = 0; i < spans.length; i++) {
      if (budget-- === 0) {
        await new Promise((r) => setTimeout(r, 0));
        if (token !== state.fillToken) return false;
        budget = SLICE;
      }
      const r = state.index.range(spans[i].start, spans[i].end);
      if (r) h.add(r);
    }
  }
  return token === state.fillToken;
}

function push(map, k, v) { const l = map.get(k); if (l) l.push(v); else map.set(k, [v]); }

function renderArticle(text) {
  const art = els.article;
  art.textContent = '';
  if (text.length <= SINGLE_NODE_MAX) { art.append(document.createTextNode(text)); return; }
  // Long text: parts that end after a line break, each a block the browser may skip laying out.
  const frag = document.createDocumentFragment();
  let pos = 0;
  while (pos < text.length) {
    let end = Math.min(text.length, pos + PART_TARGET);
    if (end < text.length) {
      const nl = text.indexOf('\n', end);
      end = nl < 0 || nl - pos > 3 * PART_TARGET ? end : nl + 1;
      const c = text.charCodeAt(end - 1);
      if (c >= 0xd800 && c <= 0xdbff) end += 1;
    }
    const div = document.createElement('div');
    div.className = 'part';
    div.append(document.createTextNode(text.slice(pos, end)));
    frag.append(div);
    pos = end;
  }
  art.append(frag);
}

function addHighlight(cat, spans, priority) {
  if (!highlightsSupported()) return null;
  const name = 'nm-' + cat;
  const h = paintHighlight(name, [], state.index, { priority }); // ranges come in fillHighlights
  state.highlights.set(name, h);
  if (!state.enabled.has(cat)) CSS.highlights.delete(name);
  return { h, spans };
}

// ---------- tabs (narrow screens: the article and the panel take turns) ----------
const tabs = { article: $('tab-article'), panel: $('tab-panel') };
function showTab(name, focus = false) {
  $('layout').dataset.tab = name;
  for (const [k, b] of Object.entries(tabs)) {
    b.setAttribute('aria-selected', String(k === name));
    b.tabIndex = k === name ? 0 : -1;
  }
  if (focus) tabs[name].focus();
}
const narrow = () => getComputedStyle($('tab-article').parentElement).display !== 'none';
for (const [k, b] of Object.entries(tabs)) b.addEventListener('click', () => showTab(k));
tabs.article.parentElement.addEventListener('keydown', (e) => {
  if (e.key === 'ArrowLeft' || e.key === 'ArrowRight') showTab($('layout').dataset.tab === 'article' ? 'panel' : 'article', true);
});

// ---------- legend toggles ----------
els.legend.addEventListener('change', (e) => {
  const box = e.target.closest('input[data-cat]');
  if (!box) return;
  const cat = box.dataset.cat, name = 'nm-' + cat;
  if (box.checked) state.enabled.add(cat); else state.enabled.delete(cat);
  if (!highlightsSupported()) return;
  const h = state.highlights.get(name);
  if (box.checked && h) CSS.highlights.set(name, h); else CSS.highlights.delete(name);
});

// ---------- selection ----------
const spanText = (spans) => spans.map((s) => state.text.slice(s.start, s.end)).join(' … ');
const clip = (s, n = 160) => (s.length > n ? s.slice(0, n - 1) + '…' : s);

function mark(name, spans) {
  if (spans && spans.length) paintHighlight('nm-sel-' + name, spans, state.index, { priority: PRIORITY.sel + (name === 'quote' ? 0 : 1) });
  else if (highlightsSupported()) CSS.highlights.delete('nm-sel-' + name);
}

function speakerName(q) {
  if (!q.speaker) return null;
  const a = q.speaker.actor && state.actorsById.get(q.speaker.actor);
  return a ? a.name : spanText(q.speaker.spans);
}

function selectQuote(q, scroll) {
  state.current = q.id;
  mark('quote', q.spans);
  mark('speaker', q.speaker ? q.speaker.spans : null);
  mark('cue', q.cue ? q.cue.spans : null);
  mark('mention', null);
  mark('source', null);
  const box = renderSelection(`${KIND_LABEL[q.kind] || q.kind} quote`);
  const p = document.createElement('p');
  p.append('Speaker: ', strong(speakerName(q) || 'not named'), q.cue ? ' · cue: ' : '', q.cue ? strong(spanText(q.cue.spans)) : '');
  box.append(p);
  appendWhy(box, [['rule', q.rule], ['speaker rule', q.speaker && q.speaker.rule !== q.rule ? q.speaker.rule : null]]);
  const actor = q.speaker && q.speaker.actor && state.actorsById.get(q.speaker.actor);
  if (actor) box.append(itemButton(`Show all of ${actor.name}`, () => selectActor(actor, true), 'link'));
  markCurrent(q.id, actor && actor.id);
  if (scroll) scrollToSpan(q.spans[0]);
}

function selectActor(a, scroll) {
  state.current = a.id;
  mark('mention', a.mentions);
  mark('quote', null); mark('speaker', null); mark('cue', null); mark('source', null);
  const box = renderSelection(`${a.name} (${TYPE_LABEL[a.type] || a.type}${a.role ? ', ' + a.role : ''})`);
  const quotes = state.quotesByActor.get(a.id) || [];
  const p = document.createElement('p');
  p.textContent = `${a.mentions.length} mention${a.mentions.length === 1 ? '' : 's'}, ${quotes.length} quote${quotes.length === 1 ? '' : 's'}.`;
  box.append(p);
  if (quotes.length) {
    const ul = document.createElement('ul');
    for (const q of quotes.slice(0, 50)) {
      const li = document.createElement('li');
      li.append(itemButton(`${KIND_LABEL[q.kind]}: ${clip(spanText(q.spans), 120)}`, () => selectQuote(q, true), 'link'));
      ul.append(li);
    }
    box.append(ul);
  }
  markCurrent(a.id, null);
  if (scroll) scrollToSpan(a.mentions[0]);
}

function selectSource(s, scroll) {
  state.current = s.id;
  mark('source', s.spans);
  const a = s.actor && state.actorsById.get(s.actor);
  mark('mention', a ? a.mentions : null);
  mark('quote', null); mark('speaker', null); mark('cue', null);
  const box = renderSelection(`Source (${SOURCE_LABEL[s.kind] || s.kind})`);
  const p = document.createElement('p');
  p.append(strong(spanText(s.spans)), a ? ` · ${a.name}` : '');
  box.append(p);
  appendWhy(box, [['rule', s.rule]]);
  markCurrent(s.id, null);
  if (scroll) scrollToSpan(s.spans[0]);
}

function clearSelection() {
  state.current = null;
  for (const n of ['quote', 'speaker', 'cue', 'mention', 'source']) mark(n, null);
  renderSelection(null);
  markCurrent(null, null);
}

// Why this highlight: the rule(s) the engine names with explain: true (nothing when it does not)
function appendWhy(box, pairs) {
  const parts = pairs.filter(([, v]) => v);
  if (!parts.length) return;
  const p = document.createElement('p');
  p.className = 'why';
  p.textContent = 'Why: ' + parts.map(([k, v]) => `${k} ${v}`).join(' · ');
  box.append(p);
}

function strong(t) { const b = document.createElement('strong'); b.textContent = t; return b; }

function renderSelection(title) {
  const box = els.selection;
  box.textContent = '';
  box.hidden = !title;
  els.clearSel.hidden = !title;
  if (title) {
    const h = document.createElement('strong');
    h.textContent = title;
    box.append(h, ' ');
    box.append(itemButton('Clear (Esc)', clearSelection, 'link'));
  }
  return box;
}

function markCurrent(id, alsoId) {
  for (const b of document.querySelectorAll('.panel [aria-current="true"]')) b.removeAttribute('aria-current');
  for (const k of [id, alsoId]) {
    const b = k && state.panelItems.get(k);
    if (b) b.setAttribute('aria-current', 'true');
  }
}

function scrollToSpan(span) {
  if (narrow()) showTab('article');
  const r = state.index.range(span.start, span.end);
  if (!r) return;
  const rect = r.getBoundingClientRect();
  const header = document.querySelector('.sticky').getBoundingClientRect().height;
  window.scrollBy({ top: rect.top - Math.max(window.innerHeight / 3, header + 48), behavior: 'instant' });
}

// click in the article: the smallest thing under the pointer (actor mention, then source, then quote)
function hit(spansOf, list, off) {
  let best = null, bestLen = Infinity;
  for (const item of list) {
    for (const s of spansOf(item)) {
      if (s.start <= off && off < s.end && s.end - s.start < bestLen) { best = item; bestLen = s.end - s.start; }
    }
  }
  return best;
}

els.article.addEventListener('click', (e) => {
  if (!state.result || !state.index) return;
  const sel = window.getSelection();
  if (sel && !sel.isCollapsed) return;
  const off = state.index.offsetFromPoint(e.clientX, e.clientY);
  if (off < 0) return;
  const r = state.result;
  for (const o of [off, off - 1]) {
    if (o < 0) continue;
    const a = hit((x) => x.mentions, r.actors.filter((x) => state.enabled.has(x.type)), o);
    if (a) return selectActor(a, false);
    const s = state.enabled.has('source') ? hit((x) => x.spans, r.sources, o) : null;
    if (s) return selectSource(s, false);
    const q = hit((x) => x.spans, r.quotes.filter((x) => state.enabled.has('quote-' + x.kind)), o);
    if (q) return selectQuote(q, false);
  }
  clearSelection();
});

document.addEventListener('keydown', (e) => {
  if (e.key === 'Escape' && state.current) clearSelection();
});
els.clearSel.addEventListener('click', (e) => { e.preventDefault(); clearSelection(); });

// ---------- side panel ----------
function itemButton(label, onClick, cls = 'item') {
  const b = document.createElement('button');
  b.type = 'button';
  b.className = cls === 'link' ? 'linkbtn' : cls;
  if (typeof label === 'string') b.textContent = label; else b.append(...label);
  b.addEventListener('click', onClick);
  return b;
}

function span(cls, text) { const s = document.createElement('span'); s.className = cls; s.textContent = text; return s; }

function renderCapped(ul, items, renderItem) {
  ul.textContent = '';
  const add = (from, to) => { for (let i = from; i < to; i++) ul.append(renderItem(items[i])); };
  add(0, Math.min(items.length, PANEL_CAP));
  if (items.length > PANEL_CAP) {
    const li = document.createElement('li');
    li.append(itemButton(`Show all ${items.length.toLocaleString('en')}`, () => { li.remove(); add(PANEL_CAP, items.length); }, 'more'));
    ul.append(li);
  }
}

function quoteItem(q, withSpeaker) {
  const li = document.createElement('li');
  const label = [span('kind', KIND_LABEL[q.kind] || q.kind)];
  if (withSpeaker) label.push(span('actor-name', (speakerName(q) || 'unnamed') + ': '));
  label.push(clip(spanText(q.spans)));
  const b = itemButton(label, () => selectQuote(q, true));
  b.title = [q.cue ? 'cue: ' + spanText(q.cue.spans) : '', q.rule ? 'rule: ' + q.rule : ''].filter(Boolean).join(' · ');
  b.dataset.quote = q.id;
  state.panelItems.set(q.id, b);
  li.append(b);
  return li;
}

function renderPanel() {
  const r = state.result;
  state.panelItems.clear();
  els.summary.textContent = `${r.actors.length} actors · ${r.quotes.length} quotes · ${r.sources.length} sources · language ${r.lang}`;
  $('tab-count').textContent = `(${r.quotes.length})`;
  const actors = [...r.actors].sort((a, b) =>
    (state.quotesByActor.get(b.id)?.length || 0) - (state.quotesByActor.get(a.id)?.length || 0) ||
    b.mentions.length - a.mentions.length || a.mentions[0].start - b.mentions[0].start);
  renderCapped(els.who, actors, (a) => {
    const li = document.createElement('li');
    const quotes = state.quotesByActor.get(a.id) || [];
    const srcs = state.sourcesByActor.get(a.id) || [];
    const b = itemButton([
      span('sw sw-' + a.type + ' actor-name', a.name), ' ',
      span('meta', `${TYPE_LABEL[a.type] || a.type}${a.role ? ', ' + a.role : ''} · ${quotes.length} quote${quotes.length === 1 ? '' : 's'} · ${a.mentions.length} mention${a.mentions.length === 1 ? '' : 's'}${srcs.length ? ' · ' + srcs.length + ' source' + (srcs.length === 1 ? '' : 's') : ''}`),
    ], () => selectActor(a, true));
    b.dataset.actor = a.id;
    state.panelItems.set(a.id, b);
    li.append(b);
    if (quotes.length) {
      const ul = document.createElement('ul');
      ul.className = 'quotes';
      renderCapped(ul, quotes, (q) => quoteItem(q, false));
      li.append(ul);
    }
    return li;
  });
  const rest = r.quotes.filter((q) => !(q.speaker && q.speaker.actor && state.actorsById.has(q.speaker.actor)));
  els.unattributedH.hidden = rest.length === 0;
  renderCapped(els.unattributed, rest, (q) => quoteItem(q, true));
  renderCapped(els.sources, r.sources, (s) => {
    const li = document.createElement('li');
    const a = s.actor && state.actorsById.get(s.actor);
    const b = itemButton([span('kind', SOURCE_LABEL[s.kind] || s.kind), clip(spanText(s.spans), 120), a ? span('meta', ' · ' + a.name) : ''],
      () => selectSource(s, true));
    b.dataset.source = s.id;
    state.panelItems.set(s.id, b);
    li.append(b);
    return li;
  });
}

// ---------- input: paste, type, drop, files, examples ----------
els.input.addEventListener('input', (e) => {
  if (e.inputType === 'insertFromPaste' || e.inputType === 'insertFromDrop') analyse(els.input.value, 'paste');
  else setStatus('Press Analyse (or Ctrl+Enter) when the text is complete.');
});
els.input.addEventListener('keydown', (e) => {
  if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) { e.preventDefault(); analyse(); }
});
els.analyse.addEventListener('click', () => analyse());
// Pasting anywhere else on the page (not into a form field) analyses the pasted text too.
document.addEventListener('paste', (e) => {
  if (e.target.closest && e.target.closest('textarea, input, select')) return;
  const t = e.clipboardData && e.clipboardData.getData('text/plain');
  if (!t) return;
  e.preventDefault();
  els.input.value = t;
  analyse(t, 'paste');
});
els.lang.addEventListener('change', () => { if (state.text) analyse(state.text, 'lang'); });

/** HTML → plain text on an inert document: nothing is executed, loaded or inserted. */
const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'IFRAME', 'OBJECT', 'EMBED', 'SVG', 'MATH', 'HEAD', 'SELECT', 'BUTTON', 'TITLE']);
const BLOCK = new Set(['P', 'DIV', 'LI', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'BLOCKQUOTE', 'PRE', 'TR', 'SECTION', 'ARTICLE',
  'HEADER', 'FOOTER', 'ASIDE', 'FIGCAPTION', 'DT', 'DD', 'HR', 'TABLE', 'UL', 'OL', 'MAIN', 'NAV', 'FIGURE', 'ADDRESS', 'DETAILS', 'SUMMARY']);
// Rename event-handler and style attributes before parsing: they never contribute text, and each
// one would otherwise cost a Content-Security-Policy violation report while parsing (seconds for a
// large hostile file). <style> elements become inert <template>s for the same reason. Text outside
// tags is untouched.
function parseInert(html) {
  // (a tag runs to the first '>' outside quotes: saved pages put '>' into attribute values)
  html = html.replace(/<[a-zA-Z](?:[^>"']|"[^"]*"|'[^']*')*>/g, (tag) => tag.replace(/([\s/"'])(on|style\b)/gi, '$1data-x-$2'))
    .replace(/<(\/?)style\b/gi, '<$1template');
  return new DOMParser().parseFromString(html, 'text/html');
}

// The article, found as the extension finds it (web/article.js with Mozilla Readability,
// Apache-2.0: readability.js and article.js are loaded before this module). Very large files
// (Readability's cost grows with the element count) and pages where no article is found are read
// whole.
const READABILITY_MAX_ELEMENTS = 30000;
function articleOf(doc) {
  const finder = globalThis.newsmarkArticle;
  if (!finder || doc.getElementsByTagName('*').length > READABILITY_MAX_ELEMENTS) return null;
  try {
    const found = finder.findArticle(doc);
    // Readability's nodes: only those are read, clear clutter inside skipped; else (the page's own
    // markup) everything under the root but clutter
    if (found) return { ...found, skip: found.nodes ? (el) => finder.isNonContent(el) || finder.isClutter(el, true) : (el) => finder.isClutter(el) };
  } catch { /* fall back to the whole body */ }
  return null;
}

/** HTML → plain text on an inert document: nothing is executed, loaded or inserted. With
 *  { article: true } only the article (articleOf; its title first when it lacks it), else the whole body. */
export function htmlToText(html, { article = false } = {}) {
  const doc = parseInert(html);
  const found = article ? articleOf(doc) : null;
  const body = found ? found.root : doc.body || doc.documentElement;
  if (!body) return '';
  const out = [];
  // one walk, no mutation: text nodes in order, a line break around block elements and for <br>
  const walk = (root) => {
    const stack = [[root, false]];
    while (stack.length) {
      const [node, closing] = stack.pop();
      if (closing) { out.push('\n'); continue; }
      if (node.nodeType === 3) { if (!found || !found.nodes || found.nodes.has(node)) out.push(node.data); continue; }
      if (node.nodeType !== 1) continue;
      const tag = node.tagName.toUpperCase();
      if (SKIP.has(tag) || (found && found.skip(node))) continue;
      if (tag === 'BR') { out.push('\n'); continue; }
      const block = BLOCK.has(tag);
      if (block) { out.push('\n'); stack.push([node, true]); }
      for (let c = node.lastChild; c; c = c.previousSibling) stack.push([c, false]);
    }
  };
  walk(body);
  if (found && found.title && !out.join('').trim().startsWith(found.title)) out.unshift(found.title, '\n');
  return out.join('')
    .replace(/\r\n?/g, '\n')
    .replace(/[ \t\f\v\u00a0]+/g, ' ')
    .replace(/ *\n */g, '\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

async function openFile(file) {
  if (!file) return;
  if (file.size > 64 * 1024 * 1024) { setStatus(`${file.name} is too large (${Math.round(file.size / 1048576)} MB).`, 'error'); return; }
  setStatus(`Reading ${file.name}…`, 'working');
  let text = await file.text();
  const isText = /\.txt$/i.test(file.name);
  if (!isText && (HTML_TYPES.test(file.name) || file.type === 'text/html' || /^\s*<(!doctype html|html|head|body)\b/i.test(text.slice(0, 1000)))) {
    if (text.length > 200000) { // takes a moment (about 2 s for 5 MB): say so before it starts
      setStatus(`Reducing ${file.name} (${(file.size / 1048576).toFixed(1)} MB of HTML) to its text…`, 'working');
      await new Promise((r) => afterNextPaint(r));
    }
    text = htmlToText(text, { article: true });
  } else {
    text = text.replace(/\r\n?/g, '\n').replace(/^\ufeff/, '');
  }
  els.input.value = text;
  analyse(text, 'file');
}

els.file.addEventListener('change', () => { openFile(els.file.files[0]); els.file.value = ''; });

document.addEventListener('dragover', (e) => {
  if ([...e.dataTransfer.types].some((t) => t === 'Files' || t === 'text/plain')) {
    e.preventDefault();
    els.drop.classList.add('over');
  }
});
document.addEventListener('dragleave', (e) => { if (!e.relatedTarget) els.drop.classList.remove('over'); });
document.addEventListener('drop', (e) => {
  els.drop.classList.remove('over');
  const dt = e.dataTransfer;
  if (dt.files && dt.files.length) { e.preventDefault(); openFile(dt.files[0]); return; }
  if (e.target === els.input) return; // text dropped into the textarea: its input event handles it
  const t = dt.getData('text/plain');
  if (t) { e.preventDefault(); els.input.value = t; analyse(t, 'drop'); }
});

async function loadExamples() {
  try {
    const res = await fetch('examples/index.json');
    if (!res.ok) return;
    for (const ex of await res.json()) {
      const o = document.createElement('option');
      o.value = ex.file;
      o.textContent = `${ex.title} (${ex.lang})`;
      els.examples.append(o);
    }
  } catch { /* no examples: the menu stays empty */ }
}
els.examples.addEventListener('change', async () => {
  const f = els.examples.value;
  if (!f) return;
  const res = await fetch('examples/' + encodeURIComponent(f));
  const text = await res.text();
  els.input.value = text;
  analyse(text, 'example');
});

// ---------- export ----------
function download(name, type, content) {
  const url = URL.createObjectURL(new Blob([content], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10000);
}
els.exportJson.addEventListener('click', () => state.result && download('newsmark-result.json', 'application/json', toJSON(state.result)));
els.exportCsv.addEventListener('click', () => state.result && download('newsmark-result.csv', 'text/csv;charset=utf-8', '\ufeff' + toCSV(state.result, state.text)));

// ---------- start ----------
if (!highlightsSupported()) setStatus('This browser lacks the CSS Custom Highlight API: results are listed but not painted.', 'error');
startWorker();
state.workerReady.then(
  () => { if (!state.result && !state.running) setStatus('Ready. Paste an article, drop a file or pick an example.'); },
  (err) => setStatus('The engine could not be loaded: ' + err.message, 'error'));
loadExamples();
if ('serviceWorker' in navigator && location.protocol !== 'file:') {
  const wasControlled = !!navigator.serviceWorker.controller;
  navigator.serviceWorker.register('./sw.js').catch(() => {});
  // A rebuilt page was just installed (this one came from the previous cache): say so, never
  // reload on the user's behalf (that would lose the pasted text).
  navigator.serviceWorker.addEventListener('controllerchange', () => {
    if (wasControlled) setStatus('An updated version of this page is installed: reload to use it.');
  });
}

// Read-only view for tests and the console.
Object.defineProperty(window, 'newsmarkPage', {
  value: Object.freeze({
    get result() { return state.result; },
    get text() { return state.text; },
    get index() { return state.index; },
    htmlToText,
  }),
});
