// Runs the newsmark CLI once over a batch of texts (JSONL in, JSONL out).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { spawnSync } from 'node:child_process';

/**
 * items: [{id, text, lang?}]. opts.cli: path of the binary; opts.offsets: offsets unit to ask
 * for (omit to get the CLI default). Returns {results: Map(id → result), problems: [string],
 * status, stderr, ms}. Lines that are missing, out of order or unparsable are listed in
 * `problems`; the caller decides whether that is fatal. Throws only when the CLI cannot run.
 */
export function runCli(items, opts = {}) {
  const cli = opts.cli;
  if (!cli || !fs.existsSync(cli)) {
    throw new Error(`newsmark CLI not found at ${cli} (build it: cmake -S . -B build && cmake --build build -j2, or set NEWSMARK_CLI)`);
  }
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'newsmark-eval-'));
  const inFile = path.join(dir, 'in.jsonl');
  try {
    fs.writeFileSync(inFile, items.map((it) => JSON.stringify(it.lang ? { id: it.id, text: it.text, lang: it.lang } : { id: it.id, text: it.text })).join('\n') + '\n');
    const args = ['--jsonl', inFile];
    if (opts.offsets) args.push('--offsets', opts.offsets);
    if (opts.extraArgs) args.push(...opts.extraArgs);
    const t0 = process.hrtime.bigint();
    const r = spawnSync(cli, args, { encoding: 'utf8', maxBuffer: 1 << 30, timeout: opts.timeoutMs || 10 * 60 * 1000 });
    const ms = Number(process.hrtime.bigint() - t0) / 1e6;
    if (r.error) throw new Error(`running ${cli}: ${r.error.message}`);
    const problems = [];
    if (r.signal) problems.push(`CLI killed by signal ${r.signal}`);
    else if (r.status !== 0) problems.push(`CLI exit status ${r.status}`);
    const results = new Map();
    const lines = r.stdout.split('\n').filter((l) => l.trim() !== '');
    lines.forEach((line, i) => {
      let obj;
      try { obj = JSON.parse(line); } catch (e) { problems.push(`output line ${i + 1} is not JSON: ${e.message}`); return; }
      if (!obj || typeof obj !== 'object' || !('result' in obj)) { problems.push(`output line ${i + 1} has no "result"`); return; }
      const want = items[i] && items[i].id;
      if (obj.id !== want) problems.push(`output line ${i + 1} has id ${JSON.stringify(obj.id)}, expected ${JSON.stringify(want)} (same order as the input)`);
      if (results.has(obj.id)) problems.push(`output id ${JSON.stringify(obj.id)} appears twice`);
      results.set(obj.id, obj.result);
    });
    if (lines.length !== items.length) problems.push(`CLI wrote ${lines.length} lines for ${items.length} inputs`);
    const missing = items.filter((it) => !results.has(it.id)).length;
    if (missing) problems.push(`${missing} inputs have no result`);
    return { results, problems, status: r.status, stderr: r.stderr || '', ms };
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
