// The Firefox build (dist/extension-firefox/) in Debian's firefox-esr, headless, driven over
// WebDriver BiDi (Firefox's own remote protocol: no driver download, no playwright browser):
// installed as a temporary add-on (webExtension.install), it is turned on at page load on a saved
// news page and must paint highlights there through its background script's engine, leaving the
// page's text unchanged. Screenshot: tests/out/firefox-highlights.png.
//
// As in the Chromium tests, a toolbar click cannot be simulated: the test copy of the extension
// holds the host permission for http://127.0.0.1/* and a content script entry for it that runs
// content.js + autostart.js, exactly what "always on this site" registers.
// firefox-esr is installed by ./build-wasm.sh (apt) when missing; without it this test fails.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { createServer } from 'node:http';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createRequire } from 'node:module';
import { buildPages } from './ext-pages.mjs';
import { DIST_FF, OUT, REPO, extensionCopy } from './ext-launch.mjs';

const require = createRequire(join(REPO, 'web', 'package.json'));
const WebSocket = require('ws');
const FIREFOX = process.env.FIREFOX || '/usr/bin/firefox-esr';

let server;
let base;
let firefox;
let profile;
let extCopy;
let bidi;
const { pages } = buildPages();

// A minimal WebDriver BiDi client: send(method, params) -> result; events are ignored.
function connect(url) {
  return new Promise((resolve, reject) => {
    const ws = new WebSocket(url);
    let id = 0;
    const waiting = new Map();
    ws.on('message', (data) => {
      const msg = JSON.parse(String(data));
      const w = waiting.get(msg.id);
      if (!w) return;
      waiting.delete(msg.id);
      if (msg.type === 'error') w.reject(new Error(`${msg.error}: ${msg.message}`)); else w.resolve(msg.result);
    });
    ws.on('error', reject);
    ws.on('open', () => resolve({
      send: (method, params = {}) => new Promise((res, rej) => {
        const n = ++id;
        waiting.set(n, { resolve: res, reject: rej });
        ws.send(JSON.stringify({ id: n, method, params }));
      }),
      close: () => ws.close(),
    }));
  });
}

before(async () => {
  assert.ok(existsSync(join(DIST_FF, 'manifest.json')), 'dist/extension-firefox exists: run ./build-wasm.sh first');
  assert.ok(existsSync(FIREFOX), `${FIREFOX} exists (./build-wasm.sh installs firefox-esr)`);
  server = createServer((req, res) => {
    const p = pages[new URL(req.url, 'http://127.0.0.1').pathname];
    if (!p) { res.writeHead(404, { 'content-type': 'text/plain' }).end('not found'); return; }
    res.writeHead(200, { 'content-type': p.type || 'text/html; charset=utf-8', 'cache-control': 'no-store', ...(p.headers || {}) });
    res.end(p.html);
  });
  await new Promise((r) => server.listen(0, '127.0.0.1', r));
  base = `http://127.0.0.1:${server.address().port}`;

  extCopy = extensionCopy(DIST_FF, (m) => {
    m.content_scripts = [{ matches: ['http://127.0.0.1/*'], js: ['content.js', 'autostart.js'], css: ['highlight.css'], run_at: 'document_idle' }];
  });
  profile = mkdtempSync(join(tmpdir(), 'newsmark-firefox-'));
  // a quiet profile: no first-run pages, updates, telemetry or remote settings
  writeFileSync(join(profile, 'user.js'), [
    ['browser.shell.checkDefaultBrowser', false], ['browser.startup.homepage_override.mstone', '"ignore"'],
    ['datareporting.policy.dataSubmissionEnabled', false], ['toolkit.telemetry.reportingpolicy.firstRun', false],
    ['app.update.disabledForTesting', true], ['browser.aboutwelcome.enabled', false], ['services.settings.server', '"http://127.0.0.1:9/"'],
    ['extensions.update.enabled', false], ['network.captive-portal-service.enabled', false], ['browser.safebrowsing.update.enabled', false],
  ].map(([k, v]) => `user_pref("${k}", ${v});`).join('\n'));
  firefox = spawn(FIREFOX, ['--headless', '--no-remote', '--profile', profile, '--remote-debugging-port', '0', 'about:blank'],
    { stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, MOZ_CRASHREPORTER_DISABLE: '1' } });
  const wsUrl = await new Promise((resolve, reject) => {
    let err = '';
    const timer = setTimeout(() => reject(new Error(`firefox did not start WebDriver BiDi within 60 s:\n${err}`)), 60000);
    firefox.stderr.on('data', (d) => {
      err += d;
      const m = err.match(/WebDriver BiDi listening on (ws:\/\/\S+)/);
      if (m) { clearTimeout(timer); resolve(m[1]); }
    });
    firefox.on('exit', (code) => reject(new Error(`firefox exited (${code}):\n${err}`)));
  });
  bidi = await connect(`${wsUrl}/session`);
  await bidi.send('session.new', { capabilities: {} });
  mkdirSync(OUT, { recursive: true });
});

