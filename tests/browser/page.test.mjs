// Browser tests of the paste-in page (web/page/, built into dist/page/) in headless Chromium.
//   ./build-wasm.sh && node --test tests/browser/
// NEWSMARK_DIST=DIR tests another build folder (DIR/newsmark.wasm, DIR/newsmark.js; the page is
// rebuilt into DIR/page from web/page/ before the tests). NEWSMARK_SHARED=DIR: another shared-data
// folder (default ../shared; without it the seed/schema parts say they are skipped).
// Writes tests/out/page-seed.png, page-quote-selected.png, page-1280.png, page-390.png and
// page-390-panel.png.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';
import { serveStatic } from './page-server.mjs';
import { germanPages } from './de-pages.mjs';
import { analysedShare } from './text-share.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const repo = resolve(here, '..', '..');
const require = createRequire(join(repo, 'web', 'package.json'));
const { chromium } = require('playwright-core');
const DIST = resolve(process.env.NEWSMARK_DIST || join(repo, 'dist'));
const SHARED = resolve(process.env.NEWSMARK_SHARED || join(repo, '..', 'shared')); // the shared test data, when present
const SEED_TXT = join(SHARED, 'fixtures', 'seed-de.txt');
const SEED_EXPECTED = join(SHARED, 'fixtures', 'seed-de.expected.json');
const SCHEMA = join(SHARED, 'spec', 'result.schema.json');
const OUT = join(repo, 'tests', 'out');
const ARGS = ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-background-networking',
  '--disable-component-update', '--disable-sync', '--no-first-run'];

let browser, srv;

before(async () => {
  if (!existsSync(join(DIST, 'newsmark.wasm')) || !existsSync(join(DIST, 'newsmark.js'))) {
    throw new Error(`${DIST}/newsmark.wasm or newsmark.js is missing: run ./build-wasm.sh first`);
  }
  // Build the page from the current sources next to the engine (what build-wasm.sh does too).
  execFileSync(process.execPath, [join(repo, 'web', 'page', 'build.mjs'), '--out', join(DIST, 'page')], { stdio: 'inherit' });
  srv = await serveStatic(DIST);
  mkdirSync(OUT, { recursive: true });
  // launch() starts Chromium with a fresh temporary profile (user-data dir) of its own
  browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ARGS });
});

after(async () => {
  await browser?.close();
  await srv?.close();
});

// ---------- helpers ----------
async function openPage(server = srv, opts = {}) {
  const context = await browser.newContext({ viewport: { width: 1300, height: 900 }, acceptDownloads: true, ...opts });
  const requests = [];
  context.on('request', (r) => requests.push(r.url()));
  // CSP violations of the page itself (the hostile-file test checks these stay 0 as well)
  await context.addInitScript(() => {
    window.__cspViolations = [];
    document.addEventListener('securitypolicyviolation', (e) => window.__cspViolations.push(e.violatedDirective + ' ' + e.blockedURI));
  });
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(server.origin + '/page/');
  await waitReady(page);
  return { context, page, requests, errors };
}

async function waitReady(page) {
  await page.waitForFunction(() => {
    const s = document.getElementById('status').textContent;
    return s.startsWith('Ready') || document.documentElement.dataset.nmState === 'error';
  }, null, { timeout: 30000 });
  const state = await page.evaluate(() => document.documentElement.dataset.nmState);
  if (state === 'error') assert.fail('page: ' + await page.textContent('#status'));
}

/** Paste `text` into the textarea (as a paste input event) and wait until highlights are painted. */
async function paste(page, text, timeout = 120000) {
  // hand the text over first, so the paste task below holds only the page's own work
  await page.evaluate((t) => { window.__pasteText = t; }, text);
  return page.evaluate(({ timeout }) => new Promise((resolve, reject) => {
    const text = window.__pasteText;
    delete window.__pasteText;
    const ta = document.getElementById('input');
    const t = setTimeout(() => reject(new Error('no result within ' + timeout + ' ms: ' + document.getElementById('status').textContent)), timeout);
    const obs = new MutationObserver(() => {
      if (document.documentElement.dataset.nmState === 'error') { clearTimeout(t); reject(new Error(document.getElementById('status').textContent)); }
    });
    obs.observe(document.documentElement, { attributes: true });
    document.addEventListener('newsmark:rendered', (e) => { clearTimeout(t); obs.disconnect(); resolve(e.detail); }, { once: true });
    ta.value = text;
    ta.dispatchEvent(new InputEvent('input', { inputType: 'insertFromPaste', bubbles: true }));
  }), { timeout });
}

const result = (page) => page.evaluate(() => window.newsmarkPage.result);
const painted = (page, name) => page.evaluate((n) => window.newsmarkPage.index.spansOf(n), name);
const spansKey = (spans) => spans.map((s) => (Array.isArray(s) ? s : [s.start, s.end]).join('-')).sort().join(',');
const overlap = (a, b) => Math.max(0, Math.min(a[1], b.end) - Math.max(a[0], b.start));

function expectedHighlights(r) {
  const want = {};
  for (const t of ['person', 'organization', 'location', 'media', 'group']) want['nm-' + t] = r.actors.filter((a) => a.type === t).flatMap((a) => a.mentions);
  for (const k of ['direct', 'indirect', 'mixed']) want['nm-quote-' + k] = r.quotes.filter((q) => q.kind === k).flatMap((q) => q.spans);
  want['nm-source'] = r.sources.flatMap((s) => s.spans);
  return want;
}

function assertSameOrigin(requests, origin, what) {
  const outside = requests.filter((u) => !u.startsWith(origin + '/') && !u.startsWith('blob:' + origin + '/') && !u.startsWith('data:'));
  assert.deepEqual(outside, [], `${what}: requests outside ${origin}`);
}

