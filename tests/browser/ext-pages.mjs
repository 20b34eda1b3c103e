// News-style test pages for the extension tests, built at test time from the seed article and
// ../shared/corpora when present (never copied into the repository), otherwise from short texts
// carried here. Each page has realistic clutter (navigation, ads, cookie banner, comments with
// quote-like text, related-links boxes) and knows exactly which text the extension should hand
// to the engine (`expectedText`: the article's blocks joined by "\n").
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

export const SHARED = process.env.NEWSMARK_SHARED || join(import.meta.dirname, '..', '..', '..', 'shared');

const esc = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const norm = (s) => s.replace(/\s+/g, ' ').trim();

// --- small CSV reader (RFC 4180 style, configurable separator and quote character)
export function parseCsv(text, sep = ',', quote = '"') {
  const rows = [];
  let row = [];
  let field = '';
  let inQ = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (inQ) {
      if (c === quote) {
        if (text[i + 1] === quote) { field += quote; i++; } else inQ = false;
      } else field += c;
    } else if (c === quote && field === '') inQ = true;
    else if (c === sep) { row.push(field); field = ''; }
    else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i++;
      row.push(field); field = ''; rows.push(row); row = [];
    } else field += c;
  }
  if (field || row.length) { row.push(field); rows.push(row); }
  return rows;
}

// --- carried fallback texts (written for these tests)
const CARRIED_EN = [
  'City council approves new tram line after long debate',
  'The city council on Tuesday approved a new tram line linking the harbour district with the university, ending a dispute that had lasted nearly three years.',
  '"This is a good day for everyone who takes the bus at seven in the morning," said Mayor Helen Ward after the vote. She added that construction would begin next spring.',
  'According to the transport authority, the line will carry about 40,000 passengers a day. Opponents said the money would have been better spent on repairing roads.',
  'Council member Paul Osei, who voted against the plan, told reporters that the cost estimate was "wildly optimistic" and warned of delays.',
  'A spokesman for the regional government said the state would cover a third of the costs, officials said on condition of anonymity that the final agreement was still being negotiated.',
  'The first trams are expected to run in 2029. (AP)',
];
const CARRIED_DE = [
  'Stadtrat beschließt neue Straßenbahnlinie',
  'Der Stadtrat hat am Dienstag eine neue Straßenbahnlinie zwischen Hafen und Universität beschlossen. Damit endet ein Streit, der fast drei Jahre gedauert hatte.',
  '"Das ist ein guter Tag für alle, die morgens um sieben auf den Bus warten", sagte Bürgermeisterin Helene Wart nach der Abstimmung. Der Bau solle im Frühjahr beginnen, fügte sie hinzu.',
  'Laut den Verkehrsbetrieben wird die Linie täglich rund 40.000 Fahrgäste befördern. Kritiker erklärten, das Geld wäre besser in die Sanierung von Straßen geflossen.',
  'Stadtrat Paul Osei, der gegen den Plan stimmte, sagte, die Kostenschätzung sei "völlig unrealistisch". (dpa)',
];

function seedLines() {
  const p = join(SHARED, 'fixtures', 'seed-de.txt');
  if (!existsSync(p)) return null;
  return readFileSync(p, 'utf8').split('\n').filter((l) => l.trim());
}

function wikinewsRows() {
  const dir = join(SHARED, 'corpora', 'en-wikinews');
  if (!existsSync(dir)) return null;
  const out = [];
  for (const f of readdirSync(dir).filter((f) => f.endsWith('.csv')).sort()) {
    const rows = parseCsv(readFileSync(join(dir, f), 'utf8'));
    const head = rows.shift();
    const ti = head.indexOf('title'); const xi = head.indexOf('text');
    for (const r of rows) if (r[xi]) out.push({ title: r[ti], text: r[xi] });
  }
  return out;
}

function bbcArticle(rel) {
  const p = join(SHARED, 'corpora', 'en-bbc', rel);
  if (!existsSync(p)) return null;
  const lines = readFileSync(p, 'latin1').split(/\n+/).map(norm).filter(Boolean);
  return { title: lines[0], paras: lines.slice(1) };
}

