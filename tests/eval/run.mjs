#!/usr/bin/env node
// The evaluation harness: runs the newsmark CLI once per data set and prints scores.
//
//   node tests/eval/run.mjs [--cli build/newsmark] [--shared ../shared] [--split dev|train]
//                           [--sets wikinews,ner,uner,en,de] [--json out.json] [--baseline old.json]
//                           [--verbose] [--oracle]
//   node tests/eval/run.mjs --rules      per attribution rule: quotes made, matched, precision,
//                                        speaker accuracy; sources made and their precision
//   node tests/eval/run.mjs --ablation   the change in F1 with each rule switched off
//
// Scoring rules: tests/eval/README.md. The functions below are also used by floor.test.mjs.
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { spawnSync } from 'node:child_process';
import { sharedDir, cliPath, exists } from './paths.mjs';
import { runCli } from './cli.mjs';
import { toCodepoints } from './contract.mjs';
import { loadWikinews, loadGermEval, loadUner, loadNewsDev } from './data.mjs';
import {
  tokenize, scoreWikinewsDoc, wikinewsTotals, WIKI_ROLES,
  nerPredictions, nerCounter, scoreNerSentence, nerTotals, NER_TYPES,
  scoreNewsDoc, newsCounter, addNewsCounter, newsScores, speakerHead,
  wikinewsGoldAsResult, nerGoldAsResult, newsGoldAsResult,
} from './scorers.mjs';

export const ALL_SETS = ['wikinews', 'ner', 'uner', 'en', 'de'];

// ---------------------------------------------------------------------------------------------
// Getting results: the CLI (one process per data set) or, with --oracle, the gold itself.

/**
 * items: [{id, text, lang}]; goldAsResult(item) for --oracle. Returns {results: Map(id →
 * result in code points), problems, ms}. A result that cannot be converted counts as empty
 * and is listed in problems.
 */
function getResults(items, opts, goldAsResult) {
  if (opts.oracle) {
    return { results: new Map(items.map((it) => [it.id, goldAsResult(it.gold)])), problems: [], ms: 0 };
  }
  const run = runCli(items.map(({ id, text, lang }) => ({ id, text, lang })),
    { cli: opts.cli, offsets: 'codepoints', extraArgs: opts.extraArgs });
  const results = new Map();
  const problems = [...run.problems];
  for (const it of items) {
    const r = run.results.get(it.id);
    if (!r) continue;
    try { results.set(it.id, toCodepoints(r, it.text)); } catch (e) { problems.push(`${it.id}: ${e.message}`); }
  }
  if (run.stderr.trim()) {
    const lines = run.stderr.trim().split('\n');
    problems.push(`CLI stderr (${lines.length} lines): ${lines.slice(0, 3).join(' | ')}${lines.length > 3 ? ' …' : ''}`);
  }
  return { results, problems, ms: run.ms };
}

const EMPTY = { actors: [], quotes: [], sources: [] };

// ---------------------------------------------------------------------------------------------
// (a) German Wikinews

export function evalWikinews(opts) {
  const docs = loadWikinews(opts.shared, opts.split || 'dev');
  const { results, problems, ms } = getResults(
    docs.map((d) => ({ id: d.id, text: d.text, lang: 'de', gold: d })), opts, wikinewsGoldAsResult);
  const docScores = docs.map((d) => scoreWikinewsDoc(d, results.get(d.id) || EMPTY, tokenize(d.text)));
  return { set: 'wikinews', split: opts.split || 'dev', totals: wikinewsTotals(docScores), docs, docScores, results, problems, ms };
}

// ---------------------------------------------------------------------------------------------
// (b) GermEval 2014 NER

export function evalNer(opts) {
  const sents = loadGermEval(opts.shared, opts.split || 'dev', opts.holdout || 0);
  const { results, problems, ms } = getResults(
    sents.map((s) => ({ id: s.id, text: s.text, lang: 'de', gold: s })), opts, nerGoldAsResult);
  const news = nerCounter(), all = nerCounter();
  const errors = [];
  for (const s of sents) {
    const preds = nerPredictions(results.get(s.id) || EMPTY);
    const e = scoreNerSentence(s, preds, all);
    if (s.isNews) scoreNerSentence(s, preds, news);
    errors.push({ sent: s, ...e });
  }
  return { set: 'ner', split: opts.split || 'dev', news: nerTotals(news), all: nerTotals(all), sents, errors, problems, ms,
    counts: { sentences: sents.length, news: sents.filter((s) => s.isNews).length } };
}