/** Click the middle of character `off` of the article (scrolled into view first). */
async function clickChar(page, off) {
  const pt = await page.evaluate((o) => {
    const ix = window.newsmarkPage.index;
    let rect = ix.range(o, o + 1).getClientRects()[0];
    window.scrollBy(0, rect.top - 300);
    rect = ix.range(o, o + 1).getClientRects()[0];
    return { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 };
  }, off);
  await page.mouse.click(pt.x, pt.y);
}

function seedText() {
  if (existsSync(SEED_TXT)) return { text: readFileSync(SEED_TXT, 'utf8'), seed: true };
  console.log(`# ${SEED_TXT} not found: using the bundled German example instead of the seed article`);
  return { text: readFileSync(join(repo, 'web', 'page', 'examples', 'de-stadtwerke.txt'), 'utf8'), seed: false };
}

function exampleTexts() {
  const dir = join(repo, 'web', 'page', 'examples');
  const list = readdirSync(dir).filter((f) => f.endsWith('.txt')).sort().map((f) => readFileSync(join(dir, f), 'utf8'));
  if (existsSync(SEED_TXT)) list.unshift(readFileSync(SEED_TXT, 'utf8'));
  return list;
}

function textOfWords(n) {
  const ex = exampleTexts();
  const parts = [];
  let words = 0;
  for (let i = 0; words < n; i++) {
    const t = ex[i % ex.length];
    parts.push(t.trim());
    words += t.split(/\s+/).filter(Boolean).length;
  }
  return parts.join('\n\n');
}

// ---------- tests ----------
test('seed article: everything in the result is highlighted, incl. the must items the engine reports', async () => {
  const { context, page, requests, errors } = await openPage();
  const { text, seed } = seedText();
  const detail = await paste(page, text);
  const r = await result(page);
  assert.equal(await page.evaluate(() => window.newsmarkPage.text), text, 'the article shown is the pasted text');
  assert.equal(await page.textContent('#article'), text, 'article text equals the input, no markup');
  assert.equal(await page.textContent('#detected'), r.lang, 'detected language shown');
  // every actor mention, quote and source of the result is painted under its category
  const want = expectedHighlights(r);
  for (const [name, spans] of Object.entries(want)) {
    assert.equal(spansKey(await painted(page, name)), spansKey(spans), `${name}: painted spans = result spans`);
  }
  assert.ok(r.quotes.length + r.sources.length > 0, 'the engine reported no quote and no source for the article');
  if (seed && existsSync(SEED_EXPECTED)) {
    const exp = JSON.parse(readFileSync(SEED_EXPECTED, 'utf8'));
    let qFound = 0, qMust = 0, sFound = 0, sMust = 0;
    for (const q of exp.quotes.filter((x) => x.must)) {
      qMust++;
      const got = r.quotes.find((g) => g.spans.some((s) => overlap(q.span, s) > 0.5 * (q.span[1] - q.span[0])));
      if (!got) continue;
      qFound++;
      const p = await painted(page, 'nm-quote-' + got.kind);
      for (const s of got.spans) assert.ok(p.some(([a, b]) => a === s.start && b === s.end), `must quote ${q.span} painted`);
      if (got.speaker && q.speaker_span) {
        const sp = got.speaker.spans[0];
        if (got.speaker.actor) {
          const a = r.actors.find((x) => x.id === got.speaker.actor);
          const pa = await painted(page, 'nm-' + a.type);
          assert.ok(pa.some(([x, y]) => x === sp.start && y === sp.end) || a.mentions.every((m) => m.start !== sp.start),
            `speaker mention ${sp.start}-${sp.end} of must quote painted as ${a.type}`);
        }
      }
    }
    for (const s of exp.sources.filter((x) => x.must)) {
      sMust++;
      const got = r.sources.find((g) => g.spans.some((sp) => overlap(s.span, sp) > 0));
      if (!got) continue;
      sFound++;
      const p = await painted(page, 'nm-source');
      for (const sp of got.spans) assert.ok(p.some(([a, b]) => a === sp.start && b === sp.end), `must source ${s.span} painted`);
    }
    console.log(`# seed: the engine reports ${qFound}/${qMust} must quotes and ${sFound}/${sMust} must sources; all reported ones are highlighted`);
  } else {
    console.log('# seed-de.expected.json not found: skipped the must-item checks');
  }
  // screenshot for a reviewer
  mkdirSync(OUT, { recursive: true });
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.screenshot({ path: join(OUT, 'page-seed.png') });
  console.log(`# screenshot: ${join(OUT, 'page-seed.png')} (paste → highlights ${detail.ms.toFixed(1)} ms for ${detail.words} words)`);
  assertSameOrigin(requests, srv.origin, 'seed');
  assert.deepEqual(errors, []);
  const csp = await page.getAttribute('meta[http-equiv="Content-Security-Policy"]', 'content');
  assert.match(csp, /default-src 'self'/);
  assert.match(csp, /script-src 'self' 'wasm-unsafe-eval'(;|$)/);
  assert.deepEqual(await page.evaluate(() => window.__cspViolations), [], 'the page breaks none of its own CSP');
  await context.close();
});