after(async () => {
  try { await bidi?.send('session.end'); } catch { /* already gone */ }
  bidi?.close();
  if (firefox && firefox.exitCode === null) {
    firefox.kill('SIGTERM');
    await new Promise((r) => { firefox.once('exit', r); setTimeout(r, 5000); });
  }
  server?.close();
  for (const d of [profile, extCopy]) if (d) rmSync(d, { recursive: true, force: true });
});

const evaluate = async (context, expression) => {
  const r = await bidi.send('script.evaluate', { expression, target: { context }, awaitPromise: true, resultOwnership: 'none' });
  if (r.type === 'exception') throw new Error(r.exceptionDetails.text);
  return r.result.value;
};

test('Firefox: the add-on installs, runs its engine and paints highlights on a news page', { timeout: 180000 }, async () => {
  const { extension } = await bidi.send('webExtension.install', { extensionData: { type: 'path', path: extCopy } });
  assert.ok(extension, 'installed as a temporary add-on');
  const { contexts } = await bidi.send('browsingContext.getTree', {});
  const context = contexts[0].context;
  await bidi.send('browsingContext.setViewport', { context, viewport: { width: 1280, height: 900 } });
  await bidi.send('browsingContext.navigate', { context, url: `${base}/seed.html`, wait: 'complete' });
  const t0 = performance.now();
  let state = null;
  while (performance.now() - t0 < 60000) {
    state = JSON.parse(await evaluate(context, `JSON.stringify({
      names: [...CSS.highlights.keys()].filter((k) => k.startsWith('newsmark-')),
      ranges: [...CSS.highlights.values()].reduce((n, h) => n + h.size, 0),
      quote: [...CSS.highlights].filter(([k]) => k.startsWith('newsmark-quote-')).flatMap(([, h]) => [...h]).map((r) => r.toString()).slice(0, 3),
      text: document.body.textContent })`));
    if (state.names.some((k) => /^newsmark-(quote-|person)/.test(k))) break;
    await new Promise((r) => setTimeout(r, 250));
  }
  const ms = Math.round(performance.now() - t0);
  console.log(`# firefox: ${state.ranges} ranges in ${state.names.length} highlights after ${ms} ms (${state.names.join(', ')}); first quotes: ${JSON.stringify(state.quote)}`);
  assert.ok(state.names.some((k) => k.startsWith('newsmark-quote-')), 'quotes are painted');
  assert.ok(state.ranges >= 10, 'many ranges painted');
  const parsed = await evaluate(context, `new DOMParser().parseFromString(${JSON.stringify(pages['/seed.html'].html)}, 'text/html').body.textContent`);
  assert.equal(state.text, parsed, 'the page text is what the server sent: nothing written into it');
  const article = await evaluate(context, "document.getElementById('story').textContent");
  for (const q of state.quote) assert.ok(article.includes(q), `painted quote lies in the article: ${q}`);
  await evaluate(context, "document.querySelector('#story p:nth-of-type(3)')?.scrollIntoView({ block: 'start' }), true");
  const shot = await bidi.send('browsingContext.captureScreenshot', { context });
  writeFileSync(join(OUT, 'firefox-highlights.png'), Buffer.from(shot.data, 'base64'));
});