// ---------------------------------------------------------------------------------------------
// (b2) Universal NER English EWT dev: the same exact-span scoring, one text per document

export function evalUner(opts) {
  const docs = loadUner(opts.shared);
  const { results, problems, ms } = getResults(
    docs.map((d) => ({ id: d.id, text: d.text, lang: 'en', gold: d })), opts, nerGoldAsResult);
  const all = nerCounter();
  const errors = [];
  for (const d of docs) errors.push({ sent: d, ...scoreNerSentence(d, nerPredictions(results.get(d.id) || EMPTY), all) });
  return { set: 'uner', all: nerTotals(all), docs, errors, problems, ms };
}

// ---------------------------------------------------------------------------------------------
// (c) news-en-dev / news-de-dev

export function evalNewsDev(opts, lang) {
  const docs = loadNewsDev(opts.shared, lang);
  // --explain adds the speakers' tokens with their tags, for the check of speaker heads.
  const extraArgs = [...(opts.extraArgs || []).filter((a) => a !== '--explain'), '--explain'];
  const { results, problems, ms } = getResults(
    docs.map((d) => ({ id: d.id, text: d.text, lang, gold: d })), { ...opts, extraArgs }, newsGoldAsResult);
  const total = newsCounter();
  const perDoc = docs.map((d) => {
    const res = results.get(d.id) || EMPTY;
    const s = scoreNewsDoc(d, res);
    addNewsCounter(total, s.counts);
    return { id: d.id, doc: d, result: res, counts: s.counts, scores: newsScores(s.counts), details: s.details };
  });
  return { set: lang, perDoc, totals: newsScores(total), badHeads: badSpeakerHeads(perDoc), problems, ms };
}

/** Every predicted speaker whose head is not a noun, proper noun or pronoun: [{id, speaker, head, pos}]. */
export function badSpeakerHeads(perDoc) {
  const bad = [];
  for (const d of perDoc) {
    for (const q of d.result.quotes) {
      if (!q.speaker) continue;
      const h = speakerHead(q.speaker.tokens, d.doc.text);
      if (h && !h.ok) bad.push({ id: d.id, speaker: snip(d.doc.text, q.speaker.spans, 50), head: h.text, pos: h.pos });
    }
  }
  return bad;
}

// ---------------------------------------------------------------------------------------------
// Everything, and the headline numbers

const pct = (x) => (x === null || x === undefined ? null : Math.round(x * 10000) / 100);

/** Flat headline numbers (×100, two decimals) from the reports of evaluateAll. */
export function summarize(reports) {
  const s = {};
  if (reports.wikinews) {
    for (const role of WIKI_ROLES) s[`wikinews_de.${role}_f1`] = pct(reports.wikinews.totals[role].f1);
  }
  if (reports.ner) {
    s['ner.news_f1'] = pct(reports.ner.news.ALL.f1);
    s['ner.all_f1'] = pct(reports.ner.all.ALL.f1);
  }
  if (reports.uner) s['uner_en.f1'] = pct(reports.uner.all.ALL.f1);
  for (const lang of ['en', 'de']) {
    const r = reports[lang];
    if (!r) continue;
    s[`news_${lang}.quotes_f1`] = pct(r.totals.quotes.f1);
    s[`news_${lang}.speaker_acc`] = pct(r.totals.speakerAcc);
    s[`news_${lang}.speaker_e2e`] = pct(r.totals.speakerE2E);
    s[`news_${lang}.actor_f1`] = pct(r.totals.actors.f1);
    s[`news_${lang}.sources_f1`] = pct(r.totals.sources.f1);
    s[`news_${lang}.sources_r`] = pct(r.totals.sources.r);
  }
  return s;
}

/**
 * Run the chosen data sets. opts: {cli, shared, split, sets, oracle}. Returns {reports,
 * summary}. Throws when the shared folder is missing or the CLI cannot run.
 */
export function evaluateAll(opts) {
  const o = { split: 'dev', sets: ALL_SETS, ...opts };
  if (!exists(o.shared)) throw new Error(`shared data folder not found: ${o.shared} (set NEWSMARK_SHARED or --shared)`);
  const reports = {};
  if (o.sets.includes('wikinews')) reports.wikinews = evalWikinews(o);
  if (o.sets.includes('ner')) reports.ner = evalNer(o);
  if (o.sets.includes('uner')) reports.uner = evalUner(o);
  if (o.sets.includes('en')) reports.en = evalNewsDev(o, 'en');
  if (o.sets.includes('de')) reports.de = evalNewsDev(o, 'de');
  return { reports, summary: summarize(reports) };
}