test('phone width (390 px) and 1280 px: no sideways scroll, the panel one tap away; screenshots', async () => {
  const { text } = seedText();
  for (const [width, height] of [[1280, 900], [390, 844]]) {
    const { context, page, errors } = await openPage(srv, { viewport: { width, height }, isMobile: width < 500, hasTouch: width < 500 });
    await paste(page, text);
    const m = await page.evaluate(() => ({
      scroll: document.documentElement.scrollWidth, client: document.documentElement.clientWidth,
      wide: [...document.querySelectorAll('body *')].filter((e) => e.getBoundingClientRect().right > document.documentElement.clientWidth + 1 && getComputedStyle(e).position !== 'absolute').map((e) => e.id || e.className || e.tagName).slice(0, 5),
      tabs: getComputedStyle(document.querySelector('.tabs')).display !== 'none',
    }));
    assert.ok(m.scroll <= m.client, `${width} px: document ${m.scroll} px wide in a ${m.client} px window (${m.wide.join(', ')})`);
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.screenshot({ path: join(OUT, `page-${width}.png`) });
    if (width < 500) {
      assert.ok(m.tabs, 'tabs shown at phone width');
      await page.click('#tab-panel');
      const p = await page.evaluate(() => {
        const b = document.querySelector('#who .item, #unattributed .item');
        const r = b.getBoundingClientRect();
        return { top: r.top + scrollY, readerShown: getComputedStyle(document.getElementById('reader')).display !== 'none' };
      });
      assert.ok(p.top < 844, `the first panel entry is on the first screen after the tap (${Math.round(p.top)} px)`);
      assert.equal(p.readerShown, false, 'the article is hidden while the panel tab is open');
      await page.screenshot({ path: join(OUT, 'page-390-panel.png') });
      // choosing an entry goes back to the article, at the quote
      await page.locator('#who .item, #unattributed .item').first().click();
      assert.equal(await page.getAttribute('#tab-article', 'aria-selected'), 'true', 'choosing an entry shows the article');
      assert.equal(await page.evaluate(() => document.documentElement.scrollWidth <= document.documentElement.clientWidth), true);
    } else {
      assert.equal(m.tabs, false, 'no tabs at 1280 px: article and panel side by side');
    }
    assert.deepEqual(errors, []);
    await context.close();
  }
});

test('.html file: the article Readability finds is analysed, not the navigation, teasers or comments; no console errors', async () => {
  const { context, page, errors } = await openPage();
  const consoleErrors = [];
  page.on('console', (m) => { if (m.type() === 'error') consoleErrors.push(m.text()); });
  const dir = mkdtempSync(join(tmpdir(), 'nm-html-'));
  for (const spec of germanPages().pages.slice(0, 4)) {
    const file = join(dir, `${spec.name}.html`);
    writeFileSync(file, spec.html.replace('<body>', '<body style="margin:0"><div style="color:red" onclick="x()">'));
    const rendered = page.evaluate(() => new Promise((r) => document.addEventListener('newsmark:rendered', (e) => r(e.detail), { once: true })));
    await page.setInputFiles('#file', file);
    await rendered;
    const text = await page.evaluate(() => window.newsmarkPage.text);
    const lines = text.split('\n').map((l) => l.trim()).filter(Boolean);
    const want = spec.expectedText.split('\n');
    const missing = want.filter((l) => !lines.includes(l));
    const extra = lines.filter((l) => !want.includes(l) && l !== spec.title && !l.includes('Lena Voss'));
    assert.deepEqual(missing, [], `${spec.name}: every article paragraph is analysed`);
    assert.ok(!/Leserkommentare|Mehr zum Thema|Weitere Artikel|Postings/.test(text), `${spec.name}: no comments or teaser boxes (${extra.join(' | ')})`);
  }
  rmSync(dir, { recursive: true, force: true });
  assert.deepEqual(errors, []);
  assert.deepEqual(consoleErrors, [], 'no console errors (CSP included) while opening the files');
  assert.deepEqual(await page.evaluate(() => window.__cspViolations), [], 'no CSP violation');
  await context.close();
});

test('saved real news pages (.html): the article is analysed, hardly anything else; no console errors', async () => {
  const set = join(SHARED, 'eval', 'article-pages');
  if (!existsSync(set)) { console.log(`# skipped: ${set} missing`); return; }
  const { context, page, errors } = await openPage();
  const consoleErrors = [];
  page.on('console', (m) => { if (m.type() === 'error') consoleErrors.push(m.text()); });
  for (const name of ['cnn', 'nytimes-4', 'webmd-1', 'wordpress', 'lemonde-1']) {
    const rendered = page.evaluate(() => new Promise((r) => document.addEventListener('newsmark:rendered', (e) => r(e.detail), { once: true })));
    await page.setInputFiles('#file', { name: `${name}.html`, mimeType: 'text/html', buffer: readFileSync(join(set, name, 'source.html')) });
    await rendered;
    const text = await page.evaluate(() => window.newsmarkPage.text);
    // (the page's own inert reader: a plain DOMParser here would itself trip the CSP on the handlers)
    const expected = await page.evaluate((h) => window.newsmarkPage.htmlToText(h), readFileSync(join(set, name, 'expected.html'), 'utf8'));
    const share = analysedShare(expected, text);
    const extra = analysedShare(text, expected); // share of the analysed text that is article
    console.log(`# ${name}: ${(100 * share).toFixed(1)}% of the article analysed; ${(100 * extra).toFixed(1)}% of what was analysed is article; ${(await result(page)).actors.length} actors`);
    assert.ok(share >= 0.9, `${name}: the article is analysed (${share})`);
    assert.ok(extra >= 0.9, `${name}: little besides the article (${extra})`);
  }
  assert.deepEqual(errors, []);
  assert.deepEqual(consoleErrors, [], 'no console errors (CSP included)');
  await context.close();
});

test('legend toggles hide and show each category (mouse and keyboard)', async () => {
  const { context, page } = await openPage();
  await paste(page, seedText().text);
  const cats = await page.$$eval('#legend input[data-cat]', (l) => l.map((x) => x.dataset.cat));
  assert.equal(cats.length, 9);
  for (const cat of cats) {
    const name = 'nm-' + cat;
    const before = await page.evaluate((n) => CSS.highlights.get(n)?.size ?? -1, name);
    assert.ok(before >= 0, `${name} registered`);
    await page.click(`#legend input[data-cat="${cat}"]`);
    assert.equal(await page.evaluate((n) => CSS.highlights.has(n), name), false, `${name} hidden after toggle`);
    // other categories untouched
    assert.equal(await page.evaluate(() => CSS.highlights.has('nm-source') || CSS.highlights.has('nm-person')), true);
    await page.focus(`#legend input[data-cat="${cat}"]`);
    await page.keyboard.press('Space');
    assert.equal(await page.evaluate((n) => CSS.highlights.get(n)?.size ?? -1, name), before, `${name} shown again (keyboard)`);
  }
  // a hidden category is not painted when a new article comes in, and comes back when re-enabled
  await page.click('#legend input[data-cat="source"]');
  await paste(page, readFileSync(join(repo, 'web', 'page', 'examples', 'en-harbour.txt'), 'utf8'));
  assert.equal(await page.evaluate(() => CSS.highlights.has('nm-source')), false);
  await page.click('#legend input[data-cat="source"]');
  const r = await result(page);
  assert.equal(spansKey(await painted(page, 'nm-source')), spansKey(r.sources.flatMap((s) => s.spans)));
  await context.close();
});

