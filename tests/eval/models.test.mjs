// The tagger models in core/models are what the trainer writes from ../shared at this commit:
// runs `newsmark_train --shared ../shared --out TMP` (all three models, about two minutes of CPU)
// and compares every file byte for byte with the committed one. A change of the trainer, the
// features or a word list the gazetteer features read changes the models; this test makes the
// commit that changes them write them again (core/models/PROVENANCE.md says how), so that the
// models shipped are always the command's output. Skipped only when ../shared is missing; a
// missing trainer is a failure.
//   node --test tests/eval/models.test.mjs
import test from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import { repoRoot, sharedDir, exists } from './paths.mjs';

const SHARED = sharedDir();
const HAVE_SHARED = exists(path.join(SHARED, 'eval'));
const TRAINER = process.env.NEWSMARK_TRAIN ? path.resolve(process.env.NEWSMARK_TRAIN)
  : path.join(repoRoot, 'build', 'core', 'newsmark_train');
const MODELS = path.join(repoRoot, 'core', 'models');
const MODEL_NAMES = ['ner-de', 'ner-en', 'pos-en'];

test('core/models holds one .nmt per model the trainer writes', () => {
  const files = fs.readdirSync(MODELS).filter((f) => f.endsWith('.nmt')).sort();
  assert.deepEqual(files, MODEL_NAMES.map((n) => `${n}.nmt`));
});

test('the trainer writes the committed models byte for byte', { skip: HAVE_SHARED ? false : `skipped: shared data not found at ${SHARED} (set NEWSMARK_SHARED)`, timeout: 20 * 60 * 1000 }, () => {
  assert.ok(exists(TRAINER), `no trainer at ${TRAINER} (cmake --build build --target newsmark_train)`);
  const out = fs.mkdtempSync(path.join(os.tmpdir(), 'newsmark-models-'));
  try {
    const log = execFileSync(TRAINER, ['--shared', SHARED, '--out', out], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
    console.log(log.trim());
    const differ = [];
    for (const name of MODEL_NAMES) {
      const f = `${name}.nmt`;
      const a = fs.readFileSync(path.join(MODELS, f));
      const b = fs.readFileSync(path.join(out, f));
      if (!a.equals(b)) differ.push(`${f}: committed ${a.length} bytes, trainer ${b.length} bytes`);
    }
    assert.deepEqual(differ, [], `the trainer writes other models than the committed ones; write them again:\n  build/core/newsmark_train --shared ../shared --out core/models\n  ${differ.join('\n  ')}`);
  } finally {
    fs.rmSync(out, { recursive: true, force: true });
  }
});