// ---------------------------------------------------------------------------------------------
// Printing

const f = (x, w = 6) => (x === null || x === undefined ? 'n/a' : (x * 100).toFixed(1)).padStart(w);
const snip = (text, spans, max = 90) => {
  const s = (spans || []).map((x) => [...text].slice(x.start, x.end).join('')).join(' … ').replace(/\s+/g, ' ');
  return JSON.stringify(s.length > max ? s.slice(0, max - 1) + '…' : s);
};
const toSp = (pairs) => (pairs || []).map((p) => ({ start: p[0], end: p[1] }));

function printProblems(log, name, r) {
  if (r.problems.length) {
    log(`  ! ${name}: ${r.problems.length} problem(s) with the CLI output:`);
    for (const p of r.problems.slice(0, 10)) log(`    - ${p}`);
  }
}

export function printWikinews(r, log = console.log, verbose = false) {
  const t = r.totals;
  log(`\n== (a) German Wikinews quotes, ${r.split} (${t.docs} articles, ${t.nGold} gold / ${t.nPred} predicted quotes, ${t.pairs} pairs; CLI ${(r.ms / 1000).toFixed(1)} s)`);
  printProblems(log, 'wikinews', r);
  log('  role        P      R     F1');
  for (const role of WIKI_ROLES) log(`  ${role.padEnd(8)} ${f(t[role].p)} ${f(t[role].r)} ${f(t[role].f1)}`);
  // diagnostic: quote-token recall by gold type (paired or not)
  const byType = new Map();
  r.docScores.forEach((ds, i) => {
    const rOf = new Map(ds.pairs.map((pr) => [pr.g, pr.scores.quote.r]));
    r.docs[i].quotes.forEach((q, gi) => {
      const x = byType.get(q.type) || { n: 0, paired: 0, r: 0 };
      x.n++; if (rOf.has(gi)) { x.paired++; x.r += rOf.get(gi); }
      byType.set(q.type, x);
    });
  });
  log(`  by gold type (paired/gold, quote R): ${[...byType.entries()].sort((a, b) => b[1].n - a[1].n).map(([k, x]) => `${k} ${x.paired}/${x.n} ${f(x.r / x.n, 0)}`).join(', ')}`);
  if (!verbose) return;
  for (const [i, ds] of r.docScores.entries()) {
    const d = r.docs[i], res = r.results.get(d.id) || EMPTY;
    if (!ds.unpairedGold.length && !ds.unpairedPred.length && ds.pairs.every((p) => p.scores.speaker.r === 1 && p.scores.cue.r === 1 && p.scores.speaker.p === 1 && p.scores.cue.p === 1)) continue;
    log(`  -- ${d.id}: gold ${ds.nGold}, predicted ${ds.nPred}, paired ${ds.pairs.length}`);
    for (const g of ds.unpairedGold) log(`     MISSED ${d.quotes[g].type}: ${snip(d.text, toSp(d.quotes[g].quote))}`);
    // predicted items are the quotes and their verbatim pieces (scoreWikinewsDoc): back to the quote
    const quoteOf = (p) => res.quotes[ds.predQuote[p]];
    for (const p of ds.unpairedPred) {
      const q = quoteOf(p);
      log(`     EXTRA  ${ds.predVerbatim[p] ? 'verbatim piece of ' : ''}${q.kind}: ${snip(d.text, q.spans)}`);
    }
    for (const pr of ds.pairs) {
      const gq = d.quotes[pr.g], pq = quoteOf(pr.p);
      const bad = [];
      if (pr.scores.speaker.p < 1 || pr.scores.speaker.r < 1) bad.push(`speaker gold ${snip(d.text, toSp(gq.speaker), 40)} pred ${snip(d.text, pq.speaker ? pq.speaker.spans : [], 40)}`);
      if (pr.scores.cue.p < 1 || pr.scores.cue.r < 1) bad.push(`cue gold ${snip(d.text, toSp(gq.cue), 30)} pred ${snip(d.text, pq.cue ? pq.cue.spans : [], 30)}`);
      if (bad.length) log(`     PAIR   ${snip(d.text, toSp(gq.quote), 50)}: ${bad.join('; ')}`);
    }
  }
}