test('clicking a quote marks its speaker and cue; clicking an actor marks its mentions and lists its quotes', async () => {
  const { context, page } = await openPage();
  let r = null, quote = null;
  for (const text of exampleTexts()) {
    await paste(page, text);
    r = await result(page);
    quote = r.quotes.find((q) => q.speaker && q.cue) || r.quotes.find((q) => q.speaker);
    if (quote) break;
  }
  assert.ok(quote, 'the engine reported no quote with a speaker in any example article (nothing to click)');
  // a character inside the quote that is not part of an actor mention or source (those win a click)
  const covered = (o) => r.actors.some((a) => a.mentions.some((m) => m.start <= o && o < m.end)) ||
    r.sources.some((s) => s.spans.some((m) => m.start <= o && o < m.end));
  let off = -1;
  for (const s of quote.spans) for (let o = s.start + 1; o < s.end - 1 && off < 0; o++) if (!covered(o) && !covered(o - 1) && !covered(o + 1)) off = o;
  assert.ok(off >= 0, 'found a free character inside the quote');
  await clickChar(page, off);
  assert.equal(spansKey(await painted(page, 'nm-sel-quote')), spansKey(quote.spans), 'the clicked quote is marked');
  assert.equal(spansKey(await painted(page, 'nm-sel-speaker')), spansKey(quote.speaker.spans), 'its speaker is marked');
  if (quote.cue) assert.equal(spansKey(await painted(page, 'nm-sel-cue')), spansKey(quote.cue.spans), 'its cue is marked');
  const sel = await page.textContent('#selection');
  const text = await page.evaluate(() => window.newsmarkPage.text);
  const actor = quote.speaker.actor && r.actors.find((a) => a.id === quote.speaker.actor);
  assert.ok(sel.includes(actor ? actor.name : text.slice(quote.speaker.spans[0].start, quote.speaker.spans[0].end)), 'selection names the speaker');
  assert.equal(await page.getAttribute(`.panel [data-quote="${quote.id}"]`, 'aria-current'), 'true', 'panel item marked');
  mkdirSync(OUT, { recursive: true });
  await page.screenshot({ path: join(OUT, 'page-quote-selected.png') });

  // Escape clears
  await page.keyboard.press('Escape');
  assert.equal(await page.evaluate(() => CSS.highlights.has('nm-sel-quote')), false);

  // click an actor mention
  const a = actor || r.actors[0];
  await clickChar(page, a.mentions[0].start + Math.floor((a.mentions[0].end - a.mentions[0].start) / 2));
  const clicked = await page.evaluate(() => window.newsmarkPage.index.spansOf('nm-sel-mention'));
  const owner = r.actors.find((x) => spansKey(x.mentions) === spansKey(clicked));
  assert.ok(owner, 'all mentions of one actor are marked');
  const nq = r.quotes.filter((q) => q.speaker && q.speaker.actor === owner.id).length;
  assert.match(await page.textContent('#selection'), new RegExp(`${owner.mentions.length} mentions?, ${nq} quotes?`));
  assert.equal(await page.locator('#selection ul li').count(), Math.min(nq, 50), 'its quotes are listed');

  // keyboard: a quote in the side panel, reached with Tab and activated with Enter, scrolls and marks
  await page.keyboard.press('Escape');
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.focus(`.panel [data-quote="${quote.id}"]`);
  await page.keyboard.press('Enter');
  assert.equal(spansKey(await painted(page, 'nm-sel-speaker')), spansKey(quote.speaker.spans), 'Enter on a panel quote marks its speaker');
  const inView = await page.evaluate((s) => {
    const rect = window.newsmarkPage.index.range(s.start, s.end).getBoundingClientRect();
    return rect.top >= 0 && rect.top < window.innerHeight;
  }, quote.spans[0]);
  assert.ok(inView, 'the quote is scrolled into view');
  await context.close();
});

test('keyboard reaches the controls, the legend and the side panel', async () => {
  const { context, page } = await openPage();
  await paste(page, seedText().text);
  const seen = new Set();
  for (let i = 0; i < 40; i++) {
    await page.keyboard.press('Tab');
    seen.add(await page.evaluate(() => {
      const e = document.activeElement;
      if (e.id) return '#' + e.id;
      if (e.dataset.cat) return 'legend';
      if (e.closest('.panel')) return 'panel';
      return e.tagName;
    }));
  }
  for (const want of ['#edit-text', '#file', '#examples', '#lang', '#export-json', '#export-csv', 'legend', '#article', 'panel']) {
    assert.ok(seen.has(want), `Tab reaches ${want} (reached: ${[...seen].join(' ')})`);
  }
  // the folded text field opens again from the keyboard, with the text in it
  await page.focus('#edit-text');
  await page.keyboard.press('Enter');
  assert.equal(await page.evaluate(() => document.activeElement.id), 'input');
  assert.equal(await page.evaluate(() => document.getElementById('input').value), seedText().text);
  // typing does not analyse by itself; Ctrl+Enter does
  await page.focus('#input');
  await page.keyboard.press('End');
  const rendered = page.evaluate(() => new Promise((r) => document.addEventListener('newsmark:rendered', (e) => r(e.detail), { once: true })));
  await page.keyboard.type(' Ende.');
  assert.match(await page.textContent('#status'), /Ctrl\+Enter/);
  await page.keyboard.press('Control+Enter');
  await rendered;
  assert.ok((await page.evaluate(() => window.newsmarkPage.text)).endsWith(' Ende.'));
  await context.close();
});

