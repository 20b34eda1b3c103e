// The panel: lists who said what, actors with counts and sources for the current tab.
// Everything from the page is inserted with textContent only, never as HTML.
const api = globalThis.browser ?? globalThis.chrome;
const $ = (id) => document.getElementById(id);

let tabId = null;
let summary = null;

function el(tag, props = {}, ...children) {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(props)) {
    if (k === 'text') e.textContent = v;
    else if (k === 'class') e.className = v;
    else if (k.startsWith('on')) e.addEventListener(k.slice(2), v);
    else e.setAttribute(k, v);
  }
  e.append(...children);
  return e;
}

// swatch: the theme class of the item's kind (sw-person, sw-quote-direct, sw-source, ...), so each
// entry carries the same colour and line pattern as its highlight in the page
function revealButton(kind, id, text, extra, swatch, why) {
  return el('button', {
    type: 'button', class: `item ${kind}`, title: 'Show in the page',
    onclick: () => api.tabs.sendMessage(tabId, { type: 'newsmark:reveal', id }),
  }, el('span', { class: `sw ${swatch}`, text }), ...(extra ? [el('span', { class: 'kind', text: extra })] : []),
  ...(why ? [el('span', { class: 'why', text: why })] : []));
}

// "cue: said · rule: en.said_after_quote" when the engine explains itself (explain: true)
function why(cue, rule) {
  return [cue ? `cue: ${cue}` : '', rule ? `rule: ${rule}` : ''].filter(Boolean).join(' · ');
}

function render(s) {
  summary = s;
  const status = $('status');
  if (!s) { status.textContent = 'newsmark cannot run on this page.'; return; }
  if (s.status === 'on') {
    status.textContent = `${s.counts.quotes} quotes, ${s.counts.sources} sources, ${s.counts.actors} actors (${s.lang}).`;
  } else if (s.status === 'off') {
    status.textContent = 'Off on this page.';
  } else {
    status.textContent = s.message || s.status;
  }
  // no article (or an empty one): offer the selection or the whole page instead
  $('instead').hidden = !['no-article', 'empty', 'no-selection'].includes(s.status);
  $('controls').hidden = false;
  for (const box of document.querySelectorAll('input[data-cat]')) box.checked = s.categories?.[box.dataset.cat] !== false;
  for (const k of ['actors', 'quotes', 'sources']) $(`n-${k}`).textContent = s.counts ? String(s.counts[k]) : '';
  const speakers = $('speakers');
  speakers.replaceChildren();
  for (const sp of s.speakers || []) {
    const list = el('ul');
    for (const q of sp.quotes) list.append(el('li', {}, revealButton('quote', q.id, q.text, q.kind, `sw-quote-${q.kind}`, why(q.cue, q.rule))));
    speakers.append(el('li', { class: 'speaker' }, el('div', { class: 'name', text: `${sp.speaker} (${sp.quotes.length})` }), list));
  }
  $('who').hidden = !(s.speakers || []).length;
  const sources = $('sources');
  sources.replaceChildren();
  for (const src of s.sources || []) {
    sources.append(el('li', {}, revealButton('source', src.id, src.text, src.kind.replace('_', ' ') + (src.actor ? ` · ${src.actor}` : ''), 'sw-source', why(null, src.rule))));
  }
  $('src').hidden = !(s.sources || []).length;
  const actors = $('actors');
  actors.replaceChildren();
  // most mentioned first, equal counts by name (the content script sorts by count only)
  for (const a of [...(s.actors || [])].sort((x, y) => y.count - x.count || x.name.localeCompare(y.name))) {
    actors.append(el('li', {}, revealButton('actor', a.id, a.name, a.type + (a.role ? ` · ${a.role}` : ''), `sw-${a.type}`)));
    actors.lastChild.firstChild.append(el('span', { class: 'count', text: `×${a.count}` }));
  }
  $('act').hidden = !(s.actors || []).length;
  const t = s.timings;
  $('timing').textContent = t ? `${t.chars} characters · ${t.totalMs} ms (engine ${t.engineMs} ms, start-up ${t.engineLoadMs} ms)` : '';
}

async function init() {
  const param = new URLSearchParams(location.search).get('tab');
  if (param) tabId = Number(param);
  else {
    const [tab] = await api.tabs.query({ active: true, currentWindow: true });
    tabId = tab?.id ?? null;
  }
  if (tabId == null) { render(null); return; }
  const r = await api.runtime.sendMessage({ type: 'newsmark:activate-tab', tabId });
  if (!r || r.error) { render(null); $('status').textContent = `newsmark cannot run on this page${r?.error ? `: ${r.error}` : '.'}`; return; }
  render(r.summary);
  try {
    const { alwaysOn } = await api.runtime.sendMessage({ type: 'newsmark:is-always', origin: r.summary.origin });
    $('always').checked = !!alwaysOn;
  } catch { /* ignore */ }
  $('always').disabled = !/^https?:$/.test(r.summary.protocol);
}

document.addEventListener('change', async (ev) => {
  const t = ev.target;
  if (t.dataset?.cat) {
    const categories = {};
    for (const box of document.querySelectorAll('input[data-cat]')) categories[box.dataset.cat] = box.checked;
    await api.storage.local.set({ categories });
    await api.tabs.sendMessage(tabId, { type: 'newsmark:categories', categories });
  } else if (t.id === 'always' && summary) {
    const pattern = `${summary.protocol}//${summary.hostname}/*`;
    if (t.checked) {
      // must be requested directly in the user gesture
      const granted = await api.permissions.request({ origins: [pattern] });
      if (!granted) { t.checked = false; return; }
    }
    const r = await api.runtime.sendMessage({ type: 'newsmark:set-always', origin: summary.origin, on: t.checked });
    t.checked = !!r?.alwaysOn;
  }
});

async function analyseInstead(scope) {
  $('status').textContent = scope === 'selection' ? 'Analysing the selection…' : 'Analysing the whole page…';
  const r = await api.runtime.sendMessage({ type: 'newsmark:activate-tab', tabId, scope });
  if (r && !r.error) render(r.summary);
}
$('use-selection').addEventListener('click', () => analyseInstead('selection'));
$('use-page').addEventListener('click', () => analyseInstead('page'));

$('off').addEventListener('click', async () => {
  const r = await api.tabs.sendMessage(tabId, { type: 'newsmark:deactivate' });
  render({ ...summary, ...r, speakers: [], sources: [], actors: [], counts: null, timings: null });
});

init();
