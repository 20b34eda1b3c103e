// The download budget of issue 3: newsmark.js + newsmark.wasm + newsmark-worker.js together at
// most 1,000 kB (1,000,000 bytes) after gzip -9 (800 kB before the tagger models, core/models/*.nmt). Fails when the engine, ICU, the lexicons or the models outgrow it.
import test from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import path from 'node:path';
import { distDir, requireDist } from './helpers.mjs';

const BUDGET = 1_000_000;

test(`what a page downloads fits ${BUDGET} bytes gzip -9`, (t) => {
  requireDist();
  let raw = 0, gz = 0;
  for (const f of ['newsmark.js', 'newsmark.wasm', 'newsmark-worker.js']) {
    const b = readFileSync(path.join(distDir, f));
    const g = gzipSync(b, { level: 9 }).length;
    t.diagnostic(`${f}: ${b.length} raw, ${g} gzip`);
    raw += b.length; gz += g;
  }
  t.diagnostic(`total: ${raw} raw, ${gz} gzip (${(100 * gz / BUDGET).toFixed(1)}% of the budget)`);
  assert.ok(gz <= BUDGET, `${gz} bytes gzip > ${BUDGET}`);
});

test('the wasm module carries no untrimmed ICU data (the full icudt72l.dat is ~30 MB)', () => {
  requireDist();
  const size = readFileSync(path.join(distDir, 'newsmark.wasm')).length;
  assert.ok(size < 4_000_000, `newsmark.wasm is ${size} bytes`);
});