/** The most frequent false positives and misses of an NER set (errors: [{sent, fp, fn}]). */
function printNerErrors(errors, log) {
  const top = (list) => {
    const c = new Map();
    for (const { sent, e } of list) {
      const k = `${e.type} ${[...sent.text].slice(e.start, e.end).join('')}`;
      c.set(k, (c.get(k) || 0) + 1);
    }
    return [...c.entries()].sort((a, b) => b[1] - a[1]).slice(0, 40).map(([k, n]) => `${n}× ${k}`).join(', ');
  };
  const fps = [], fns = [];
  for (const e of errors) { for (const x of e.fp) fps.push({ sent: e.sent, e: x }); for (const x of e.fn) fns.push({ sent: e.sent, e: x }); }
  log(`  most frequent false positives: ${top(fps)}`);
  log(`  most frequent misses: ${top(fns)}`);
  // each error by kind: a gold entity missed / found with the wrong type / with wrong boundaries;
  // a prediction spurious (overlaps no gold entity) / wrong type / wrong boundaries
  const kinds = new Map();
  const bump = (k) => kinds.set(k, (kinds.get(k) || 0) + 1);
  const overlaps = (a, b) => a.start < b.end && b.start < a.end;
  for (const e of errors) {
    for (const g of e.fn) {
      const same = e.fp.find((p) => p.start === g.start && p.end === g.end);
      const over = e.fp.find((p) => overlaps(p, g));
      bump(`${g.type} ${same ? 'wrong type' : over ? 'wrong boundary' : 'missed'}`);
    }
    for (const p of e.fp) {
      if (e.fn.some((g) => g.start === p.start && g.end === p.end)) continue;  // counted as wrong type
      const over = e.sent.gold.some((g) => overlaps(p, g));
      if (!over) bump(`${p.type} spurious`);
      else if (!e.fn.some((g) => overlaps(p, g))) bump(`${p.type} extra over a found entity`);
    }
  }
  log(`  errors by kind (gold type for misses, predicted type for spurious): ${[...kinds.entries()].sort((a, b) => b[1] - a[1]).map(([k, n]) => `${k} ${n}`).join(', ')}`);
}

export function printNer(r, log = console.log, verbose = false) {
  log(`\n== (b) GermEval 2014 NER ${r.split || 'dev'} (${r.counts.sentences} sentences, ${r.counts.news} news${r.split === 'train' ? ': train has no sources, every sentence counts as news' : ''}; CLI ${(r.ms / 1000).toFixed(1)} s)`);
  printProblems(log, 'ner', r);
  log('  exact spans              news sentences           all sentences');
  log('  type    gold   pred   P      R     F1  |  gold   pred   P      R     F1');
  for (const t of [...NER_TYPES, 'ALL', 'SPAN']) {
    const a = r.news[t], b = r.all[t];
    const label = t === 'ALL' ? 'micro' : t === 'SPAN' ? 'untyped' : t;
    log(`  ${label.padEnd(7)} ${String(a.gold).padStart(5)} ${String(a.pred).padStart(6)} ${f(a.p)} ${f(a.r)} ${f(a.f1)} | ${String(b.gold).padStart(5)} ${String(b.pred).padStart(6)} ${f(b.p)} ${f(b.r)} ${f(b.f1)}`);
  }
  log(`  ignored predictions inside gold OTH/*part/*deriv entities: ${r.news.ignored} (news), ${r.all.ignored} (all)`);
  if (!verbose) return;
  printNerErrors(r.errors, log);
}

export function printUner(r, log = console.log, verbose = false) {
  log(`\n== (b2) Universal NER English EWT dev (${r.docs.length} documents; CLI ${(r.ms / 1000).toFixed(1)} s)`);
  printProblems(log, 'uner', r);
  log('  exact spans');
  log('  type    gold   pred   P      R     F1');
  for (const t of [...NER_TYPES, 'ALL', 'SPAN']) {
    const a = r.all[t];
    const label = t === 'ALL' ? 'micro' : t === 'SPAN' ? 'untyped' : t;
    log(`  ${label.padEnd(7)} ${String(a.gold).padStart(5)} ${String(a.pred).padStart(6)} ${f(a.p)} ${f(a.r)} ${f(a.f1)}`);
  }
  if (!verbose) return;
  printNerErrors(r.errors, log);
}

