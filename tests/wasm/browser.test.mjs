// The wasm module in headless Chromium (Debian's /usr/bin/chromium through playwright-core),
// served from 127.0.0.1 by web/serve.mjs: loadNewsmark() on the main thread and
// createNewsmarkWorker() in a module worker; results checked against the native CLI.
import test from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { repoRoot, distDir, requireDist, runCli, sharedDir } from './helpers.mjs';
import { startServer } from '../../web/serve.mjs';

requireDist();
const require = createRequire(path.join(repoRoot, 'web', 'package.json'));
const { chromium } = require('playwright-core');
const CHROMIUM = process.env.CHROMIUM || '/usr/bin/chromium';

const SHORT = 'Kim sagte: „Wir werden nicht aufgeben.“';
const seedPath = path.join(sharedDir, 'fixtures', 'seed-de.txt');

let server, browser, page;
test.before(async () => {
  assert.ok(existsSync(CHROMIUM), `${CHROMIUM} not found (apt-get install chromium, or set CHROMIUM)`);
  server = await startServer(distDir);
  browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-background-networking',
      '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
  page = await browser.newPage();
  page.on('pageerror', (e) => console.error('page error:', e.message));
  // Any same-origin document will do; the module is imported into it.
  await page.goto(server.url + 'newsmark-worker.js');
});
test.after(async () => {
  await browser?.close();
  await server?.close();
});

test('the page downloads newsmark.wasm as application/wasm', async () => {
  const res = await fetch(server.url + 'newsmark.wasm');
  assert.equal(res.headers.get('content-type'), 'application/wasm');
  assert.equal(Buffer.from(await res.arrayBuffer()).length, readFileSync(path.join(distDir, 'newsmark.wasm')).length);
});

test('loadNewsmark() in Chromium finds the quote in a short German text', async () => {
  const out = await page.evaluate(async (text) => {
    const t0 = performance.now();
    const { loadNewsmark } = await import('/newsmark.js');
    const nm = await loadNewsmark();
    const t1 = performance.now();
    const result = nm.extract(text, { lang: 'auto' });
    return { result, version: nm.version, loadMs: t1 - t0 };
  }, SHORT);
  const r = out.result;
  assert.equal(r.error, undefined, r.error);
  assert.equal(r.lang, 'de');
  assert.equal(r.offsets, 'utf16');
  const q = r.quotes.find((x) => SHORT.slice(x.spans[0].start, x.spans[0].end).includes('Wir werden nicht aufgeben'));
  assert.ok(q, `no quote found: ${JSON.stringify(r.quotes)}`);
  assert.equal(q.kind, 'direct');
  assert.deepEqual(r, runCli([{ id: 'short', text: SHORT }]).get('short'), 'browser result = native result');
  console.log(`# Chromium: module loaded in ${out.loadMs.toFixed(1)} ms, version ${out.version}`);
});

test('the seed article: same result in Chromium (main thread and worker) as natively', async (t) => {
  if (!existsSync(seedPath)) {
    t.skip(`${seedPath} not found: seed article NOT checked (set NEWSMARK_SHARED)`);
    return;
  }
  const text = readFileSync(seedPath, 'utf8');
  const native = runCli([{ id: 'seed', text }]).get('seed');
  const out = await page.evaluate(async (text) => {
    const { loadNewsmark, createNewsmarkWorker } = await import('/newsmark.js');
    const nm = await loadNewsmark();
    const main = nm.extract(text, { lang: 'auto' });
    const w = createNewsmarkWorker();
    const inWorker = await w.extract(text, { lang: 'auto' });
    const err = await w.extract(text, { lang: 'zz' });
    w.terminate();
    return { main, inWorker, err };
  }, text);
  assert.equal(out.main.error, undefined, out.main.error);
  assert.ok(out.main.quotes.length > 0 && out.main.actors.length > 0, 'the seed article has actors and quotes');
  assert.deepEqual(out.main, native);
  assert.deepEqual(out.inWorker, native);
  assert.match(out.err.error, /language/);
});

test('errors in the browser are values and the next call works', async () => {
  const out = await page.evaluate(async (text) => {
    const { loadNewsmark } = await import('/newsmark.js');
    const nm = await loadNewsmark();
    return [nm.extract(text, { lang: 'xx' }), nm.extract(42), nm.extract('\ud800' + text)];
  }, SHORT);
  assert.match(out[0].error, /language/);
  assert.match(out[1].error, /string/);
  assert.equal(out[2].error, undefined);
  assert.ok(out[2].quotes.length >= 1);
  // With one lone surrogate in front, every offset moves by exactly one UTF-16 unit.
  const native = runCli([{ id: 's', text: SHORT }]).get('s');
  assert.equal(out[2].quotes[0].spans[0].start, native.quotes[0].spans[0].start + 1);
});

test('after a trap on the main thread the module restarts synchronously and the next call works', async () => {
  const out = await page.evaluate(async (text) => {
    const { loadNewsmark } = await import('/newsmark.js');
    let armed = false, fired = 0;
    const wrapImports = (imports) => {
      const o = {};
      for (const [ns, obj] of Object.entries(imports)) {
        o[ns] = {};
        for (const [k, v] of Object.entries(obj)) {
          o[ns][k] = typeof v !== 'function' ? v : (...a) => {
            if (armed) { armed = false; fired++; throw new WebAssembly.RuntimeError('simulated abort: out of memory'); }
            return v(...a);
          };
        }
      }
      return o;
    };
    const nm = await loadNewsmark({ wrapImports, log: () => {} });
    const big = text.repeat(400);
    const before = nm.extract(big);
    armed = true;
    const failed = nm.extract(big);
    const after = nm.extract(big);
    return { fired, failed, same: JSON.stringify(before) === JSON.stringify(after), quotes: after.quotes?.length };
  }, '🙂 ' + SHORT + ' ');
  assert.equal(out.fired, 1);
  assert.match(out.failed.error, /out of memory|engine failure/);
  assert.ok(out.same, 'the call after the trap gives the same result as before it');
  assert.ok(out.quotes >= 1);
});
