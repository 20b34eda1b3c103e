// newsmark background (MV3 module service worker in Chromium, module background script in Firefox).
//
// The engine runs here, off the page's main thread: newsmark.js is imported statically (an MV3
// module service worker cannot use dynamic import()), the wasm is instantiated as soon as the
// worker starts (see the end of this file) and kept while the worker lives. The article text arrives from our own content script
// and never leaves the browser.
import { loadNewsmark } from './newsmark.js';

const api = globalThis.browser ?? globalThis.chrome;
const ALWAYS_ID = 'newsmark-always';

let enginePromise = null;
let engineLoadMs = null;
let engineWarmMs = null;

// Warm-up texts: the engine initialises its lexicons, models and ICU break iterators on the first
// call of each language, V8 compiles each function of the .wasm on its first call (baseline
// code), and optimises the ones a few kilobytes of text make hot. Texts of a few kilobytes, not
// one sentence: the first real article otherwise runs on baseline wasm code (measured: 83 ms for
// the first 12,000 characters, 4-19 ms warm). The sentences reach the attribution rules news
// articles use (reported speech with and without a cue, "wonach", "zufolge", a speech act as the
// verb, "As X said", frames before and after a quote): after the warm-up a 2,000-word German
// article of 10kGNAD meets 11 functions (4 KB of code) the warm-up did not compile instead of 28
// (30 KB), an English one 3 instead of 14, and its first call costs 13.5 instead of 17.8 ms
// (German; English 13.4 instead of 15.5; warm 9-10; main-thread CPU in Node, median of 8).
const WARM_DE = 'Laut Polizei sagte der Minister Peter Braun (SPD) am Montag in Berlin: „Die Lage ist ruhig.“ Er sei zuversichtlich, erklärte er. (dpa)\n' +
  'Die Sprecherin der Stadtwerke München bestätigte, dass die Preise im Herbst steigen. Die Kosten seien deutlich gewachsen. Man werde die Kunden rechtzeitig informieren.\n' +
  'Es gebe Berichte, wonach der Konzern verkauft werden soll. Seine Forderung, die Grenzen zu schließen, stieß bei den Grünen auf Kritik. Nach Angaben des Innenministeriums wurden 120 Anträge gestellt, der Zeitung „Die Welt“ zufolge mehr.\n' +
  'Der Fernsehsender berichtete von der Bergung von 56 Leichen. Am Abend rief der Bürgermeister zur Ruhe auf: „Bleiben Sie zu Hause.“\n';
const WARM_EN = '"We are ready," Finance Minister Anna Clark told reporters in London on Monday, according to officials. She said talks would resume. (Reuters)\n' +
  'As the mayor of Leeds said on Tuesday, the plan is final. "It is over," said John Smith, a spokesman for the company. He added: "We will not change course."\n' +
  'A report published by the BBC claimed that prices would rise, according to a statement on gov.uk. The agency, which declined to comment, has warned that the deal could fail.\n';
const WARMUP = [['de', WARM_DE.repeat(5)], ['en', WARM_EN.repeat(5)], ['de', WARM_DE.repeat(5)], ['en', WARM_EN.repeat(5)],
  ['de', WARM_DE.repeat(5)], ['en', WARM_EN.repeat(5)]];

// The warm-up runs one text per task, after the engine is handed out: an activation that comes
// while it runs waits for at most one warm-up text, not for all of them.
function warmUp(nm) {
  let i = 0, busyMs = 0;
  const step = () => {
    const s = performance.now();
    // the call extract() below makes (language detection included); the texts are plainly de, en
    const [lang, text] = WARMUP[i++];
    const r = nm.extract(text, { lang: 'auto', explain: true });
    if (r.lang !== lang) console.warn(`newsmark: warm-up text detected as ${r.lang}, not ${lang}`);
    busyMs += performance.now() - s;
    if (i < WARMUP.length) setTimeout(step, 0);
    else engineWarmMs = busyMs; // the warm-up's own time (null while it runs)
  };
  setTimeout(step, 0);
}