export function printNewsDev(r, log = console.log, verbose = false) {
  const name = r.set === 'en' ? 'news-en-dev' : 'news-de-dev';
  log(`\n== (c) ${name} (${r.perDoc.length} articles; CLI ${(r.ms / 1000).toFixed(1)} s)`);
  printProblems(log, name, r);
  log('  article      quotes g/p/m   qF1  spkAcc spkAct  cueF1  actF1 actTyF1  srcF1 srcKdF1');
  const row = (id, c, s) => log(`  ${id.padEnd(11)} ${`${c.quotes.gold}/${c.quotes.pred}/${c.quotes.tp}`.padStart(11)} ${f(s.quotes.f1)} ${f(s.speakerAcc)} ${f(s.speakerActorAcc)} ${f(s.cue.f1)} ${f(s.actors.f1)} ${f(s.actorsTyped.f1, 7)} ${f(s.sources.f1)} ${f(s.sourcesKind.f1, 7)}`);
  const tot = newsCounter();
  for (const d of r.perDoc) { row(d.id, d.counts, d.scores); addNewsCounter(tot, d.counts); }
  row('TOTAL', tot, r.totals);
  const t = r.totals;
  const byType = new Map();
  for (const d of r.perDoc) {
    const paired = new Set(d.details.quotePairs.map((x) => x.g));
    d.doc.quotes.forEach((q, gi) => { const x = byType.get(q.type) || { n: 0, m: 0 }; x.n++; if (paired.has(gi)) x.m++; byType.set(q.type, x); });
  }
  log(`  quote recall by gold type (matched/gold): ${[...byType.entries()].map(([k, x]) => `${k} ${x.m}/${x.n}`).join(', ')}`);
  log(`  totals: quotes P ${f(t.quotes.p, 0)} R ${f(t.quotes.r, 0)} F1 ${f(t.quotes.f1, 0)}; speaker accuracy ${f(t.speakerAcc, 0)} (span, over matched, n=${t.speakerN}), ${f(t.speakerE2E, 0)} (span, end to end, n=${t.speakerE2EN}), ${f(t.speakerActorAcc, 0)} (actor, n=${t.speakerActorN}); cue P ${f(t.cue.p, 0)} R ${f(t.cue.r, 0)} F1 ${f(t.cue.f1, 0)}`);
  const tagNote = r.set === 'de' ? ' (no German POS model: head = last word before punctuation, capitalised or a pronoun)' : '';
  log(`  speakers whose head is not a noun, proper noun or pronoun: ${r.badHeads.length}${tagNote}`);
  for (const b of r.badHeads) log(`     BADHEAD ${b.id} ${b.speaker}: head ${JSON.stringify(b.head)} ${b.pos}`);
  log(`          actor mentions P ${f(t.actors.p, 0)} R ${f(t.actors.r, 0)} F1 ${f(t.actors.f1, 0)} (typed F1 ${f(t.actorsTyped.f1, 0)}; ${t.groupMentionsIgnored} group mentions left out); sources P ${f(t.sources.p, 0)} R ${f(t.sources.r, 0)} F1 ${f(t.sources.f1, 0)} (kind-aware F1 ${f(t.sourcesKind.f1, 0)})`);
  if (!verbose) return;
  for (const d of r.perDoc) {
    const { doc, result, details } = d;
    log(`  -- ${d.id}`);
    for (const g of details.missedQuotes) { const q = doc.quotes[g]; log(`     MISSED quote ${q.type}: ${snip(doc.text, toSp([q.span]))}`); }
    for (const p of details.extraQuotes) { const q = result.quotes[p]; log(`     EXTRA  quote ${q.kind}: ${snip(doc.text, q.spans)}`); }
    for (const pr of details.quotePairs) {
      const g = doc.quotes[pr.g], p = result.quotes[pr.p];
      if (pr.spanOk === false || pr.actorOk === false || (pr.hasPredCue || pr.hasGoldCue) && !pr.cueOk) {
        log(`     PAIR   ${snip(doc.text, toSp([g.span]), 50)}: speaker gold ${snip(doc.text, toSp(g.speaker_span ? [g.speaker_span] : []), 30)}${g.speaker ? ` (${g.speaker})` : ''} pred ${snip(doc.text, p.speaker ? p.speaker.spans : [], 30)}${p.speaker && p.speaker.actor ? ` (${p.speaker.actor})` : ''}; cue gold ${snip(doc.text, toSp(g.cue_span ? [g.cue_span] : []), 25)} pred ${snip(doc.text, p.cue ? p.cue.spans : [], 25)}`);
      }
    }
    for (const g of details.missedSources) { const s = doc.sources[g]; log(`     MISSED source ${s.kind}: ${snip(doc.text, toSp([s.span]))}`); }
    for (const p of details.extraSources) { const s = result.sources[p]; log(`     EXTRA  source ${s.kind}: ${snip(doc.text, s.spans)}`); }
  }
}