test('highlight colours meet WCAG AA contrast', async () => {
  const { context, page } = await openPage();
  const vars = await page.evaluate(() => {
    const cs = getComputedStyle(document.documentElement);
    const out = {};
    for (const v of ['--fg', '--bg', '--person', '--organization', '--location', '--media', '--group', '--q-direct-bg', '--q-direct',
      '--q-indirect-bg', '--q-indirect', '--q-mixed-bg', '--q-mixed', '--source-bg', '--source', '--sel-bg', '--speaker-bg', '--cue-bg', '--mention-bg']) out[v] = cs.getPropertyValue(v).trim();
    return out;
  });
  const lum = (hex) => {
    const n = hex.replace('#', '');
    const c = [0, 2, 4].map((i) => parseInt(n.slice(i, i + 2), 16) / 255).map((x) => (x <= 0.03928 ? x / 12.92 : ((x + 0.055) / 1.055) ** 2.4));
    return 0.2126 * c[0] + 0.7152 * c[1] + 0.0722 * c[2];
  };
  const ratio = (a, b) => { const [x, y] = [lum(a), lum(b)].sort((p, q) => q - p); return (x + 0.05) / (y + 0.05); };
  for (const bg of ['--bg', '--q-direct-bg', '--q-indirect-bg', '--q-mixed-bg', '--source-bg', '--sel-bg', '--speaker-bg', '--cue-bg', '--mention-bg']) {
    assert.ok(ratio(vars['--fg'], vars[bg]) >= 4.5, `text on ${bg}: ${ratio(vars['--fg'], vars[bg]).toFixed(2)}`);
  }
  for (const line of ['--person', '--organization', '--location', '--media', '--group', '--q-direct', '--q-indirect', '--q-mixed', '--source']) {
    for (const bg of ['--bg', '--q-direct-bg', '--q-indirect-bg', '--q-mixed-bg', '--source-bg']) {
      assert.ok(ratio(vars[line], vars[bg]) >= 3, `${line} line on ${bg}: ${ratio(vars[line], vars[bg]).toFixed(2)} (non-text contrast ≥ 3)`);
    }
  }
  // colour is not the only signal: each category has its own line style
  const styles = await page.$$eval('#legend .sw', (l) => l.map((e) => { const s = getComputedStyle(e); return `${s.textDecorationLine} ${s.textDecorationStyle}`; }));
  assert.equal(new Set(styles).size, styles.length, `distinct line styles per category: ${styles.join(' | ')}`);
  await context.close();
});

test('long texts: parts cover the text exactly and end at line breaks; merged results shift offsets and join actors (no browser)', async () => {
  const { splitParts, mergeResults } = await import('../../web/page/chunks.js');
  const para = 'Die Ministerin sagte, die Lage sei ruhig. „Wir handeln“, sagte Anna Berg.\n\n';
  const text = para.repeat(50);
  const parts = splitParts(text, 1000);
  assert.ok(parts.length > 3);
  assert.equal(parts.map((p) => p.text).join(''), text, 'parts cover the text');
  for (const p of parts.slice(0, -1)) assert.ok(p.text.endsWith('\n\n'), 'a part ends at a paragraph break');
  for (let i = 1; i < parts.length; i++) assert.equal(parts[i].start, parts[i - 1].start + parts[i - 1].text.length);
  const res = (off) => ({ schema: 'newsmark/1', lang: 'de', offsets: 'utf16',
    actors: [{ id: 'a1', name: 'Anna Berg', type: 'person', role: null, mentions: [{ start: 62, end: 71 }] }],
    quotes: [{ id: 'q1', kind: 'direct', spans: [{ start: 41, end: 54 }], speaker: { actor: 'a1', spans: [{ start: 62, end: 71 }] }, cue: { spans: [{ start: 56, end: 61 }] } }],
    sources: [{ id: 's1', kind: 'anonymous', actor: 'a1', spans: [{ start: 0, end: 14 }] }] });
  const merged = mergeResults([{ start: 0, length: 1000, result: res(0) }, { start: 1000, length: 1000, result: res(1000) }]);
  assert.equal(merged.actors.length, 1, 'same actor in two parts is one actor');
  assert.deepEqual(merged.actors[0].mentions, [{ start: 62, end: 71 }, { start: 1062, end: 1071 }]);
  assert.deepEqual(merged.quotes.map((q) => [q.id, q.spans[0].start, q.speaker.actor, q.cue.spans[0].start]), [['q1', 41, 'a1', 56], ['q2', 1041, 'a1', 1056]]);
  assert.deepEqual(merged.sources.map((x) => [x.id, x.spans[0].start, x.actor]), [['s1', 0, 'a1'], ['s2', 1000, 'a1']]);
});

const csvText = (s) => (/^[=+\-@\t\r]/.test(s) ? "'" + s : s);

test('CSV export escapes quotes, commas, line breaks and formula starts (no browser)', async () => {
  const { toCSV } = await import('../../web/page/export.js');
  const text = '=HYPERLINK("http://x") sagte "Anna, B."\nzwei Zeilen';
  const r = {
    actors: [{ id: 'a1', name: '@Anna', type: 'person', mentions: [{ start: 30, end: 34 }] }],
    quotes: [{ id: 'q1', kind: 'direct', spans: [{ start: 0, end: 22 }, { start: 29, end: 51 }],
      speaker: { actor: 'a1', spans: [{ start: 30, end: 34 }] }, cue: { spans: [{ start: 23, end: 28 }] } }],
    sources: [],
  };
  r.sources = [{ id: 's1', kind: 'according_to', actor: 'a1', spans: [{ start: 23, end: 34 }], rule: 'test.rule' }];
  const rows = parseCSV(toCSV(r, text));
  assert.equal(rows.length, 4);
  assert.deepEqual(rows[1], ['actor', 'a1', 'person', "'@Anna", '', '', '', '', '1', '', '30', '34', '30-34']);
  assert.deepEqual(rows[2], ['quote', 'q1', 'direct', `'=HYPERLINK("http://x") … "Anna, B."\nzwei Zeilen`, "'@Anna", 'sagte', '', '', '', '', '0', '51', '0-22;29-51']);
  assert.deepEqual(rows[3], ['source', 's1', 'according_to', 'sagte "Anna', '', '', "'@Anna", '', '', 'test.rule', '23', '34', '23-34']);
});

