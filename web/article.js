// newsmark: finding the article in a page. Shared by the extension's content script (build.mjs
// bundles Readability.js + this file + content.js into one classic script) and the paste-in page
// (opened .html files, in an inert DOMParser document), so both draw the same boundary.
//
// Mozilla Readability (@mozilla/readability, Apache-2.0; a global `Readability` loaded before this
// file) runs on a clone of the document, never on the document itself. Right after cloning, the
// clone's text nodes are in the same tree order as the originals, so one parallel walk maps each
// clone text node to its twin; Readability moves text nodes around in the clone but keeps them (a
// few it re-creates: those are matched by their text, in order). Its article element, returned as
// an element by the serializer option, then names the set of original text nodes that make up the
// article: { root, nodes, chars, linkChars, title, byline }. Lead paragraphs that sites set apart
// in the article's header (Readability drops headers) and the headline inside the article's element
// are added. When Readability finds too little, the page's own markup (<article>, <main>,
// itemprop=articleBody) and a paragraph vote decide (findArticleRoot).
(() => {
  'use strict';
  if (globalThis.newsmarkArticle) return;

  const SKIP_TAGS = new Set([
    'SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'IFRAME', 'SVG', 'CANVAS', 'BUTTON', 'INPUT',
    'SELECT', 'TEXTAREA', 'OPTION', 'NAV', 'ASIDE', 'FORM', 'OBJECT', 'EMBED', 'VIDEO', 'AUDIO',
    'DIALOG', 'MENU', 'FOOTER', 'HEAD', 'TITLE', 'META', 'LINK', 'MATH', 'SEARCH',
  ]);
  const SKIP_ROLES = new Set([
    'navigation', 'complementary', 'contentinfo', 'dialog', 'alertdialog', 'search', 'menu',
    'menubar', 'toolbar', 'banner', 'alert', 'tablist',
  ]);
  // class/id tokens (or their -/_ separated parts) that mark page furniture
  const CLUTTER_PART = new Set([
    'comment', 'comments', 'kommentar', 'kommentare', 'related', 'recommended', 'recommendations',
    'empfehlungen', 'teaser', 'teasers', 'share', 'sharing', 'social', 'cookie', 'cookies',
    'consent', 'gdpr', 'cmp', 'banner', 'promo', 'ad', 'ads', 'advert', 'advertisement', 'anzeige',
    'sponsored', 'newsletter', 'subscribe', 'sidebar', 'breadcrumb', 'breadcrumbs', 'nav',
    'navigation', 'menu', 'footer', 'outbrain', 'taboola', 'widget', 'popup', 'modal', 'toolbar',
    'masthead', 'skiplink', 'disqus', 'readmore', 'more-stories',
  ]);

  // Words that also mark an ancestor when they are only part of a class name ("article-comments");
  // the other words count on ancestors only as a whole token, so a layout wrapper such as
  // "page-has-sidebar" does not hide the article inside it.
  const STRONG_PART = new Set([
    'comment', 'comments', 'kommentar', 'kommentare', 'related', 'recommended', 'teaser', 'teasers',
    'cookie', 'cookies', 'consent', 'gdpr', 'ad', 'ads', 'advert', 'advertisement', 'anzeige',
    'sponsored', 'newsletter', 'share', 'sharing', 'social', 'promo', 'outbrain', 'taboola', 'disqus',
  ]);

  // class/id phrases of boxes around an article (German and English news sites): further reading,
  // picture credits, reader forums
  const CLUTTER_PHRASE = /lesen-?sie-?auch|mehr-?zum-?thema|weitere-?artikel|leserkommentar|bildrechte|bildnachweis|bildquelle|fotonachweis|(photo|image|picture)-?credit|(^|[\s_-])(credits?|copyright|postings?)([\s_-]|$)/;

  // ancestor: true when el is an ancestor of the candidate (looser match, see STRONG_PART)
  function isClutter(el, ancestor = false) {
    if (el.namespaceURI !== 'http://www.w3.org/1999/xhtml') return true; // svg, math
    if (SKIP_TAGS.has(el.tagName)) return true;
    const role = el.getAttribute('role');
    if (role && SKIP_ROLES.has(role)) return true;
    if (el.getAttribute('aria-hidden') === 'true' || el.hidden) return true;
    const names = `${el.id} ${el.getAttribute('class') || ''}`.toLowerCase();
    if (names.trim()) {
      if (CLUTTER_PHRASE.test(names)) return true;
      for (const tok of names.split(/\s+/)) {
        if (!tok) continue;
        if (CLUTTER_PART.has(tok)) return true;
        const parts = tok.split(/[-_]+/);
        if (parts.length < 2) continue;
        for (const part of parts) if ((ancestor ? STRONG_PART : CLUTTER_PART).has(part)) return true;
      }
    }
    return false;
  }

  const NON_CONTENT_TAGS = new Set([
    'SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'IFRAME', 'SVG', 'CANVAS', 'BUTTON', 'INPUT',
    'SELECT', 'TEXTAREA', 'OPTION', 'OBJECT', 'EMBED', 'VIDEO', 'AUDIO', 'HEAD', 'TITLE', 'META',
    'LINK', 'MATH', 'DIALOG',
  ]);
  function isNonContent(el) {
    return el.namespaceURI !== 'http://www.w3.org/1999/xhtml' || NON_CONTENT_TAGS.has(el.tagName)
      || el.getAttribute('aria-hidden') === 'true' || el.hidden;
  }

  function isHidden(el) {
    // an inert document (DOMParser, the page's opened files) has no styles to compute
    if (!el.ownerDocument.defaultView) return el.hidden || /(display\s*:\s*none|visibility\s*:\s*hidden)/i.test(el.getAttribute('style') || '');
    const cs = getComputedStyle(el);
    return cs.display === 'none' || cs.visibility === 'hidden' || cs.visibility === 'collapse';
  }

  function insideClutter(el, stop) {
    for (let e = el; e && e !== stop && e !== el.ownerDocument.body; e = e.parentElement) {
      if (isClutter(e, e !== el)) return true;
    }
    return false;
  }

  // Text of the <p>-like blocks directly under a candidate, clutter excluded (cheap estimate).
  function paragraphScore(root) {
    let n = 0;
    for (const p of root.querySelectorAll('p, h1, h2, h3, li, blockquote')) {
      if (p.tagName === 'LI' && p.querySelector('p')) continue;
      if (insideClutter(p, root)) continue;
      const len = p.textContent.trim().length;
      if (len < 25 && p.tagName !== 'H1') continue;
      const linkLen = [...p.querySelectorAll('a')].reduce((s, a) => s + a.textContent.length, 0);
      if (linkLen > 0.6 * len) continue; // link lists
      n += len;
    }
    return n;
  }

  // ---------------------------------------------------------------- Readability (see the top)

  const MIN_ARTICLE_CHARS = 250; // non-space characters below which a candidate is not an article

  function readabilityArticle(document = globalThis.document) {
    if (typeof Readability !== 'function' || !document.body) return null;
    const clone = document.cloneNode(true);
    const live = [];
    const liveOf = new Map();
    const wl = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    const wc = clone.createTreeWalker(clone.body, NodeFilter.SHOW_TEXT);
    for (let a = wl.nextNode(), b = wc.nextNode(); a && b; a = wl.nextNode(), b = wc.nextNode()) {
      liveOf.set(b, a);
      live.push(a);
    }
    let article;
    try {
      article = new Readability(clone, { serializer: (el) => el }).parse();
    } catch (e) {
      console.warn('newsmark: Readability failed:', e?.message || e);
      return null;
    }
    const content = article?.content;
    if (!content || typeof content !== 'object') return null;
    const index = new Map(live.map((n, i) => [n, i]));
    const nodes = new Set();
    let cursor = 0; // live index after the last match: re-created nodes are looked up from there
    const wa = clone.createTreeWalker(content, NodeFilter.SHOW_TEXT);
    for (let n = wa.nextNode(); n; n = wa.nextNode()) {
      let twin = liveOf.get(n);
      if (!twin && n.data.trim()) {
        for (let i = cursor; i < live.length && i < cursor + 2000; i++) {
          if (live[i].data === n.data) { twin = live[i]; break; }
        }
      }
      if (!twin) continue;
      nodes.add(twin);
      cursor = Math.max(cursor, index.get(twin) + 1);
    }
    if (!nodes.size) return null;
    const ordered = [...nodes].sort((a, b) => index.get(a) - index.get(b));
    const span = document.createRange();
    span.setStartBefore(ordered[0]);
    span.setEndAfter(ordered[ordered.length - 1]);
    let root = span.commonAncestorContainer;
    if (root.nodeType !== 1) root = root.parentElement;
    if (root === document.documentElement) root = document.body;
    root = addLead(root, nodes, document);
    // Readability leaves the headline out of its article when it repeats the page title; a
    // headline inside the article's element is part of what the reader sees as the article
    const title = (article.title || '').replace(/\s+/g, ' ').trim();
    if (title) {
      for (const h of root.querySelectorAll('h1, h2')) {
        const t = h.textContent.replace(/\s+/g, ' ').trim();
        if (!t || !(t === title || (title.includes(t) && t.length > 0.75 * title.length) || (t.includes(title) && title.length > 0.75 * t.length))) continue;
        const w = document.createTreeWalker(h, NodeFilter.SHOW_TEXT);
        for (let n = w.nextNode(); n; n = w.nextNode()) nodes.add(n);
        break;
      }
    }
    let chars = 0;
    let linkChars = 0;
    for (const n of nodes) {
      const k = n.data.replace(/\s+/g, '').length;
      chars += k;
      if (n.parentElement?.closest('a')) linkChars += k;
    }
    return { root, nodes, chars, linkChars, title: article.title || '', byline: article.byline || '' };
  }

  // Lead paragraphs: sites set the lead apart from the body, in the article's header beside the
  // body's element, where Readability (which drops headers) loses it. A block before the article,
  // at most three levels up, whose class or id names a lead, with 60 characters or more of text
  // that is not mostly links, is added. Returns the (possibly wider) root.
  const LEAD_NAME = /(^|[\s_-])(lead|lede|leadtext|intro|standfirst|summary|dek|vorspann|abstract|excerpt|subline)([\s_-]|$)/i;
  function addLead(root, nodes, document) {
    let scope = root;
    for (let i = 0; i < 3 && scope.parentElement && scope !== document.body; i++) scope = scope.parentElement;
    let out = root;
    for (const el of scope.querySelectorAll('p, div')) {
      if (el.contains(root) || !(el.compareDocumentPosition(root) & Node.DOCUMENT_POSITION_FOLLOWING)) continue;
      if (!LEAD_NAME.test(`${el.id} ${el.getAttribute('class') || ''}`)) continue;
      const text = el.textContent.replace(/\s+/g, ' ').trim();
      if (text.length < 60 || isHidden(el) || insideClutter(el, scope)) continue;
      const links = [...el.querySelectorAll('a')].reduce((n, a) => n + a.textContent.length, 0);
      if (links > 0.3 * text.length || el.querySelector('p, div, ul, ol, h1, h2, h3')) continue;
      const w = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
      for (let n = w.nextNode(); n; n = w.nextNode()) nodes.add(n);
      out = commonAncestor(out, el);
    }
    return out;
  }

  // The article: Readability's choice when it holds enough text that is not mostly links; else the
  // page's own markup and a paragraph vote (findArticleRoot). null when neither finds one.
  function findArticle(document = globalThis.document) {
    const r = readabilityArticle(document);
    if (r && r.chars >= MIN_ARTICLE_CHARS && r.linkChars < 0.5 * r.chars) return { ...r, by: 'readability' };
    const root = findArticleRoot(document);
    return root ? { root, nodes: null, by: 'markup' } : null;
  }

  function findArticleRoot(document = globalThis.document) {
    const body = document.body;
    if (!body) return null;
    // 1. semantic markup
    let best = null;
    let bestScore = 0;
    for (const el of body.querySelectorAll('[itemprop="articleBody"], article, main, [role="main"]')) {
      if (insideClutter(el, null) || isHidden(el)) continue;
      let s = paragraphScore(el);
      // <main> usually also holds the page's side columns: prefer an <article> inside it
      if (el.tagName === 'MAIN' || el.getAttribute('role') === 'main') s *= 0.6;
      if (s > bestScore) { best = el; bestScore = s; }
    }
    if (best && bestScore >= 250) return best;
    // 2. text-density heuristic (readability-style): paragraphs vote for their parent / grandparent
    const scores = new Map();
    for (const p of body.querySelectorAll('p, pre, td, blockquote, div')) {
      if (p.tagName === 'DIV' && p.querySelector('p, div, article, section')) continue; // only leafy divs
      const text = p.textContent.trim();
      if (text.length < 40) continue;
      if (insideClutter(p, null)) continue;
      const linkLen = [...p.querySelectorAll('a')].reduce((s, a) => s + a.textContent.length, 0);
      const density = linkLen / text.length;
      if (density > 0.5) continue;
      const vote = (1 + (text.match(/[,;]/g) || []).length + Math.min(text.length / 100, 3)) * (1 - density);
      const parent = p.parentElement;
      if (parent) scores.set(parent, (scores.get(parent) || 0) + vote);
      const grand = parent?.parentElement;
      if (grand && grand !== document.documentElement) scores.set(grand, (scores.get(grand) || 0) + vote / 2);
    }
    let cand = null;
    let candScore = 0;
    for (const [el, s] of scores) if (s > candScore) { cand = el; candScore = s; }
    if (cand && candScore >= 3 && paragraphScore(cand) >= 250) return cand;
    return null;
  }

  function commonAncestor(a, b) {
    const r = a.ownerDocument.createRange();
    if (a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_PRECEDING) [a, b] = [b, a];
    r.setStartBefore(a); r.setEndAfter(b);
    const c = r.commonAncestorContainer;
    return c.nodeType === 1 ? c : c.parentElement;
  }

  globalThis.newsmarkArticle = {
    SKIP_TAGS, MIN_ARTICLE_CHARS, isClutter, isNonContent, isHidden, insideClutter, commonAncestor, findArticle, findArticleRoot, readabilityArticle,
  };
})();
