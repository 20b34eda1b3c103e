// Loaders for the evaluation data in ../shared (read only; nothing of it is copied anywhere).
import fs from 'node:fs';
import path from 'node:path';
import { DATA } from './paths.mjs';
import { parseGermEval, parseUner } from './scorers.mjs';

export function loadWikinews(shared, split = 'dev') {
  const file = path.join(shared, DATA.wikinews(split));
  return fs.readFileSync(file, 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l));
}

/** split 'dev' (default) or 'train'; holdout M > 1 keeps only the train sentences whose index is a
 *  multiple of M: those a ner-de written with `newsmark_train --holdout M` has not seen. */
export function loadGermEval(shared, split = 'dev', holdout = 0) {
  const sents = parseGermEval(fs.readFileSync(path.join(shared, DATA.nerSplit(split)), 'utf8'));
  return holdout > 1 ? sents.filter((s, i) => i % holdout === 0) : sents;
}

export function loadUner(shared) {
  return parseUner(fs.readFileSync(path.join(shared, DATA.uner), 'utf8'));
}

/** lang: 'en' or 'de'' → the annotated articles of news-en-dev / news-de-dev, sorted by id. */
export function loadNewsDev(shared, lang) {
  const dir = path.join(shared, lang === 'en' ? DATA.newsEn : DATA.newsDe);
  return fs.readdirSync(dir).filter((f) => /^[a-z]{2}-dev-\d+\.json$/.test(f)).sort()
    .map((f) => JSON.parse(fs.readFileSync(path.join(dir, f), 'utf8')));
}

export function loadSeed(shared) {
  return fs.readFileSync(path.join(shared, DATA.seed), 'utf8');
}

export function loadSchema(shared) {
  return JSON.parse(fs.readFileSync(path.join(shared, DATA.schema), 'utf8'));
}