function parseCSV(s) {
  const rows = [];
  let row = [], cell = '', i = 0, q = false;
  while (i < s.length) {
    const c = s[i];
    if (q) {
      if (c === '"' && s[i + 1] === '"') { cell += '"'; i += 2; continue; }
      if (c === '"') { q = false; i++; continue; }
      cell += c; i++; continue;
    }
    if (c === '"' && cell === '') { q = true; i++; continue; }
    if (c === ',') { row.push(cell); cell = ''; i++; continue; }
    if (c === '\r' && s[i + 1] === '\n') { row.push(cell); rows.push(row); row = []; cell = ''; i += 2; continue; }
    if (c === '"' || c === '\n' || c === '\r') throw new Error(`bad CSV at ${i}`);
    cell += c; i++;
  }
  if (q) throw new Error('unterminated quoted cell');
  if (cell !== '' || row.length) throw new Error('last row not terminated by CRLF');
  return rows;
}

test('export: JSON validates against the result schema, CSV parses with one row per actor, quote and source', async () => {
  const { context, page } = await openPage();
  await paste(page, seedText().text);
  const r = await result(page);
  const text = await page.evaluate(() => window.newsmarkPage.text);

  const [dj] = await Promise.all([page.waitForEvent('download'), page.click('#export-json')]);
  const json = JSON.parse(readFileSync(await dj.path(), 'utf8'));
  assert.equal(dj.suggestedFilename(), 'newsmark-result.json');
  assert.deepEqual(json, r, 'the exported JSON is the result');
  if (existsSync(SCHEMA)) {
    const Ajv2020 = require('ajv/dist/2020.js');
    const ajv = new (Ajv2020.default || Ajv2020)({ allErrors: true, strict: false });
    const validate = ajv.compile(JSON.parse(readFileSync(SCHEMA, 'utf8')));
    assert.ok(validate(json), 'schema: ' + ajv.errorsText(validate.errors));
  } else {
    console.log(`# ${SCHEMA} not found: skipped the schema validation of the JSON export`);
  }

  const [dc] = await Promise.all([page.waitForEvent('download'), page.click('#export-csv')]);
  let csv = readFileSync(await dc.path(), 'utf8');
  assert.ok(csv.startsWith('\ufeff'), 'UTF-8 BOM for spreadsheet programs');
  csv = csv.slice(1);
  const rows = parseCSV(csv);
  assert.deepEqual(rows[0], ['record', 'id', 'type', 'text', 'speaker', 'cue', 'actor', 'role', 'mentions', 'rule', 'start', 'end', 'spans']);
  assert.equal(dc.suggestedFilename(), 'newsmark-result.csv');
  const of = (kind) => rows.slice(1).filter((row) => row[0] === kind);
  assert.equal(of('actor').length, r.actors.length, 'one row per actor');
  assert.equal(of('quote').length, r.quotes.length, 'one row per quote');
  assert.equal(of('source').length, r.sources.length, 'one row per source');
  const ids = new Set(r.actors.map((a) => a.id));
  for (const [i, a] of r.actors.entries()) {
    const row = of('actor')[i];
    assert.deepEqual([row[1], row[2], row[3], Number(row[8])], [a.id, a.type, csvText(a.name), a.mentions.length]);
  }
  for (const [i, q] of r.quotes.entries()) {
    const row = of('quote')[i];
    assert.equal(row[1], q.id);
    assert.equal(row[2], q.kind);
    assert.equal(Number(row[10]), q.spans[0].start);
    assert.equal(Number(row[11]), q.spans.at(-1).end);
    assert.equal(row[3], csvText(q.spans.map((s) => text.slice(s.start, s.end)).join(' … ')));
    if (q.cue) assert.equal(row[5], csvText(q.cue.spans.map((s) => text.slice(s.start, s.end)).join(' … ')));
    if (q.speaker?.actor) assert.equal(row[4], csvText(r.actors.find((a) => a.id === q.speaker.actor).name), 'speaker by name');
    assert.ok(!ids.has(row[4]), 'no actor id in the speaker column');
  }
  for (const [i, s] of r.sources.entries()) {
    const row = of('source')[i];
    if (s.actor) assert.equal(row[6], csvText(r.actors.find((a) => a.id === s.actor).name), 'source actor by name');
  }
  console.log(`# export: JSON ${JSON.stringify(json).length} bytes, CSV ${of('actor').length} actor, ${of('quote').length} quote and ${of('source').length} source rows`);
  await context.close();
});

test('language: auto shows the detected language; the switch re-extracts with de / en', async () => {
  const { context, page } = await openPage();
  await paste(page, readFileSync(join(repo, 'web', 'page', 'examples', 'en-harbour.txt'), 'utf8'));
  assert.equal(await page.textContent('#detected'), 'en', 'English example detected as en');
  await paste(page, readFileSync(join(repo, 'web', 'page', 'examples', 'de-stadtwerke.txt'), 'utf8'));
  assert.equal(await page.textContent('#detected'), 'de', 'German example detected as de');
  const rendered = page.evaluate(() => new Promise((r) => document.addEventListener('newsmark:rendered', (e) => r(e.detail), { once: true })));
  await page.selectOption('#lang', 'en');
  assert.equal((await rendered).how, 'lang');
  assert.equal(await page.textContent('#detected'), 'en', 'forced language is used');
  // a paste outside the text field (e.g. after clicking the article) is analysed as well
  const pasted = 'According to the police, the mayor said the roads were safe.';
  const rendered2 = page.evaluate(() => new Promise((r) => document.addEventListener('newsmark:rendered', (e) => r(e.detail), { once: true })));
  await page.evaluate((t) => {
    const dt = new DataTransfer();
    dt.setData('text/plain', t);
    document.getElementById('article').dispatchEvent(new ClipboardEvent('paste', { clipboardData: dt, bubbles: true, cancelable: true }));
  }, pasted);
  assert.equal((await rendered2).how, 'paste');
  assert.equal(await page.evaluate(() => window.newsmarkPage.text), pasted);
  await context.close();
});