export function printSummary(summary, log = console.log, split = 'dev', before = null) {
  const delta = (k) => {
    if (!before || typeof before[k] !== 'number' || typeof summary[k] !== 'number') return '';
    const d = summary[k] - before[k];
    return Math.abs(d) < 0.05 ? ' (=)' : ` (${d > 0 ? '+' : ''}${d.toFixed(1)})`;
  };
  const v = (k) => (summary[k] === undefined ? '  —  ' : summary[k] === null ? ' n/a ' : summary[k].toFixed(1).padStart(5)) + delta(k);
  log(`\n== Summary (×100)${before ? ', in parentheses the change since the --baseline file' : ''}`);
  if ('wikinews_de.quote_f1' in summary) log(`  wikinews-de ${split}: quote F1 ${v('wikinews_de.quote_f1')}  speaker F1 ${v('wikinews_de.speaker_f1')}  cue F1 ${v('wikinews_de.cue_f1')}`);
  if ('ner.news_f1' in summary) log(`  GermEval NER dev:  news F1 ${v('ner.news_f1')}  all F1 ${v('ner.all_f1')}`);
  if ('uner_en.f1' in summary) log(`  UNER English EWT dev:  F1 ${v('uner_en.f1')}`);
  for (const lang of ['en', 'de']) {
    if (`news_${lang}.quotes_f1` in summary) {
      log(`  news-${lang}-dev:       quotes F1 ${v(`news_${lang}.quotes_f1`)}  speaker acc ${v(`news_${lang}.speaker_acc`)} (end to end ${v(`news_${lang}.speaker_e2e`)})  actor F1 ${v(`news_${lang}.actor_f1`)}  sources F1 ${v(`news_${lang}.sources_f1`)} (R ${v(`news_${lang}.sources_r`)})`);
    }
  }
}

// ---------------------------------------------------------------------------------------------
// Per rule (--rules) and ablation (--ablation)

