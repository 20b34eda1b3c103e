// Where things are: the repository root (found from this file), the shared evaluation data
// (../shared next to the checkout, or NEWSMARK_SHARED) and the newsmark CLI (build/newsmark, or
// NEWSMARK_CLI). Everything else in tests/eval resolves paths through here.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const evalDir = path.dirname(fileURLToPath(import.meta.url));
export const repoRoot = path.resolve(evalDir, '..', '..');

export function sharedDir(override) {
  if (override) return path.resolve(override);
  if (process.env.NEWSMARK_SHARED) return path.resolve(process.env.NEWSMARK_SHARED);
  return path.resolve(repoRoot, '..', 'shared');
}

export function cliPath(override) {
  if (override) return path.resolve(override);
  if (process.env.NEWSMARK_CLI) return path.resolve(process.env.NEWSMARK_CLI);
  return path.join(repoRoot, 'build', 'newsmark');
}

export function exists(p) {
  try { fs.accessSync(p); return true; } catch { return false; }
}

/** The data files the harness reads, relative to the shared folder. */
export const DATA = {
  wikinews: (split) => path.join('eval', 'wikinews-de', `${split}.jsonl`),
  ner: path.join('eval', 'germeval2014-ner', 'dev.tsv'),
  nerSplit: (split) => path.join('eval', 'germeval2014-ner', `${split}.tsv`),
  uner: path.join('eval', 'uner-en-ewt', 'en_ewt-ud-dev.iob2'),
  newsEn: path.join('eval', 'news-en-dev'),
  newsDe: path.join('eval', 'news-de-dev'),
  seed: path.join('fixtures', 'seed-de.txt'),
  schema: path.join('spec', 'result.schema.json'),
};
