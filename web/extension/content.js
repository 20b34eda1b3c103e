// newsmark content script (classic script, isolated world).
//
// Finds the article (web/article.js, bundled before this file: Mozilla Readability on a clone of
// the document, mapped back to the page's text nodes), turns it into plain text (block boundaries
// -> "\n", inline elements joined, whitespace collapsed like CSS does), asks the background
// service worker to run the engine on it, maps the UTF-16 offsets of the result back to
// (text node, offset) pairs and paints them with the CSS Custom Highlight API. The page's DOM text
// is never changed; the only element it ever adds is the tooltip (speaker, cue, rule), which lives
// in a closed shadow root attached to <html> (outside <body>).
//
// It listens only to the extension's own messages (runtime.onMessage from this extension's id);
// it registers no window "message" listener, so a page cannot talk to it.
(() => {
  'use strict';
  if (globalThis.__newsmark) return;
  const api = globalThis.browser ?? globalThis.chrome;

  // ---------------------------------------------------------------- article finding (web/article.js)

  const {
    SKIP_TAGS, MIN_ARTICLE_CHARS, isClutter, isNonContent, isHidden, commonAncestor, findArticle, findArticleRoot, readabilityArticle,
  } = globalThis.newsmarkArticle;
  const BLOCK_TAGS = new Set([
    'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'DD', 'DETAILS', 'DIV', 'DL', 'DT', 'FIELDSET',
    'FIGCAPTION', 'FIGURE', 'FOOTER', 'FORM', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'HR',
    'LI', 'MAIN', 'NAV', 'OL', 'P', 'PRE', 'SECTION', 'SUMMARY', 'TABLE', 'TBODY', 'THEAD', 'TFOOT',
    'TR', 'TD', 'TH', 'UL', 'CAPTION', 'HGROUP', 'SEARCH',
  ]);
  // ---------------------------------------------------------------- DOM -> text with a position map

  // Walks the root and returns { text, nodes, segOut, segNode, segOff, segLen }: the text is cut
  // into runs, run k being text[segOut[k] .. segOut[k] + segLen[k]) = nodes[segNode[k]].data from
  // segOff[k] on, code unit for code unit. Synthetic line breaks belong to no run; a collapsed
  // whitespace run is one space mapped to its first character. segGap[k] is 1 when skipped content
  // (clutter, hidden elements) lies between run k-1 and run k: a span is cut into several Ranges
  // there, so an ad inside a quote is never painted.
  // accept: when given, only these text nodes are read (Readability's article), and only
  // non-content elements, hidden ones and clear clutter (ads, comments, share boxes: isClutter's
  // looser ancestor test) are skipped: Readability has left out the rest of the boilerplate.
  function extractText(root, accept = null) {
    const nodes = [];
    const out = [];
    const segOut = [];
    const segNode = [];
    const segOff = [];
    const segLen = [];
    const segGap = [];
    let gap = false;
    let len = 0;
    let last = '\n'; // pretend we start after a break: no leading whitespace
    const addRun = (ni, off, str) => {
      const k = segOut.length - 1;
      if (k >= 0 && segNode[k] === ni && segOff[k] + segLen[k] === off && segOut[k] + segLen[k] === len) segLen[k] += str.length;
      else { segOut.push(len); segNode.push(ni); segOff.push(off); segLen.push(str.length); segGap.push(gap ? 1 : 0); gap = false; }
      out.push(str); len += str.length; last = str[str.length - 1];
    };
    const dropLast = () => { // remove the final character (a space or a break)
      const piece = out.pop();
      const k = segOut.length - 1;
      if (k >= 0 && segOut[k] + segLen[k] === len) { if (--segLen[k] === 0) { segOut.pop(); segNode.pop(); segOff.pop(); segLen.pop(); if (segGap.pop()) gap = true; } }
      len--;
      if (piece.length > 1) out.push(piece.slice(0, -1));
      const prev = out[out.length - 1];
      last = prev ? prev[prev.length - 1] : '\n';
    };
    const pushBreak = () => {
      if (last === ' ') dropLast();
      if (last !== '\n') { out.push('\n'); len++; last = '\n'; }
    };
    const WS = /[ \t\n\r\f]+/g;
    const walk = (el) => {
      for (let n = el.firstChild; n; n = n.nextSibling) {
        if (n.nodeType === 3) {
          const data = n.data;
          if (!data) continue;
          if (accept && !accept.has(n) && data.trim()) { gap = true; continue; }
          const ni = nodes.length;
          const before = len;
          let pos = 0;
          WS.lastIndex = 0;
          for (let m = WS.exec(data); m; m = WS.exec(data)) {
            if (m.index > pos) addRun(ni, pos, data.slice(pos, m.index));
            if (last !== ' ' && last !== '\n') addRun(ni, m.index, ' ');
            pos = m.index + m[0].length;
          }
          if (pos < data.length) addRun(ni, pos, data.slice(pos));
          if (len !== before || segNode[segNode.length - 1] === ni) nodes.push(n);
        } else if (n.nodeType === 1) {
          const tag = n.tagName;
          if (tag === 'BR') { pushBreak(); continue; }
          if (accept ? isNonContent(n) || isClutter(n, true) : isClutter(n)) { if (BLOCK_TAGS.has(tag) || SKIP_TAGS.has(tag)) pushBreak(); gap = true; continue; }
          if (isHidden(n)) { gap = true; continue; }
          const block = BLOCK_TAGS.has(tag) || tag === 'IMG';
          if (block) pushBreak();
          walk(n);
          if (block) pushBreak();
        }
      }
    };
    walk(root);
    while (len && (last === ' ' || last === '\n')) {
      if (last === ' ') dropLast();
      else { const piece = out.pop(); len--; if (piece.length > 1) out.push(piece.slice(0, -1)); const prev = out[out.length - 1]; last = prev ? prev[prev.length - 1] : ''; }
    }
    return {
      text: out.join(''), nodes, segOut: Int32Array.from(segOut), segNode: Int32Array.from(segNode),
      segOff: Int32Array.from(segOff), segLen: Int32Array.from(segLen), segGap: Uint8Array.from(segGap),
    };
  }

  // index of the last run starting at or before i (-1 if none)
  function runAt(map, i) {
    let lo = 0;
    let hi = map.segOut.length - 1;
    let k = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (map.segOut[mid] <= i) { k = mid; lo = mid + 1; } else hi = mid - 1;
    }
    return k;
  }

  // The DOM Ranges covering text[start, end): one, or several where skipped content lies between.
  function spanToRanges(map, start, end) {
    const { nodes, segOut, segNode, segOff, segLen, segGap } = map;
    if (!(end > start)) return [];
    // first real position >= start
    let ks = runAt(map, start);
    let s = start;
    if (ks < 0 || start >= segOut[ks] + segLen[ks]) { ks++; if (ks >= segOut.length) return []; s = segOut[ks]; }
    // last real position < end
    const ke = runAt(map, end - 1);
    if (ke < ks) return [];
    const e = Math.min(end - 1, segOut[ke] + segLen[ke] - 1);
    if (e < s) return [];
    const ranges = [];
    let r = document.createRange();
    r.setStart(nodes[segNode[ks]], segOff[ks] + (s - segOut[ks]));
    for (let k = ks + 1; k <= ke; k++) {
      if (!segGap[k]) continue;
      r.setEnd(nodes[segNode[k - 1]], segOff[k - 1] + segLen[k - 1]);
      ranges.push(r);
      r = document.createRange();
      r.setStart(nodes[segNode[k]], segOff[k]);
    }
    r.setEnd(nodes[segNode[ke]], segOff[ke] + (e - segOut[ke]) + 1);
    ranges.push(r);
    return ranges;
  }

  // ---------------------------------------------------------------- painting

  // Highlight names and styles are those of web/theme.mjs (highlight.css is generated from it):
  // actors by type, quotes by kind, sources, and each quote's speaker and cue.
  const ACTOR_TYPES = ['person', 'organization', 'location', 'media', 'group'];
  const QUOTE_KINDS = ['direct', 'indirect', 'mixed'];
  const HL = { speaker: 'newsmark-speaker', cue: 'newsmark-cue', source: 'newsmark-source', flash: 'newsmark-flash' };
  const CATEGORY_OF = { speaker: 'quotes', cue: 'quotes', source: 'sources' };
  const PRIORITY = { speaker: 5, cue: 3, source: 4, flash: 10 };
  for (const t of ACTOR_TYPES) { HL[t] = `newsmark-${t}`; CATEGORY_OF[t] = 'actors'; PRIORITY[t] = 1; }
  for (const k of QUOTE_KINDS) { HL[`quote-${k}`] = `newsmark-quote-${k}`; CATEGORY_OF[`quote-${k}`] = 'quotes'; PRIORITY[`quote-${k}`] = 2; }

  const state = {
    active: false,
    root: null,
    map: null,
    result: null,
    highlights: new Map(), // key -> Highlight
    quoteRanges: [], // { range, quote (or source), tip, source? }: what the tooltip shows where
    itemRanges: new Map(), // id -> Range[]
    categories: { actors: true, quotes: true, sources: true },
    observer: null,
    debounce: 0,
    status: 'off',
    message: '',
    scope: 'article', // 'article' | 'selection' | 'page'
    article: null, // what run() read: { root, nodes, by }
    timings: null,
    runSeq: 0,
  };

  const supportsHighlights = typeof CSS !== 'undefined' && CSS.highlights && typeof Highlight === 'function';

  function clearPaint() {
    if (supportsHighlights) for (const name of Object.values(HL)) CSS.highlights.delete(name);
    state.highlights.clear();
    state.quoteRanges = [];
    state.itemRanges.clear();
    hideTip();
  }

  function applyCategories() {
    if (!supportsHighlights) return;
    for (const [key, hl] of state.highlights) {
      const on = state.categories[CATEGORY_OF[key]] !== false;
      if (on) CSS.highlights.set(HL[key], hl); else CSS.highlights.delete(HL[key]);
    }
  }

  function paint(result, map) {
    clearPaint();
    const add = (key, ranges, id) => {
      for (const range of ranges) add1(key, range, id);
    };
    const add1 = (key, range, id) => {
      let hl = state.highlights.get(key);
      if (!hl) { hl = new Highlight(); hl.priority = PRIORITY[key] || 0; state.highlights.set(key, hl); }
      hl.add(range);
      if (id) {
        if (!state.itemRanges.has(id)) state.itemRanges.set(id, []);
        state.itemRanges.get(id).push(range);
      }
    };
    const actorsById = new Map((result.actors || []).map((a) => [a.id, a]));
    for (const a of result.actors || []) {
      const key = ACTOR_TYPES.includes(a.type) ? a.type : 'group';
      for (const m of a.mentions || []) add(key, spanToRanges(map, m.start, m.end), a.id);
    }
    for (const q of result.quotes || []) {
      const ranges = (q.spans || []).flatMap((s) => spanToRanges(map, s.start, s.end));
      add(QUOTE_KINDS.includes(q.kind) ? `quote-${q.kind}` : 'quote-direct', ranges, q.id);
      const sp = q.speaker;
      let speakerText = '';
      if (sp) {
        for (const s of sp.spans || []) {
          add('speaker', spanToRanges(map, s.start, s.end));
          speakerText ||= map.text.slice(s.start, s.end);
        }
        const actor = sp.actor ? actorsById.get(sp.actor) : null;
        if (actor) speakerText = actor.name + (actor.role ? ` (${actor.role})` : '');
      }
      if (q.cue) for (const s of q.cue.spans || []) add('cue', spanToRanges(map, s.start, s.end));
      // the tooltip: who, and why (cue and rule when the engine explains: explain: true)
      const cue = q.cue ? (q.cue.spans || []).map((s) => map.text.slice(s.start, s.end)).join(' … ') : '';
      const tip = [`Speaker: ${speakerText || 'not named'}`, cue && `cue: ${cue}`, q.rule && `rule: ${q.rule}`,
        sp?.rule && sp.rule !== q.rule && `speaker rule: ${sp.rule}`].filter(Boolean).join(' · ');
      for (const r of ranges) state.quoteRanges.push({ range: r, quote: q, tip });
    }
    for (const s of result.sources || []) {
      const ranges = (s.spans || []).flatMap((sp) => spanToRanges(map, sp.start, sp.end));
      add('source', ranges, s.id);
      const actor = s.actor ? actorsById.get(s.actor) : null;
      const tip = [`Source (${String(s.kind || '').replace(/_/g, ' ')})${actor ? `: ${actor.name}` : ''}`, s.rule && `rule: ${s.rule}`].filter(Boolean).join(' · ');
      for (const r of ranges) state.quoteRanges.push({ range: r, quote: s, tip, source: true });
    }
    if (supportsHighlights) applyCategories();
  }

  // ---------------------------------------------------------------- summary for the panel

  function snippet(text, max = 200) {
    const t = text.replace(/\s+/g, ' ').trim();
    return t.length > max ? `${t.slice(0, max - 1)}…` : t;
  }

  function buildSummary() {
    const r = state.result;
    const base = {
      status: state.status, message: state.message, origin: location.origin,
      protocol: location.protocol, hostname: location.hostname,
      categories: { ...state.categories }, timings: state.timings, supportsHighlights,
      scope: state.scope, foundBy: state.article?.by || null,
    };
    if (!r) return base;
    const text = state.map.text;
    const slice = (spans) => (spans || []).map((s) => text.slice(s.start, s.end)).join(' … ');
    const actorsById = new Map((r.actors || []).map((a) => [a.id, a]));
    const actors = (r.actors || []).map((a) => ({
      id: a.id, name: a.name, type: a.type, role: a.role || null, count: (a.mentions || []).length,
    })).sort((x, y) => y.count - x.count); // the panel orders equal counts by name: localeCompare's
    // first call sets up ICU's collator (62 ms on a first activation), here in the page's main
    // thread after painting and before the highlights reach the screen
    const bySpeaker = new Map();
    for (const q of r.quotes || []) {
      const actor = q.speaker?.actor ? actorsById.get(q.speaker.actor) : null;
      const who = actor ? actor.name : q.speaker?.spans?.length ? slice(q.speaker.spans) : '(unattributed)';
      if (!bySpeaker.has(who)) bySpeaker.set(who, { speaker: who, actor: actor?.id || null, quotes: [] });
      bySpeaker.get(who).quotes.push({
        id: q.id, kind: q.kind, text: snippet(slice(q.spans)), cue: q.cue ? slice(q.cue.spans) : null,
        rule: q.rule || null, speakerRule: q.speaker?.rule || null,
      });
    }
    const sources = (r.sources || []).map((s) => ({
      id: s.id, kind: s.kind, text: snippet(slice(s.spans), 120), actor: s.actor ? actorsById.get(s.actor)?.name || null : null,
      rule: s.rule || null,
    }));
    return {
      ...base, lang: r.lang,
      counts: { actors: actors.length, quotes: (r.quotes || []).length, sources: sources.length },
      actors, speakers: [...bySpeaker.values()], sources,
    };
  }

  // ---------------------------------------------------------------- running

  // What to read: the article (default), the user's selection, or the whole page.
  function selectionNodes() {
    const sel = document.getSelection();
    if (!sel || !sel.rangeCount || sel.isCollapsed) return null;
    const nodes = new Set();
    let root = null;
    for (let i = 0; i < sel.rangeCount; i++) {
      const r = sel.getRangeAt(i);
      let top = r.commonAncestorContainer;
      if (top.nodeType !== 1) top = top.parentElement;
      const w = document.createTreeWalker(top, NodeFilter.SHOW_TEXT);
      for (let n = w.nextNode(); n; n = w.nextNode()) if (r.intersectsNode(n)) nodes.add(n);
      root = root ? commonAncestor(root, top) : top;
    }
    return nodes.size ? { root, nodes, by: 'selection' } : null;
  }

  const MESSAGES = {
    'no-article': 'No article found on this page (yet). newsmark keeps watching for one; you can also analyse your selection or the whole page.',
    empty: 'The article newsmark found on this page holds no visible text (hidden, behind a paywall, or not loaded yet). You can analyse your selection or the whole page instead.',
    'no-selection': 'Nothing is selected: select the text to analyse first.',
  };

  function noArticle(status) {
    clearPaint();
    state.root = null; state.map = null; state.result = null; state.article = null;
    state.status = status;
    state.message = MESSAGES[status];
    observe();
    return { ok: false, status: state.status, message: state.message };
  }

  async function run(reason) {
    const seq = ++state.runSeq;
    const t0 = performance.now();
    let found;
    if (state.scope === 'selection') found = reason === 'mutation' && state.article ? state.article : selectionNodes();
    else if (state.scope === 'page') found = document.body ? { root: document.body, nodes: null, by: 'page' } : null;
    else found = findArticle();
    if (!found) return noArticle(state.scope === 'selection' ? 'no-selection' : 'no-article');
    const root = found.root;
    const tf = performance.now();
    const map = extractText(root, found.nodes);
    const t1 = performance.now();
    // Nothing visible, or next to nothing of what the article holds (a paywall hides the body and
    // leaves a teaser line): say so rather than report "on" with nothing found
    const visible = map.text.replace(/\s+/g, '').length;
    if (!visible || (found.chars && visible < MIN_ARTICLE_CHARS && visible < 0.25 * found.chars)) return noArticle('empty');
    if (reason === 'mutation' && state.map && map.text === state.map.text && root === state.root) {
      return { ok: true, status: state.status, unchanged: true };
    }
    let resp;
    try {
      resp = await api.runtime.sendMessage({ type: 'newsmark:extract', text: map.text });
    } catch (e) {
      resp = { error: String(e?.message || e) };
    }
    if (seq !== state.runSeq || !state.active) return { ok: false, status: 'superseded' };
    const t2 = performance.now();
    if (!resp || resp.error || !resp.result || resp.result.error) {
      clearPaint();
      state.status = 'error';
      state.message = `The engine failed: ${resp?.error || resp?.result?.error || 'no answer'}`;
      console.warn('newsmark:', state.message);
      return { ok: false, status: state.status, message: state.message };
    }
    state.root = root; state.map = map; state.result = resp.result; state.article = found;
    if (!supportsHighlights) {
      state.status = 'unsupported';
      state.message = 'This browser does not support the CSS Custom Highlight API, so newsmark cannot mark the page; the panel still lists what it found.';
    } else {
      paint(resp.result, map);
      state.status = 'on';
      state.message = '';
    }
    const t3 = performance.now();
    state.timings = {
      foundBy: found.by, findMs: +(tf - t0).toFixed(2), extractMs: +(t1 - tf).toFixed(2), engineRoundTripMs: +(t2 - t1).toFixed(2),
      engineMs: resp.ms ?? null, engineLoadMs: resp.loadMs ?? null, engineWarmMs: resp.warmMs ?? null, engineWaitMs: resp.waitedMs ?? null,
      paintMs: +(t3 - t2).toFixed(2),
      totalMs: +(t3 - t0).toFixed(2), chars: map.text.length, paintedAt: performance.timeOrigin + t3,
    };
    observe();
    return { ok: true, status: state.status, timings: state.timings };
  }

  // Debounced, scoped observer: watches the article root (subtree) and its parent (root replaced);
  // with no article yet, the body. Mutation callbacks only (re)arm a timer.
  function observe() {
    state.observer?.disconnect();
    if (!state.active) return;
    const obs = new MutationObserver((records) => {
      for (const rec of records) {
        if (rec.type === 'characterData' || rec.addedNodes.length || rec.removedNodes.length) { schedule(); return; }
      }
    });
    if (state.root && state.root.isConnected) {
      obs.observe(state.root, { childList: true, subtree: true, characterData: true });
      if (state.root.parentNode) obs.observe(state.root.parentNode, { childList: true });
    } else if (document.body) {
      obs.observe(document.body, { childList: true, subtree: true, characterData: true });
    }
    state.observer = obs;
  }

  function schedule() {
    clearTimeout(state.debounce);
    state.debounce = setTimeout(() => { if (state.active) run('mutation'); }, 400);
  }

  function onNavigate() { if (state.active) schedule(); }

  // ---------------------------------------------------------------- speaker tooltip

  let tipHost = null;
  let tipBox = null;
  let tipFor = null;
  let rafPending = false;
  let lastPointer = null;

  function ensureTip() {
    if (tipHost?.isConnected) return;
    tipHost = document.createElement('newsmark-tip');
    const shadow = tipHost.attachShadow({ mode: 'closed' });
    tipBox = document.createElement('div');
    try {
      const sheet = new CSSStyleSheet();
      sheet.replaceSync(`:host{all:initial;position:fixed;z-index:2147483647;pointer-events:none;display:none}
        :host([data-open]){display:block}
        div{font:13px/1.35 system-ui,sans-serif;background:#1f2430;color:#fff;padding:4px 8px;border-radius:4px;
          max-width:320px;box-shadow:0 2px 8px rgba(0,0,0,.3)}`);
      shadow.adoptedStyleSheets = [sheet];
    } catch {
      // no constructable stylesheets here: style through the CSSOM (allowed under any page CSP)
      Object.assign(tipHost.style, { position: 'fixed', zIndex: '2147483647', pointerEvents: 'none', display: 'none' });
      Object.assign(tipBox.style, { font: '13px/1.35 system-ui,sans-serif', background: '#1f2430', color: '#fff', padding: '4px 8px', borderRadius: '4px', maxWidth: '320px' });
      tipHost.fallbackStyle = true;
    }
    tipBox.setAttribute('role', 'tooltip');
    shadow.append(tipBox);
    document.documentElement.append(tipHost); // outside <body>: body.textContent stays untouched
  }

  function showTip(entry, x, y) {
    if (!state.categories[entry.source ? 'sources' : 'quotes']) return;
    ensureTip();
    if (tipFor !== entry.quote) {
      tipBox.textContent = entry.tip;
      tipFor = entry.quote;
    }
    tipHost.style.left = `${Math.max(4, Math.min(x + 12, innerWidth - 330))}px`;
    tipHost.style.top = `${Math.max(4, y + 16)}px`;
    openTip();
  }

  function openTip() {
    tipHost.toggleAttribute('data-open', true);
    if (tipHost.fallbackStyle) tipHost.style.display = 'block';
  }

  // a short notice (shortcut activation has no panel to show why nothing was highlighted)
  let toastTimer = 0;
  function toast(message) {
    ensureTip();
    tipBox.textContent = `newsmark: ${message}`;
    tipFor = null;
    tipHost.style.left = `${Math.max(4, innerWidth - 340)}px`;
    tipHost.style.top = '12px';
    openTip();
    clearTimeout(toastTimer);
    toastTimer = setTimeout(hideTip, 5000);
  }

  function hideTip() {
    if (tipHost) {
      tipHost.toggleAttribute('data-open', false);
      if (tipHost.fallbackStyle) tipHost.style.display = 'none';
    }
    tipFor = null;
  }

  function quoteAtPoint(x, y) {
    for (const e of state.quoteRanges) {
      for (const r of e.range.getClientRects()) {
        if (x >= r.left && x <= r.right && y >= r.top && y <= r.bottom) return e;
      }
    }
    return null;
  }

  function onPointerMove(ev) {
    lastPointer = ev;
    if (rafPending) return;
    rafPending = true;
    requestAnimationFrame(() => {
      rafPending = false;
      const { clientX: x, clientY: y } = lastPointer;
      const e = quoteAtPoint(x, y);
      if (e) showTip(e, x, y); else hideTip();
    });
  }

  function quoteContainingNode(node) {
    for (const e of state.quoteRanges) {
      try { if (e.range.intersectsNode(node)) return e; } catch { /* detached */ }
    }
    return null;
  }

  function onFocusIn(ev) {
    const e = ev.target instanceof Node ? quoteContainingNode(ev.target) : null;
    if (!e) { hideTip(); return; }
    const rect = ev.target.getBoundingClientRect();
    showTip(e, rect.left, rect.bottom - 8);
  }

  function onSelectionChange() {
    const sel = document.getSelection();
    if (!sel || !sel.rangeCount || !sel.isCollapsed) return;
    const n = sel.anchorNode;
    const e = state.quoteRanges.find((q) => { try { return q.range.isPointInRange(n, sel.anchorOffset); } catch { return false; } });
    if (e) {
      const rect = sel.getRangeAt(0).getBoundingClientRect();
      showTip(e, rect.left, rect.bottom - 8);
    }
  }

  // ---------------------------------------------------------------- reveal (panel click)

  let flashTimer = 0;
  function reveal(id) {
    const ranges = state.itemRanges.get(id);
    if (!ranges?.length) return false;
    const rect = ranges[0].getBoundingClientRect();
    window.scrollBy({ top: rect.top - innerHeight / 3, behavior: 'instant' });
    if (supportsHighlights) {
      const hl = new Highlight(...ranges);
      hl.priority = PRIORITY.flash;
      CSS.highlights.set(HL.flash, hl);
      clearTimeout(flashTimer);
      flashTimer = setTimeout(() => CSS.highlights.delete(HL.flash), 1600);
    }
    return true;
  }

  // ---------------------------------------------------------------- on / off

  // categories: the user's category toggles, sent along by the background (a storage read here
  // would cost the first activation a round trip); read from storage when missing
  async function activate(scope, categories) {
    if (scope === 'article' || scope === 'selection' || scope === 'page') state.scope = scope;
    if (!state.active) {
      state.active = true;
      try {
        const stored = categories ? { categories } : await api.storage.local.get('categories');
        if (stored?.categories) Object.assign(state.categories, stored.categories);
      } catch { /* storage unavailable: defaults */ }
      document.addEventListener('pointermove', onPointerMove, { passive: true });
      document.addEventListener('focusin', onFocusIn);
      document.addEventListener('selectionchange', onSelectionChange);
      globalThis.navigation?.addEventListener('navigatesuccess', onNavigate);
      addEventListener('popstate', onNavigate);
    }
    return run('activate');
  }

  function deactivate() {
    state.active = false;
    state.runSeq++;
    clearTimeout(state.debounce);
    state.observer?.disconnect();
    state.observer = null;
    document.removeEventListener('pointermove', onPointerMove);
    document.removeEventListener('focusin', onFocusIn);
    document.removeEventListener('selectionchange', onSelectionChange);
    globalThis.navigation?.removeEventListener('navigatesuccess', onNavigate);
    removeEventListener('popstate', onNavigate);
    clearPaint();
    tipHost?.remove();
    tipHost = null;
    state.result = null; state.map = null; state.root = null; state.article = null;
    state.scope = 'article';
    state.status = 'off';
    return { ok: true, status: 'off' };
  }

  // wall clock (ms since the epoch, comparable across the page and the worker) for the timings
  const wallNow = () => performance.timeOrigin + performance.now();

  api.runtime.onMessage.addListener((msg, sender, sendResponse) => {
    const received = wallNow();
    if (sender.id !== api.runtime.id || !msg || typeof msg.type !== 'string') return undefined;
    let p;
    switch (msg.type) {
      case 'newsmark:ping': sendResponse({ ok: true, active: state.active }); return undefined;
      case 'newsmark:activate': p = activate(msg.scope, msg.categories); break;
      case 'newsmark:toggle':
        p = state.active ? Promise.resolve(deactivate()) : activate(undefined, msg.categories).then((r) => {
          if (r.status !== 'on' && state.message) toast(state.message);
          return r;
        });
        break;
      case 'newsmark:deactivate': sendResponse(deactivate()); return undefined;
      case 'newsmark:summary': sendResponse(buildSummary()); return undefined;
      case 'newsmark:reveal': sendResponse({ ok: reveal(String(msg.id)) }); return undefined;
      case 'newsmark:categories':
        for (const k of ['actors', 'quotes', 'sources']) if (typeof msg.categories?.[k] === 'boolean') state.categories[k] = msg.categories[k];
        applyCategories();
        if (!state.categories.quotes) hideTip();
        sendResponse({ ok: true, categories: { ...state.categories } });
        return undefined;
      case 'newsmark:text': sendResponse({ text: state.map?.text ?? null }); return undefined;
      default: return undefined;
    }
    p.then((r) => sendResponse({ ...r, summary: buildSummary(), received, answered: wallNow() }),
      (e) => sendResponse({ ok: false, status: 'error', message: String(e?.message || e) }));
    return true;
  });

  // (isolated world: the page never sees this object)
  globalThis.__newsmark = { activate, deactivate, internals: { findArticle, findArticleRoot, readabilityArticle, extractText, spanToRanges } };
})();