test('hostile .html file (scripts, handlers, 5 MB) is shown as text, nothing runs or loads', async () => {
  const { context, page, requests } = await openPage();
  const hostile = [
    '<!doctype html><html><head><base href="http://evil.example/"><meta http-equiv="refresh" content="0;url=http://evil.example/">',
    '<link rel="stylesheet" href="http://evil.example/x.css"><style>body{display:none}</style>',
    '<script>window.__pwned = "script"; fetch("/pwned-fetch")</script></head>',
    '<body onload="window.__pwned=\'onload\'"><h1>HOSTILE-MARKER Minister tritt zurück</h1>',
    '<img src="/pwned-img.png" onerror="window.__pwned=\'onerror\'"><svg onload="window.__pwned=\'svg\'"><script>window.__pwned="svg-script"</script></svg>',
    '<iframe srcdoc="<script>parent.__pwned=\'iframe\'</script>" src="/pwned-frame"></iframe><object data="/pwned-object"></object>',
    '<p>„Ich übernehme die Verantwortung“, sagte der Minister am Montag in <b>Berlin</b>.</p>',
    '<p><a href="javascript:window.__pwned=\'link\'">Link &lt;script&gt;alert(1)&lt;/script&gt;</a></p>',
  ].join('\n');
  const filler = '<div class="x" onclick="window.__pwned=1"><p>Laut einem Bericht der Zeitung <i>Tagesblatt</i> sagte die Sprecherin, die Lage sei ruhig.<img src="/pwned-loop.png" onerror="window.__pwned=2"></p></div>\n';
  let html = hostile;
  while (html.length < 5 * 1024 * 1024) html += filler;
  html += '<p>END-MARKER</p><script>window.__pwned="late"</script></body></html>';
  const dir = mkdtempSync(join(tmpdir(), 'nm-hostile-'));
  const file = join(dir, 'hostile.html');
  writeFileSync(file, html);
  const t0 = Date.now();
  const rendered = page.evaluate(() => new Promise((r) => document.addEventListener('newsmark:rendered', (e) => r(e.detail), { once: true })));
  await page.setInputFiles('#file', file);
  const detail = await rendered;
  const ms = Date.now() - t0;
  const text = await page.evaluate(() => window.newsmarkPage.text);
  assert.ok(text.startsWith('HOSTILE-MARKER Minister tritt zurück'), 'text starts with the heading: ' + text.slice(0, 80));
  assert.ok(text.includes('„Ich übernehme die Verantwortung“, sagte der Minister am Montag in Berlin.'), 'inline markup reduced to its text');
  assert.ok(text.includes('Link <script>alert(1)</script>'), 'escaped markup appears literally as text');
  assert.ok(text.trimEnd().endsWith('END-MARKER'));
  assert.ok(!text.includes('__pwned'), 'script bodies are not part of the text');
  assert.equal(await page.evaluate(() => window.__pwned), undefined, 'nothing from the file ran');
  assert.equal(await page.evaluate(() => document.querySelectorAll('#article *:not(div.part)').length), 0, 'the article holds text only');
  assert.equal(await page.evaluate(() => document.querySelectorAll('img, iframe, object, embed, svg script, base, link[href*="evil"]').length), 0, 'no element from the file in the page');
  assert.equal(await page.evaluate(() => document.body.style.display), '');
  assert.ok(srv.requests.every((p) => !p.startsWith('/pwned')), 'no resource of the file was requested: ' + srv.requests.filter((p) => p.startsWith('/pwned')).join(' '));
  assertSameOrigin(requests, srv.origin, 'hostile');
  const violations = await page.evaluate(() => window.__cspViolations);
  assert.ok(violations.length < 50, `${violations.length} CSP violation reports while importing (handler attributes are renamed before parsing)`);
  assert.equal(new URL(page.url()).pathname, '/page/', 'no navigation');
  console.log(`# hostile 5 MB html → ${text.length.toLocaleString('en')} chars of text, ${detail.words} words, shown with highlights in ${ms} ms (engine ${detail.engineMs.toFixed(0)} ms)`);

  // the same via drag and drop
  const rendered2 = page.evaluate(() => new Promise((r) => document.addEventListener('newsmark:rendered', (e) => r(e.detail), { once: true })));
  await page.evaluate(() => {
    const dt = new DataTransfer();
    dt.items.add(new File(['<p>DROP-MARKER laut Polizei</p><img src="/pwned-drop.png" onerror="window.__pwned=\'drop\'"><script>window.__pwned="drop"</script>'], 'dropped.html', { type: 'text/html' }));
    document.getElementById('drop').dispatchEvent(new DragEvent('drop', { dataTransfer: dt, bubbles: true, cancelable: true }));
  });
  await rendered2;
  assert.equal(await page.evaluate(() => window.newsmarkPage.text), 'DROP-MARKER laut Polizei');
  assert.equal(await page.evaluate(() => window.__pwned), undefined);
  assert.ok(srv.requests.every((p) => !p.startsWith('/pwned')));

  // a .txt file is text even when it looks like markup; CRLF and a BOM are normalised
  const txt = join(dir, 'notes.txt');
  writeFileSync(txt, '\ufeff<!doctype html><b onmouseover="window.__pwned=1">fett</b>\r\n„Wir bleiben“, sagte sie.\r\n');
  const rendered3 = page.evaluate(() => new Promise((r) => document.addEventListener('newsmark:rendered', (e) => r(e.detail), { once: true })));
  await page.setInputFiles('#file', txt);
  await rendered3;
  assert.equal(await page.evaluate(() => window.newsmarkPage.text), '<!doctype html><b onmouseover="window.__pwned=1">fett</b>\n„Wir bleiben“, sagte sie.\n');
  assert.equal(await page.evaluate(() => document.querySelectorAll('#article b').length), 0);
  rmSync(dir, { recursive: true, force: true });
  await context.close();
});