/** The attribution rules of the CLI in order: [{name, lang, stage}] (newsmark --list-rules). */
export function listRules(cli) {
  const r = spawnSync(cli, ['--list-rules'], { encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`${cli} --list-rules failed: ${r.stderr}`);
  return r.stdout.split('\n').filter((l) => l.trim()).map((l) => {
    const [name, lang, stage] = l.trim().split(/\s+/);
    return { name, lang, stage };
  });
}

const ruleRow = () => ({ quotes: 0, matched: 0, speakerN: 0, speakerOk: 0, sources: 0, sourcesMatched: 0, sourceGold: false });
// The rule that named a quote's speaker; without a speaker the quote's own rule (its "nobody").
const speakerRule = (q) => (q.speaker && q.speaker.rule) || q.rule;

/**
 * Per rule, on results made with --explain: quotes made, matched (paired with a gold quote),
 * speaker accuracy over matched quotes by the rule that named the speaker, sources made and
 * matched. Returns Map(rule → row) for Wikinews, news-en-dev and news-de-dev.
 */
export function rulesTables(reports) {
  const tables = {};
  const row = (t, name) => { if (!t.has(name)) t.set(name, ruleRow()); return t.get(name); };
  if (reports.wikinews) {
    const t = new Map();
    reports.wikinews.docScores.forEach((ds, i) => {
      const res = reports.wikinews.results.get(reports.wikinews.docs[i].id) || EMPTY;
      for (const q of res.quotes) row(t, q.rule).quotes++;
      for (const pr of ds.pairs) {
        if (ds.predVerbatim[pr.p]) continue;  // a mixed quote's piece: its quote is counted on its own
        const q = res.quotes[ds.predQuote[pr.p]];
        row(t, q.rule).matched++;
        const sr = row(t, speakerRule(q));
        sr.speakerN++;
        // Right when it overlaps the gold speaker, or when both name nobody.
        if (pr.scores.speaker.p > 0) sr.speakerOk++;
      }
      for (const s of res.sources) row(t, s.rule).sources++;
    });
    tables.wikinews = t;
  }
  for (const lang of ['en', 'de']) {
    const r = reports[lang];
    if (!r) continue;
    const t = new Map();
    for (const d of r.perDoc) {
      const res = d.result;
      for (const q of res.quotes) row(t, q.rule).quotes++;
      for (const pr of d.details.quotePairs) {
        const q = res.quotes[pr.p];
        row(t, q.rule).matched++;
        if (pr.spanOk === null) continue;  // the gold names no speaker
        const sr = row(t, speakerRule(q));
        sr.speakerN++;
        if (pr.spanOk) sr.speakerOk++;
      }
      const extra = new Set(d.details.extraSources);
      res.sources.forEach((s, i) => {
        const x = row(t, s.rule);
        x.sources++; x.sourceGold = true;
        if (!extra.has(i)) x.sourcesMatched++;
      });
    }
    tables[lang] = t;
  }
  return tables;
}

export function printRules(tables, rules, log = console.log, split = 'dev') {
  const n = (x, w) => String(x).padStart(w);
  const ratio = (a, b, w = 6) => (b ? (100 * a / b).toFixed(1) : '-').padStart(w);
  const names = { wikinews: `Wikinews-de ${split}`, en: 'news-en-dev', de: 'news-de-dev' };
  for (const [set, t] of Object.entries(tables)) {
    log(`\n== per rule, ${names[set]} (quotes: made, matched with a gold quote, precision; speaker: matched quotes whose speaker the rule named (or, with none, whose quote it made), share right; sources: made, precision)`);
    log(`  ${'rule'.padEnd(28)} ${'quotes'.padStart(6)} ${'match'.padStart(6)} ${'prec'.padStart(6)} ${'spk n'.padStart(6)} ${'spkAcc'.padStart(6)} ${'srcs'.padStart(6)} ${'srcP'.padStart(6)}`);
    const total = ruleRow();
    for (const { name } of rules) {
      const x = t.get(name);
      if (!x) continue;
      for (const k of Object.keys(total)) if (typeof x[k] === 'number') total[k] += x[k];
      total.sourceGold = total.sourceGold || x.sourceGold;
      log(`  ${name.padEnd(28)} ${n(x.quotes, 6)} ${n(x.matched, 6)} ${ratio(x.matched, x.quotes)} ${n(x.speakerN, 6)} ${ratio(x.speakerOk, x.speakerN)} ${n(x.sources, 6)} ${x.sourceGold ? ratio(x.sourcesMatched, x.sources) : '     -'}`);
    }
    for (const name of t.keys()) if (!rules.some((r) => r.name === name)) log(`  (a rule the CLI does not list: ${name})`);
    log(`  ${'all'.padEnd(28)} ${n(total.quotes, 6)} ${n(total.matched, 6)} ${ratio(total.matched, total.quotes)} ${n(total.speakerN, 6)} ${ratio(total.speakerOk, total.speakerN)} ${n(total.sources, 6)} ${total.sourceGold ? ratio(total.sourcesMatched, total.sources) : '     -'}`);
  }
}

// The sets a rule can change: its language's (a shared rule: all).
const setsOf = (rule, sets) => sets.filter((s) => rule.lang === 'shared' || (rule.lang === 'de' ? s !== 'en' : s === 'en'));

/** Runs once per rule with --disable RULE; rows of Δ summary numbers (after − before, ×100). */
export function ablation(opts, rules, log = console.log) {
  const sets = opts.sets.filter((s) => s !== 'ner');
  const base = evaluateAll({ ...opts, sets }).summary;
  const keys = ['wikinews_de.quote_f1', 'wikinews_de.speaker_f1', 'wikinews_de.cue_f1', 'news_en.quotes_f1',
    'news_en.sources_f1', 'news_de.quotes_f1', 'news_de.sources_f1'];
  const heads = ['WN q', 'WN spk', 'WN cue', 'en q', 'en src', 'de q', 'de src'];
  log(`\n== ablation: change in F1 (×100) with each rule off (Wikinews-de ${opts.split || 'dev'}, news-en-dev, news-de-dev; · = the rule cannot run there)`);
  log(`  with every rule: ${keys.map((k, i) => `${heads[i]} ${base[k] === undefined ? '-' : base[k].toFixed(1)}`).join(', ')}`);
  log(`  ${'rule off'.padEnd(28)} ${heads.map((h) => h.padStart(7)).join('')}`);
  const rows = [];
  for (const rule of rules) {
    const own = setsOf(rule, sets);
    const s = own.length ? evaluateAll({ ...opts, sets: own, extraArgs: ['--disable', rule.name] }).summary : {};
    const cells = keys.map((k) => {
      if (!(k in base)) return '-';
      if (!(k in s)) return '·';
      const d = s[k] - base[k];
      return Math.abs(d) < 0.05 ? '0' : `${d > 0 ? '+' : ''}${d.toFixed(1)}`;
    });
    rows.push({ rule: rule.name, cells });
    log(`  ${rule.name.padEnd(28)} ${cells.map((c) => c.padStart(7)).join('')}`);
  }
  return { base, rows };
}

// ---------------------------------------------------------------------------------------------
// Command line

function parseArgs(argv) {
  const o = { split: 'dev', sets: ALL_SETS, verbose: false, oracle: false };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const val = () => { if (i + 1 >= argv.length) throw new Error(`${a} needs a value`); return argv[++i]; };
    if (a === '--cli') o.cli = val();
    else if (a === '--shared') o.shared = val();
    else if (a === '--split') o.split = val();
    else if (a === '--holdout') o.holdout = Number(val());
    else if (a === '--json') o.json = val();
    else if (a === '--baseline') o.baseline = val();
    else if (a === '--sets') o.sets = val().split(',').map((s) => s.trim()).filter(Boolean);
    else if (a === '--verbose' || a === '-v') o.verbose = true;
    else if (a === '--oracle') o.oracle = true;
    else if (a === '--rules') o.rules = true;
    else if (a === '--ablation') o.ablation = true;
    else if (a === '--help' || a === '-h') o.help = true;
    else throw new Error(`unknown argument ${a}`);
  }
  if (!['dev', 'train'].includes(o.split)) throw new Error('--split must be dev or train');
  for (const s of o.sets) if (!ALL_SETS.includes(s)) throw new Error(`unknown set ${s} (known: ${ALL_SETS.join(', ')})`);
  return o;
}