function engine() {
  if (!enginePromise) {
    const t0 = performance.now();
    enginePromise = loadNewsmark().then((nm) => {
      engineLoadMs = performance.now() - t0;
      warmUp(nm);
      return nm;
    });
    enginePromise.catch(() => { enginePromise = null; });
  }
  return enginePromise;
}

async function extract(text) {
  const tw = performance.now();
  const nm = await engine();
  const t0 = performance.now();
  // explain: each quote, speaker and source names the rule that made it (engines without the
  // option ignore it and the panel shows no rule)
  const result = nm.extract(text, { lang: 'auto', explain: true });
  return { result, ms: +(performance.now() - t0).toFixed(2), loadMs: +engineLoadMs.toFixed(2), warmMs: engineWarmMs === null ? null : +engineWarmMs.toFixed(2), waitedMs: +(t0 - tw).toFixed(2) };
}

// Inject (once) and turn on newsmark in a tab. Needs activeTab (toolbar button, shortcut) or the
// optional host permission for the site. The engine starts loading at the same time, so the wasm
// start-up overlaps the injection instead of following it.
// The user's category toggles (stored by the panel), read once and kept up to date
let categoriesPromise = null;
function categories() {
  categoriesPromise ??= api.storage.local.get('categories').then((r) => r?.categories, () => undefined);
  return categoriesPromise;
}
api.storage.onChanged?.addListener((changes) => { if (changes.categories) categoriesPromise = Promise.resolve(changes.categories.newValue); });

// Called when the tab's content script did not answer: inject it (content.js returns at once if
// it is already there) and its highlight styles.
async function inject(tabId) {
  await Promise.all([
    api.scripting.insertCSS({ target: { tabId }, files: ['highlight.css'] }),
    api.scripting.executeScript({ target: { tabId }, files: ['content.js'] }), // Readability + article finder + newsmark
  ]);
  return true;
}

// scope: 'article' (default), 'selection' or 'page' (what the panel offers when no article is found)
export async function activateTab(tabId, mode = 'activate', scope = undefined) {
  const t0 = performance.now();
  if (mode !== 'deactivate') engine().catch(() => {}); // warm up in parallel
  const msg = { type: `newsmark:${mode}`, scope, categories: await categories() };
  // Already injected (the usual case after the first activation): one message, no script check.
  // No content script yet: sending fails ("receiving end does not exist"), then inject and resend.
  let injected = false;
  let resend = false;
  let r;
  try {
    r = await api.tabs.sendMessage(tabId, msg);
  } catch {
    injected = await inject(tabId);
    resend = true;
  }
  const t1 = performance.now();
  const sent = performance.timeOrigin + t1;
  if (resend) r = await api.tabs.sendMessage(tabId, msg);
  if (r && typeof r === 'object') {
    const back = performance.timeOrigin + performance.now();
    r.background = {
      injected, injectMs: +(resend ? t1 - t0 : 0).toFixed(2), totalMs: +(performance.now() - t0).toFixed(2),
      // message to the content script until it starts, and its answer back (wall clocks)
      toContentMs: resend && r.received ? +(r.received - sent).toFixed(2) : null, backMs: r.answered ? +(back - r.answered).toFixed(2) : null,
      // activation to painted highlights (the answer to the panel comes after)
      paintedMs: r.timings?.paintedAt ? +(r.timings.paintedAt - performance.timeOrigin - t0).toFixed(2) : null,
    };
  }
  return r;
}

async function activeTabId() {
  const [tab] = await api.tabs.query({ active: true, lastFocusedWindow: true });
  return tab?.id;
}

// ---- "always on this site": optional host permission + a registered content script

function originPattern(origin) {
  const u = new URL(origin);
  if (u.protocol !== 'http:' && u.protocol !== 'https:') throw new Error('only http(s) sites');
  return `${u.protocol}//${u.hostname}/*`;
}