test('large input: 200,000 words are extracted in the worker with progress, the page stays responsive', async () => {
  const { context, page } = await openPage();
  const text = textOfWords(200000);
  // watch the main thread: long tasks (Long Tasks API) and every value the progress bar shows
  await page.evaluate(() => {
    window.__mon = { tasks: [], progress: [] };
    new PerformanceObserver((l) => { for (const e of l.getEntries()) window.__mon.tasks.push(e.duration); }).observe({ type: 'longtask' });
    const p = document.getElementById('progress');
    new MutationObserver(() => { if (!p.hidden) window.__mon.progress.push(p.value); })
      .observe(p, { attributes: true, attributeFilter: ['value', 'hidden'] });
  });
  const t0 = Date.now();
  const detail = await paste(page, text, 300000);
  const ms = Date.now() - t0;
  await page.waitForTimeout(200);
  const mon = await page.evaluate(() => window.__mon);
  const longest = Math.max(0, ...mon.tasks);
  const r = await result(page);
  assert.ok(detail.words >= 200000, `${detail.words} words`);
  const distinct = [...new Set(mon.progress)];
  assert.ok(distinct.some((v) => v > 0 && v < 1), `progress shown between 0 and 1 (${distinct.length} distinct values)`);
  assert.ok(longest < 1000, `main thread never blocked ≥ 1 s (longest task ${longest.toFixed(0)} ms)`);
  // the whole text is shown and highlighted, to its end
  assert.equal(await page.evaluate(() => window.newsmarkPage.index.length), text.length);
  const want = expectedHighlights(r);
  assert.equal(await page.evaluate(() => CSS.highlights.get('nm-source')?.size ?? 0), want['nm-source'].length);
  // still usable: a click on a panel item answers quickly
  const t1 = Date.now();
  const first = await page.$('.panel .item');
  if (first) await first.click();
  const clickMs = Date.now() - t1;
  console.log(`# large: ${detail.words.toLocaleString('en')} words (${text.length.toLocaleString('en')} chars) → ${r.actors.length} actors, ${r.quotes.length} quotes, ${r.sources.length} sources; ` +
    `total ${ms} ms (engine ${detail.engineMs.toFixed(0)} ms), ${distinct.length} progress steps, longest main-thread task ${longest.toFixed(0)} ms (${mon.tasks.length} tasks > 50 ms), panel click ${clickMs} ms`);
  await context.close();
});

test('benchmark: paste → highlights visible for a 2,000-word article', async () => {
  const { context, page } = await openPage();
  const text = textOfWords(2000);
  for (let i = 0; i < 3; i++) await paste(page, text + ' '.repeat(i)); // warm-up (wasm tiered up, page code compiled)
  const times = [], engine = [];
  for (let i = 0; i < 7; i++) {
    const d = await paste(page, text + '\n'.repeat(i % 2));
    times.push(d.ms); engine.push(d.engineMs);
  }
  times.sort((a, b) => a - b); engine.sort((a, b) => a - b);
  const med = times[3];
  console.log(`# benchmark: 2,000-word article (${text.split(/\s+/).length} words, ${text.length} chars): paste → highlights painted ` +
    `median ${med.toFixed(1)} ms (min ${times[0].toFixed(1)}, max ${times.at(-1).toFixed(1)}; engine median ${engine[3].toFixed(1)} ms) — target ≤ 100 ms: ${med <= 100 ? 'met' : 'NOT met'}`);
  assert.ok(med < 1000, `paste → highlights took ${med} ms`);
  await context.close();
});

test('offline: after the first visit the page reloads and works with the server stopped; only its own files are requested', async () => {
  const own = await serveStatic(DIST);
  const { context, page, requests } = await openPage(own);
  await page.evaluate(async () => { await navigator.serviceWorker.ready; });
  await page.waitForFunction(() => !!navigator.serviceWorker.controller, null, { timeout: 10000 }).catch(async () => {
    await page.reload(); await waitReady(page);
  });
  assert.ok(await page.evaluate(() => !!navigator.serviceWorker.controller), 'page is controlled by its service worker');
  const cached = await page.evaluate(async () => {
    const keys = await caches.keys();
    const c = await caches.open(keys.find((k) => k.startsWith('newsmark-page-')));
    return (await c.keys()).map((r) => new URL(r.url).pathname);
  });
  for (const f of ['/page/', '/page/index.html', '/page/app.js', '/page/extract-worker.js', '/newsmark.js', '/newsmark.wasm']) {
    assert.ok(cached.includes(f), `${f} cached (${cached.join(' ')})`);
  }
  await own.close(); // the network is gone
  const before = own.requests.length;
  await page.reload();
  await waitReady(page);
  const options = await page.$$eval('#examples option', (l) => l.map((o) => o.value).filter(Boolean));
  assert.ok(options.length >= 3, 'example menu loaded offline');
  const rendered = page.evaluate(() => new Promise((r) => document.addEventListener('newsmark:rendered', (e) => r(e.detail), { once: true })));
  await page.selectOption('#examples', options[0]);
  const d = await rendered;
  assert.ok(d.words > 50);
  assert.ok(await page.evaluate(() => [...CSS.highlights.values()].reduce((n, h) => n + h.size, 0)) > 0, 'highlights painted offline');
  assert.equal(own.requests.length, before, 'the stopped server saw no request');
  assertSameOrigin(requests, own.origin, 'offline');
  await context.close();
});