function gnadArticle() {
  const p = join(SHARED, 'corpora', 'de-10kgnad', 'test.csv');
  if (!existsSync(p)) return null;
  const rows = parseCsv(readFileSync(p, 'utf8'), ';', "'");
  for (const r of rows) {
    const t = r[1] || '';
    if (t.length > 1500 && t.length < 4000 && /[„"].{10,200}[“"]/.test(t) && /sagte|erklärte|so /.test(t)) return t;
  }
  return null;
}

// split a long paragraph-less text into paragraphs of ~3 sentences
function paragraphs(text) {
  const byLine = text.split(/\n+/).map(norm).filter(Boolean);
  if (byLine.length > 2) return byLine;
  const sentences = norm(text).match(/[^.!?]+[.!?]+["“”]?\s*|[^.!?]+$/g) || [norm(text)];
  const out = [];
  for (let i = 0; i < sentences.length; i += 3) out.push(norm(sentences.slice(i, i + 3).join('')));
  return out.filter(Boolean);
}

// Escape a paragraph and put inline markup into it: links inside quotations, <em>, split words.
function inlineHtml(p, i) {
  let h = esc(p);
  // wrap a word in the middle of each quotation ("..." or „...“) in a link
  h = h.replace(/(&quot;|„|“)([^&„“”]{12,300}?)(&quot;|“|”)/g, (m, a, body, b) => {
    const words = body.split(' ');
    if (words.length < 3) return m;
    const k = Math.floor(words.length / 2);
    words[k] = `<a href="/topic/${i}">${words[k]}</a>`;
    return a + words.join(' ') + b;
  });
  if (i % 2 === 0) h = h.replace(/\b([A-ZÄÖÜ][a-zäöüß]{5,})\b/, '<em>$1</em>');
  if (i % 3 === 1) h = h.replace(/\b([a-zäöüß]{4})([a-zäöüß]{4,})\b/, '$1<span class="hy">$2</span>');
  return h;
}

const CLUTTER = {
  nav: (lang) => `<header class="site-header"><div class="logo">Daily ${lang === 'de' ? 'Zeitung' : 'Courier'}</div>
<nav class="main-nav"><ul><li><a href="/politik">${lang === 'de' ? 'Politik' : 'Politics'}</a></li><li><a href="/wirtschaft">${lang === 'de' ? 'Wirtschaft' : 'Business'}</a></li><li><a href="/sport">Sport</a></li><li><a href="/kultur">${lang === 'de' ? 'Kultur' : 'Culture'}</a></li></ul></nav></header>`,
  cookie: (lang) => lang === 'de'
    ? '<div id="cookie-consent" class="cmp-banner"><p>Wir verwenden Cookies. "Ihre Daten sind bei uns sicher", sagte unser Datenschutzbeauftragter laut einer Mitteilung.</p><button>Akzeptieren</button></div>'
    : '<div id="cookie-consent" class="cmp-banner"><p>We use cookies. "Your data is safe with us," said our privacy officer, according to a statement.</p><button>Accept all</button></div>',
  ad: (lang) => `<div class="ad-slot"><span>${lang === 'de' ? 'Anzeige' : 'Advertisement'}</span><p>${lang === 'de' ? '"Jetzt sparen!", sagte der Verkäufer laut Werbung.' : '"Save now!", the salesman said, according to the advert.'}</p></div>`,
  related: (lang) => `<aside class="related"><h3>${lang === 'de' ? 'Mehr zum Thema' : 'Related stories'}</h3><ul>
<li><a href="/a1">${lang === 'de' ? 'Minister sagte, die Lage sei ernst' : 'Minister said the situation was serious'}</a></li>
<li><a href="/a2">${lang === 'de' ? '"Wir bleiben hart", erklärte die Kanzlerin' : '"We will not give in," the prime minister said'}</a></li></ul></aside>`,
  comments: (lang) => `<section id="comments" class="comments"><h3>${lang === 'de' ? 'Kommentare' : 'Comments'} (2)</h3>
<div class="comment"><b>reader_42</b><p>${lang === 'de' ? '"Das ist alles Propaganda", schrieb mein Nachbar. Laut meinem Onkel stimmt nichts davon.' : '"This is all propaganda," my neighbour said. According to my uncle none of it is true.'}</p></div>
<div class="comment"><b>anna</b><p>${lang === 'de' ? 'Der Minister sagte gestern, er werde zurücktreten.' : 'The minister said yesterday that he would resign.'}</p></div></section>`,
  share: () => '<div class="share-tools"><a href="/share/fb">Facebook</a> <a href="/share/x">X</a> <a href="/share/mail">E-Mail</a></div>',
  footer: (lang) => `<footer class="site-footer"><p>© Daily ${lang === 'de' ? 'Zeitung' : 'Courier'}. ${lang === 'de' ? '"So arbeitet die Redaktion" informiert Sie, woher unsere Inhalte stammen.' : '"How we work" tells you where our reporting comes from, officials said.'}</p></footer>`,
};

function doc(title, body, { css = true, scripts = [] } = {}) {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${esc(title)}</title>
${css ? '<link rel="stylesheet" href="/site.css">' : ''}${scripts.map((s) => `<script src="${s}"></script>`).join('')}</head>
<body>${body}</body></html>`;
}

// blocks: [{ tag, text }] -> html (with inline markup) and the text the extension should produce
function articleBlocks(blocks, { adAfter = 2, lang = 'en', share = true } = {}) {
  let html = '';
  blocks.forEach((b, i) => {
    html += `<${b.tag}>${b.tag === 'p' ? inlineHtml(b.text, i) : esc(b.text)}</${b.tag}>\n`;
    if (i === adAfter) html += CLUTTER.ad(lang);
    if (share && i === 0) html += CLUTTER.share();
  });
  return { html, text: blocks.map((b) => norm(b.text)).join('\n') };
}

export const SITE_CSS = `body{font:17px/1.55 Georgia,serif;margin:0;background:#fafafa;color:#222}
.site-header{background:#123;color:#fff;padding:8px 16px}.site-header a{color:#cde}.main-nav ul{display:flex;gap:16px;list-style:none;margin:0;padding:0}
.wrap{display:flex;gap:24px;max-width:1100px;margin:0 auto;padding:16px}.story,article{flex:1;max-width:680px}
aside,.sidebar{width:260px;font-size:14px}.ad-slot{background:#eee;border:1px dashed #999;padding:8px;font:12px sans-serif}
#cookie-consent{position:fixed;bottom:0;left:0;right:0;background:#fffbe6;border-top:1px solid #cb0;padding:8px 16px;font:14px sans-serif}
.comments{border-top:2px solid #ccc;margin-top:24px;font-size:14px}.paywalled{display:none}.site-footer{padding:16px;color:#666;font-size:13px}`;

export function buildPages() {
  const pages = {};
  const skipped = [];

  // 1. the seed article: <article>, headline outside it, every clutter kind, links and <em> inside quotes
  {
    let lines = seedLines();
    let expectFile = join(SHARED, 'fixtures', 'seed-de.expected.json');
    if (!lines) { skipped.push('seed article (../shared/fixtures missing): using a carried German text'); lines = CARRIED_DE; expectFile = null; }
    // the seed's last line is a page-footer link in the original: it goes into the footer here
    const footerLine = lines.length > 3 && lines[lines.length - 1].startsWith('"So arbeitet') ? lines.pop() : null;
    const blocks = lines.map((t) => ({ tag: t.length < 60 && !/[.!?)]$/.test(t) ? 'h2' : 'p', text: t }));
    const a = articleBlocks(blocks, { lang: 'de', adAfter: 3 });
    const body = `${CLUTTER.nav('de')}${CLUTTER.cookie('de')}<div class="page-title"><h1>Nordkorea und Russland rücken enger zusammen</h1></div>
<div class="wrap page-has-sidebar"><article id="story">${a.html}</article>${CLUTTER.related('de')}</div>${CLUTTER.comments('de')}
<footer class="site-footer"><p><a href="/redaktion">${esc(footerLine || '"So arbeitet die Redaktion" informiert Sie.')}</a></p></footer>`;
    pages['/seed.html'] = {
      name: 'seed-de', html: doc('Seed', body), article: '#story', expectedText: a.text,
      expected: expectFile && existsSync(expectFile) ? JSON.parse(readFileSync(expectFile, 'utf8')) : null,
    };
  }

  // 2. a Wikinews article inside <main> with a sidebar, related links and comments
  const wiki = wikinewsRows();
  let wikiShort = null;
  let wikiLong = null;
  if (wiki) {
    const words = (t) => t.split(/\s+/).length;
    wikiShort = wiki.find((r) => words(r.text) > 350 && words(r.text) < 900 && /"[^"]{10,200}"/.test(r.text) && /\bsaid\b/.test(r.text));
    wikiLong = wiki.filter((r) => words(r.text) >= 1900 && words(r.text) <= 2600).sort((x, y) => Math.abs(words(x.text) - 2000) - Math.abs(words(y.text) - 2000))[0];
  } else skipped.push('en-wikinews corpus missing: pages "wikinews" and "long" use carried texts');
  {
    const title = wikiShort?.title || CARRIED_EN[0];
    const paras = wikiShort ? paragraphs(wikiShort.text) : CARRIED_EN.slice(1);
    const a = articleBlocks([{ tag: 'h1', text: title }, ...paras.map((t) => ({ tag: 'p', text: t }))]);
    const body = `${CLUTTER.nav('en')}${CLUTTER.cookie('en')}<main class="wrap"><article id="story">${a.html}</article>
<div class="sidebar">${CLUTTER.related('en')}<div class="newsletter"><p>"Sign up now," said our editor, according to the newsletter team.</p></div></div></main>
<section class="more"><h2>More from the newsroom</h2>${[1, 2, 3].map((i) => `<article class="card"><h3><a href="/c${i}">Story ${i}: officials said the talks would resume</a></h3><p>"We are hopeful," the minister said on Monday, according to a statement released by the ministry in the capital.</p></article>`).join('')}</section>
${CLUTTER.comments('en')}${CLUTTER.footer('en')}`;
    pages['/wikinews.html'] = { name: 'wikinews-en', html: doc(title, body), article: '#story', expectedText: a.text };
  }

  // 3. a BBC article served with a strict CSP (no inline style, no scripts at all)
  {
    const bbc = bbcArticle('politics/001.txt');
    if (!bbc) skipped.push('en-bbc corpus missing: page "strict-csp" uses a carried text');
    const title = bbc?.title || CARRIED_EN[0];
    const paras = bbc?.paras || CARRIED_EN.slice(1);
    const a = articleBlocks([{ tag: 'h1', text: title }, ...paras.map((t) => ({ tag: 'p', text: t }))], { adAfter: 1 });
    const body = `${CLUTTER.nav('en')}<div id="cookie-consent" role="dialog"><p>"We value your privacy," said the site, according to its lawyers.</p></div>
<div class="wrap"><article class="story-body" id="story">${a.html}</article>${CLUTTER.related('en')}</div>${CLUTTER.comments('en')}${CLUTTER.footer('en')}`;
    pages['/strict-csp.html'] = {
      name: 'bbc-strict-csp', html: doc(title, body), article: '#story', expectedText: a.text,
      headers: { 'content-security-policy': "default-src 'none'; style-src 'self'; img-src 'self'; script-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'" },
    };
  }

  // 4. a derStandard article in <div> soup (no <article>/<main>): the text-density heuristic must find it
  {
    const t = gnadArticle();
    if (!t) skipped.push('de-10kgnad corpus missing: page "div-soup" uses a carried German text');
    const paras = t ? paragraphs(t) : CARRIED_DE.slice(1);
    const ps = paras.map((p, i) => `<p>${inlineHtml(p, i)}</p>`).join('\n');
    const body = `<div class="top"><div class="nav-links">${['Inland', 'International', 'Wirtschaft', 'Web', 'Sport', 'Panorama', 'Kultur', 'Wissenschaft'].map((x) => `<a href="/${x}">${x}</a>`).join(' | ')}</div></div>
${CLUTTER.cookie('de')}<div class="c1"><div class="c2"><div class="c3" id="story">${ps}</div>
<div class="c4"><div class="kommentare"><p>"Unglaublich, was hier passiert", schrieb ein Leser, laut dem die Regierung versagt habe.</p></div></div></div>
<div class="c5"><a href="/x">Impressum</a> <a href="/y">Datenschutz</a> <a href="/z">AGB</a></div></div>`;
    pages['/div-soup.html'] = { name: 'gnad-div-soup', html: doc('Artikel', body), article: '#story', expectedText: paras.map(norm).join('\n') };
  }

  // 5. a page that adds its article after load (its own script, CSP script-src 'self')
  {
    const bbc = bbcArticle('politics/002.txt');
    const title = bbc?.title || CARRIED_EN[0];
    const paras = bbc?.paras || CARRIED_EN.slice(1);
    const script = `setTimeout(() => {
  const data = ${JSON.stringify({ title, paras })};
  const art = document.createElement('article'); art.id = 'story';
  const h = document.createElement('h1'); h.textContent = data.title; art.append(h);
  for (const p of data.paras) { const e = document.createElement('p'); e.textContent = p; art.append(e); }
  document.getElementById('slot').replaceWith(art);
  window.__bodyTextAfterInsert = document.body.textContent;
}, 900);`;
    const body = `${CLUTTER.nav('en')}<div class="wrap"><div id="slot"><p>Loading…</p></div>${CLUTTER.related('en')}</div>${CLUTTER.comments('en')}`;
    pages['/late.html'] = {
      name: 'late-article', html: doc(title, body, { scripts: ['/late.js'] }), article: '#story',
      expectedText: [title, ...paras].map(norm).join('\n'), late: true,
      headers: { 'content-security-policy': "default-src 'self'; script-src 'self'" },
    };
    pages['/late.js'] = { type: 'text/javascript; charset=utf-8', html: script };
  }

  // 6. a ~2,000-word article for timing
  {
    const title = wikiLong?.title || 'A long article';
    let paras = wikiLong ? paragraphs(wikiLong.text) : [];
    if (!wikiLong) { while (paras.join(' ').split(/\s+/).length < 2000) paras = paras.concat(CARRIED_EN.slice(1)); }
    const a = articleBlocks([{ tag: 'h1', text: title }, ...paras.map((t) => ({ tag: 'p', text: t }))], { adAfter: 5 });
    const body = `${CLUTTER.nav('en')}${CLUTTER.cookie('en')}<main class="wrap"><article id="story">${a.html}</article><div class="sidebar">${CLUTTER.related('en')}</div></main>${CLUTTER.comments('en')}${CLUTTER.footer('en')}`;
    pages['/long.html'] = { name: 'long-2000-words', html: doc(title, body), article: '#story', expectedText: a.text, words: a.text.split(/\s+/).length };
  }

  // 7. hand-written page: quotes across inline elements, <br>, lists, blockquote, markup-looking text
  {
    const body = `${CLUTTER.nav('en')}<div class="wrap"><article id="story">
<h1>Harbour strike <span>ends</span> after talks</h1>
<p class="lede">The harbour strike ended on Friday. "We got <a href="/deal">most of <em>what</em> we wanted</a>, and the rest will follow," said union leader <a href="/p/maria">Maria Lopez</a>.</p>
<p>Port director Tom Becker said the agreement was "fair to both sides"<br>Talks had lasted eleven days.<svg width="12" height="12" aria-label="clock"><text x="0" y="10">SVGTEXT</text></svg></p>
<blockquote><p>"Nobody wins a strike like this," Becker told reporters.</p></blockquote>
<ul><li>Wages rise by 4 percent.</li><li>Night shifts are shortened.</li></ul>
<p>A worker who asked not to be named said the banner reading "&lt;img src=x onerror=alert(1)&gt; &amp; more" had been taken down. According to the port authority, ships will dock again on Monday.</p>
</article>${CLUTTER.related('en')}</div>${CLUTTER.comments('en')}${CLUTTER.footer('en')}`;
    pages['/inline.html'] = {
      name: 'inline-markup', html: doc('Harbour strike', body), article: '#story',
      expectedText: [
        'Harbour strike ends after talks',
        'The harbour strike ended on Friday. "We got most of what we wanted, and the rest will follow," said union leader Maria Lopez.',
        'Port director Tom Becker said the agreement was "fair to both sides"',
        'Talks had lasted eleven days.',
        '"Nobody wins a strike like this," Becker told reporters.',
        'Wages rise by 4 percent.',
        'Night shifts are shortened.',
        'A worker who asked not to be named said the banner reading "<img src=x onerror=alert(1)> & more" had been taken down. According to the port authority, ships will dock again on Monday.',
      ].join('\n'),
    };
  }
  // 9. single-page navigation: the article element is replaced by another one and the URL pushed
  {
    const b = bbcArticle('politics/003.txt');
    const second = b ? [b.title, ...b.paras] : CARRIED_DE;
    const first = CARRIED_EN;
    const html = (paras) => paras.map((t, i) => (i === 0 ? `<h1>${esc(t)}</h1>` : `<p>${inlineHtml(t, i)}</p>`)).join('\n');
    const script = `document.addEventListener('newsmark-test-navigate', () => {
  const data = ${JSON.stringify(second)};
  const art = document.createElement('article'); art.id = 'story';
  data.forEach((t, i) => { const e = document.createElement(i ? 'p' : 'h1'); e.textContent = t; art.append(e); });
  document.getElementById('story').replaceWith(art);
  history.pushState({}, '', '/spa-second.html');
  window.__bodyTextAfterNavigate = document.body.textContent;
});`;
    pages['/spa.html'] = {
      name: 'spa-navigation', article: '#story', expectedText: first.map(norm).join('\n'), secondText: second.map(norm).join('\n'),
      html: doc('SPA', `${CLUTTER.nav('en')}<div class="wrap"><article id="story">${html(first)}</article>${CLUTTER.related('en')}</div>`, { scripts: ['/spa.js'] }),
      headers: { 'content-security-policy': "default-src 'self'" },
    };
    pages['/spa.js'] = { type: 'text/javascript; charset=utf-8', html: script };
  }

  // 8. a front page without an article: link lists only
  pages['/no-article.html'] = {
    name: 'no-article', article: 'body',
    html: doc('Front page', `${CLUTTER.nav('en')}<div class="wrap"><ul>${['Minister resigns', 'Storm warning', 'Cup final tonight', 'Markets fall'].map((t, i) => `<li><a href="/s${i}">${t}</a></li>`).join('')}</ul></div>${CLUTTER.footer('en')}`),
  };
  // 10. an article element whose text is all hidden (a paywall's display: none): "empty", not "on"
  pages['/empty-article.html'] = {
    name: 'empty-article', article: 'body',
    html: doc('Hidden', `${CLUTTER.nav('en')}<div class="wrap"><article id="story" class="paywalled"><h1>${esc(CARRIED_EN[0])}</h1>${CARRIED_EN.slice(1).map((t) => `<p>${esc(t)}</p>`).join('')}</article>
<div class="summary"><p>${esc(CARRIED_EN[2])}</p></div></div>`),
  };
  pages['/site.css'] = { type: 'text/css; charset=utf-8', html: SITE_CSS };
  return { pages, skipped };
}