function main() {
  let o;
  try { o = parseArgs(process.argv.slice(2)); } catch (e) { console.error(e.message); process.exit(2); }
  if (o.help) {
    console.log('usage: node tests/eval/run.mjs [--cli PATH] [--shared DIR] [--split dev|train] [--holdout M] [--sets wikinews,ner,uner,en,de] [--json FILE] [--baseline OLD.json] [--verbose] [--oracle] [--rules] [--ablation]');
    return;
  }
  o.cli = cliPath(o.cli);
  o.shared = sharedDir(o.shared);
  if (o.rules || o.ablation) {
    let rules;
    try { rules = listRules(o.cli); } catch (e) { console.error(`error: ${e.message}`); process.exit(1); }
    const sets = o.sets.filter((s) => s !== 'ner');
    console.log(`newsmark rules — CLI ${o.cli}, data ${o.shared}, ${rules.length} rules`);
    try {
      if (o.rules) {
        const { reports } = evaluateAll({ ...o, sets, extraArgs: ['--explain'] });
        printRules(rulesTables(reports), rules, console.log, o.split);
      }
      if (o.ablation) ablation({ ...o, sets }, rules);
    } catch (e) { console.error(`error: ${e.message}`); process.exit(1); }
    return;
  }
  console.log(`newsmark evaluation — CLI ${o.oracle ? '(oracle: gold scored against itself)' : o.cli}, data ${o.shared}`);
  let out;
  try { out = evaluateAll(o); } catch (e) { console.error(`error: ${e.message}`); process.exit(1); }
  const { reports, summary } = out;
  if (reports.wikinews) printWikinews(reports.wikinews, console.log, o.verbose);
  if (reports.ner) printNer(reports.ner, console.log, o.verbose);
  if (reports.uner) printUner(reports.uner, console.log, o.verbose);
  if (reports.en) printNewsDev(reports.en, console.log, o.verbose);
  if (reports.de) printNewsDev(reports.de, console.log, o.verbose);
  let before = null;
  if (o.baseline) {
    try { before = JSON.parse(fs.readFileSync(o.baseline, 'utf8')).summary; } catch (e) { console.error(`cannot read --baseline ${o.baseline}: ${e.message}`); }
  }
  printSummary(summary, console.log, o.split, before);
  if (o.json) {
    const detail = {};
    if (reports.wikinews) detail.wikinews = reports.wikinews.totals;
    if (reports.ner) detail.ner = { news: reports.ner.news, all: reports.ner.all };
    if (reports.uner) detail.uner = { all: reports.uner.all };
    for (const l of ['en', 'de']) if (reports[l]) detail[`news_${l}`] = { totals: reports[l].totals, badSpeakerHeads: reports[l].badHeads, perDoc: reports[l].perDoc.map((d) => ({ id: d.id, counts: d.counts })) };
    const problems = Object.fromEntries(Object.entries(reports).map(([k, r]) => [k, r.problems]));
    fs.writeFileSync(o.json, JSON.stringify({ split: o.split, cli: o.oracle ? 'oracle' : o.cli, date: new Date().toISOString(), summary, detail, problems }, null, 1) + '\n');
    console.log(`\nwrote ${path.resolve(o.json)}`);
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) main();