async function syncAlways() {
  const { alwaysOn = [] } = await api.storage.local.get('alwaysOn');
  const granted = [];
  for (const pattern of alwaysOn) {
    if (await api.permissions.contains({ origins: [pattern] })) granted.push(pattern);
  }
  const existing = await api.scripting.getRegisteredContentScripts({ ids: [ALWAYS_ID] });
  if (existing.length) await api.scripting.unregisterContentScripts({ ids: [ALWAYS_ID] });
  if (granted.length) {
    await api.scripting.registerContentScripts([{
      id: ALWAYS_ID, matches: granted, js: ['content.js', 'autostart.js'], css: ['highlight.css'],
      runAt: 'document_idle', allFrames: false,
    }]);
  }
  if (granted.length !== alwaysOn.length) await api.storage.local.set({ alwaysOn: granted });
  return granted;
}

async function setAlways(origin, on) {
  const pattern = originPattern(origin);
  const { alwaysOn = [] } = await api.storage.local.get('alwaysOn');
  const next = alwaysOn.filter((p) => p !== pattern);
  if (on) next.push(pattern);
  await api.storage.local.set({ alwaysOn: next });
  if (!on) {
    try { await api.permissions.remove({ origins: [pattern] }); } catch { /* not granted */ }
  }
  const granted = await syncAlways();
  return { ok: true, alwaysOn: granted.includes(pattern) };
}

async function isAlways(origin) {
  try {
    const pattern = originPattern(origin);
    const { alwaysOn = [] } = await api.storage.local.get('alwaysOn');
    return alwaysOn.includes(pattern) && await api.permissions.contains({ origins: [pattern] });
  } catch { return false; }
}

api.permissions.onRemoved?.addListener(() => { syncAlways().catch(() => {}); });

// ---- messages: only from this extension (content scripts in tabs, or the panel page)

const EXT_ORIGIN = api.runtime.getURL('');

api.runtime.onMessage.addListener((msg, sender, sendResponse) => {
  if (sender.id !== api.runtime.id || !msg || typeof msg.type !== 'string') return undefined;
  // the panel is an extension page (popup, or opened in a tab); content scripts report the page's URL
  const fromPanel = typeof sender.url === 'string' && sender.url.startsWith(EXT_ORIGIN);
  let p = null;
  if (msg.type === 'newsmark:extract' && sender.tab && !fromPanel && typeof msg.text === 'string') {
    p = extract(msg.text);
  } else if (fromPanel && msg.type === 'newsmark:activate-tab' && Number.isInteger(msg.tabId)) {
    const scope = ['article', 'selection', 'page'].includes(msg.scope) ? msg.scope : undefined;
    p = activateTab(msg.tabId, msg.mode === 'toggle' ? 'toggle' : 'activate', scope);
  } else if (fromPanel && msg.type === 'newsmark:set-always' && typeof msg.origin === 'string') {
    p = setAlways(msg.origin, !!msg.on);
  } else if (fromPanel && msg.type === 'newsmark:is-always' && typeof msg.origin === 'string') {
    p = isAlways(msg.origin).then((on) => ({ alwaysOn: on }));
  } else {
    return undefined;
  }
  p.then(sendResponse, (e) => sendResponse({ error: String(e?.message || e) }));
  return true;
});

// ---- keyboard shortcut (the toolbar button opens the panel, which activates the tab itself)

api.commands?.onCommand.addListener(async (command, tab) => {
  if (command !== 'toggle-highlights') return;
  const tabId = tab?.id ?? await activeTabId();
  if (tabId != null) activateTab(tabId, 'toggle').catch((e) => console.warn('newsmark:', e?.message || e));
});

api.runtime.onInstalled?.addListener(() => { syncAlways().catch(() => {}); });

// Start the engine as soon as the worker starts (browser start, install, or any event that wakes
// it) instead of on the first activation: compiling and instantiating the wasm and the engine's
// first-call initialisation then happen before the user asks, and the first activation costs
// about what a warm one does. onStartup only makes sure the worker does start with the browser.
api.runtime.onStartup?.addListener(() => { engine().catch(() => {}); });
setTimeout(() => {
  engine().catch((e) => console.warn('newsmark: engine start-up failed:', e?.message || e));
  categories();
}, 0);

// For tests and debugging from the worker console: newsmarkActivate(tabId)
globalThis.newsmarkActivate = activateTab;
globalThis.newsmarkEngine = engine;
globalThis.newsmarkSetAlways = setAlways;
