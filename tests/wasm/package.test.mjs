// The npm package dist/newsmark-<version>.tgz (./build-wasm.sh, web/package/pack.mjs) as a user
// gets it: installed into a fresh temporary project with no network, imported by name in Node
// (main thread and worker) on the seed article, bundled into a tiny page with esbuild and run in
// headless Chromium, and its TypeScript declarations type-checked with tsc --strict. The
// declarations are also held against ../shared/spec/result.schema.json (every property, which
// are required, every enum), so the types and the contract cannot drift apart.
import test from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync, mkdirSync, copyFileSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { spawnSync } from 'node:child_process';
import os from 'node:os';
import path from 'node:path';
import { repoRoot, distDir, runCli, sharedDir, cliPath } from './helpers.mjs';
import { projectVersion } from '../../web/package/pack.mjs';
import { startServer } from '../../web/serve.mjs';

const webRequire = createRequire(path.join(repoRoot, 'web', 'package.json'));
const version = projectVersion();
const tarball = path.join(distDir, `newsmark-${version}.tgz`);
const CHROMIUM = process.env.CHROMIUM || '/usr/bin/chromium';

// The seed article, or a German text of our own when ../shared is missing.
const seedPath = path.join(sharedDir, 'fixtures', 'seed-de.txt');
const TEXT = existsSync(seedPath) ? readFileSync(seedPath, 'utf8')
  : 'Berlin (dpa) - Bundeskanzler Olaf Scholz hat die Pläne verteidigt. „Wir werden nicht nachgeben“, sagte '
    + 'Scholz am Montag in Berlin. Die Opposition kritisierte, die Regierung habe zu spät gehandelt. Laut einem '
    + 'Bericht der Süddeutschen Zeitung sollen die Kosten deutlich höher liegen.\n';

let project; // the temporary project the package is installed into
const pkgDir = () => path.join(project, 'node_modules', 'newsmark');

function run(cmd, args, opts = {}) {
  const r = spawnSync(cmd, args, { encoding: 'utf8', maxBuffer: 1 << 28, ...opts });
  assert.equal(r.status, 0, `${cmd} ${args.join(' ')} failed (${r.status}):\n${r.stdout}\n${r.stderr}`);
  return r.stdout;
}

test.before(() => {
  assert.ok(existsSync(tarball), `${path.relative(repoRoot, tarball)} is missing: run ./build-wasm.sh`);
  project = mkdtempSync(path.join(os.tmpdir(), 'newsmark-package-'));
  writeFileSync(path.join(project, 'package.json'), JSON.stringify({ name: 'uses-newsmark', private: true, type: 'module' }));
  // No network: --offline, and a registry nobody listens on in case npm tries anyway.
  run('npm', ['install', '--offline', '--no-audit', '--no-fund', '--ignore-scripts', '--no-package-lock', tarball], {
    cwd: project, env: { ...process.env, npm_config_registry: 'http://127.0.0.1:9/', npm_config_update_notifier: 'false' },
  });
});
test.after(() => {
  if (project) rmSync(project, { recursive: true, force: true });
});

test('package.json: name, CMake version, ES module exports for Node and browsers, types, files, licence, no dependencies', () => {
  const pkg = JSON.parse(readFileSync(path.join(pkgDir(), 'package.json'), 'utf8'));
  assert.equal(pkg.name, 'newsmark');
  assert.equal(pkg.version, version);
  assert.equal(pkg.type, 'module');
  assert.equal(pkg.types, './newsmark.d.ts');
  const dot = pkg.exports['.'];
  assert.equal(Object.keys(dot)[0], 'types', 'the types condition comes first');
  for (const c of ['types', 'node', 'browser', 'default']) assert.ok(dot[c], `exports["."].${c}`);
  assert.ok(pkg.exports['./worker'] && pkg.exports['./newsmark.wasm']);
  assert.match(pkg.license, /^Apache-2\.0\b/);
  for (const k of ['dependencies', 'peerDependencies', 'optionalDependencies', 'bundleDependencies'])
    assert.equal(pkg[k], undefined, `no ${k}`);
  const shipped = readdirSync(pkgDir()).sort();
  assert.deepEqual(shipped, ['LICENSE', 'NOTICE', 'README.md', 'newsmark-worker.js', 'newsmark.d.ts', 'newsmark.js', 'newsmark.wasm', 'package.json']);
  assert.deepEqual([...pkg.files].sort(), shipped.filter((f) => f !== 'package.json'));
  assert.match(readFileSync(path.join(pkgDir(), 'LICENSE'), 'utf8'), /Apache License\s+Version 2\.0/);
  const notice = readFileSync(path.join(pkgDir(), 'NOTICE'), 'utf8');
  for (const s of ['CC BY-SA 4.0', 'CC BY 4.0', 'GeoNames', 'german-pos-dict', 'Kevin Atkinson', 'Universal Dependencies', 'GermEval'])
    assert.ok(notice.includes(s), `NOTICE names ${s}`);
});

test('Node: import "newsmark" from the installed package, the seed article on the main thread and in a worker', () => {
  const script = `
    import { loadNewsmark, createNewsmarkWorker } from 'newsmark';
    import { readFileSync } from 'node:fs';
    const text = readFileSync(0, 'utf8');
    const nm = await loadNewsmark();
    const main = nm.extract(text, { lang: 'auto' });
    const w = createNewsmarkWorker();
    const inWorker = await w.extract(text, { lang: 'auto' });
    const bad = nm.extract(text, { lang: 'fr' });
    w.terminate();
    console.log(JSON.stringify({ version: nm.version, main, inWorker, bad }));`;
  writeFileSync(path.join(project, 'node-check.mjs'), script);
  const out = JSON.parse(run(process.execPath, ['node-check.mjs'], { cwd: project, input: TEXT }));
  assert.equal(out.version, version);
  assert.equal(out.main.error, undefined, out.main.error);
  assert.equal(out.main.schema, 'newsmark/1');
  assert.equal(out.main.lang, 'de');
  assert.ok(out.main.quotes.length > 0 && out.main.actors.length > 0, 'actors and quotes found');
  assert.deepEqual(out.inWorker, out.main);
  assert.match(out.bad.error, /language/);
  if (existsSync(cliPath)) assert.deepEqual(out.main, runCli([{ id: 'seed', text: TEXT }]).get('seed'), 'package result = native result');
});

test('TypeScript: an example type-checks with tsc --strict against the installed package', () => {
  const example = `
    import { loadNewsmark, createNewsmarkWorker, type NewsmarkResult, type Quote, type ExtractOptions } from 'newsmark';

    function speakers(result: NewsmarkResult): string[] {
      const names = new Map(result.actors.map((a) => [a.id, a.name] as const));
      return result.quotes.map((q: Quote) => (q.speaker?.actor ? names.get(q.speaker.actor) ?? '?' : '-'));
    }

    export async function main(text: string): Promise<number> {
      const nm = await loadNewsmark({ log: (m: string) => console.warn(m) });
      const options: ExtractOptions = { lang: 'de', offsets: 'utf16', explain: true, disable: ['some-rule'] };
      const result = nm.extract(text, options);
      // @ts-expect-error: a result may be an error value; it must be told apart first
      result.quotes;
      if ('error' in result) return -1;
      const first = result.quotes[0];
      const rule: string | undefined = first?.rule;
      const kind: 'direct' | 'indirect' | 'mixed' | undefined = first?.kind;
      // @ts-expect-error: only de, en and auto are languages
      nm.extract(text, { lang: 'fr' });
      const worker = createNewsmarkWorker();
      const later = await worker.extract(text);
      worker.terminate();
      const count = 'error' in later ? 0 : later.sources.filter((s) => s.kind === 'agency_credit').length;
      console.log(speakers(result), rule, kind, nm.version, nm.memoryBytes);
      return count;
    }`;
  writeFileSync(path.join(project, 'example.ts'), example);
  writeFileSync(path.join(project, 'tsconfig.json'), JSON.stringify({
    compilerOptions: { strict: true, noEmit: true, target: 'es2022', module: 'nodenext', moduleResolution: 'nodenext', lib: ['es2022', 'dom'], types: [] },
    files: ['example.ts'],
  }));
  const tsc = webRequire.resolve('typescript/bin/tsc');
  run(process.execPath, [tsc, '-p', path.join(project, 'tsconfig.json')], { cwd: project });
});

test('the declarations match result.schema.json: every property, which are required, every enum', (t) => {
  const schemaPath = path.join(sharedDir, 'spec', 'result.schema.json');
  // The contract lives in ../shared; a clone without it checks the declarations with tsc only.
  if (!existsSync(schemaPath)) return t.skip(`${schemaPath} not found: the declarations are not compared with the schema`);
  const schema = JSON.parse(readFileSync(schemaPath, 'utf8'));
  const ts = webRequire('typescript');
  const file = path.join(repoRoot, 'web', 'newsmark.d.ts');
  const src = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.ES2022, true);
  const decls = new Map();
  src.forEachChild((n) => {
    if (ts.isInterfaceDeclaration(n) || ts.isTypeAliasDeclaration(n)) decls.set(n.name.text, n);
  });
  // A type node as a set of what it admits: string literals, 'string', 'number', 'null', or
  // the name of a declared interface; aliases are followed.
  const admits = (node) => {
    if (ts.isUnionTypeNode(node)) return node.types.flatMap(admits);
    if (ts.isLiteralTypeNode(node)) return node.literal.kind === ts.SyntaxKind.NullKeyword ? ['null'] : [node.literal.text];
    if (node.kind === ts.SyntaxKind.StringKeyword) return ['string'];
    if (node.kind === ts.SyntaxKind.NumberKeyword) return ['number'];
    if (ts.isArrayTypeNode(node)) return admits(node.elementType).map((t) => `${t}[]`);
    if (ts.isTypeReferenceNode(node)) {
      const d = decls.get(node.typeName.text);
      assert.ok(d, `unknown type ${node.typeName.text}`);
      return ts.isTypeAliasDeclaration(d) ? admits(d.type) : [node.typeName.text];
    }
    throw new Error(`unexpected type ${ts.SyntaxKind[node.kind]}`);
  };
  const members = (name) => {
    const d = decls.get(name);
    assert.ok(d && ts.isInterfaceDeclaration(d), `interface ${name} declared`);
    return new Map(d.members.map((m) => [m.name.text, { optional: !!m.questionToken, type: admits(m.type) }]));
  };
  // Properties the engine adds beyond the contract (RESULT.md: "Fields may be added"): `rule`
  // with explain: true, on quotes, speakers and sources, and a speaker's `tokens` with their
  // part-of-speech tags (explain only). They must be optional.
  const EXTRA = new Set(['rule', 'tokens']);
  const resolve = (s) => (s.$ref ? s.$ref.split('/').slice(1).reduce((o, k) => o[k], schema) : s);
  // What a schema admits, in the same words.
  const schemaAdmits = (s, iface) => {
    s = resolve(s);
    if (s.const !== undefined) return [s.const];
    if (s.enum) return s.enum.map((e) => (e === null ? 'null' : e));
    if (s.oneOf) return s.oneOf.flatMap((x) => schemaAdmits(x, iface));
    if (Array.isArray(s.type)) return s.type.map((t) => (t === 'integer' ? 'number' : t));
    if (s.type === 'integer' || s.type === 'number') return ['number'];
    if (s.type === 'string' || s.type === 'null') return [s.type];
    if (s.type === 'array') return schemaAdmits(s.items, iface).map((t) => `${t}[]`);
    if (s.type === 'object') return [iface];
    throw new Error(`unexpected schema ${JSON.stringify(s)}`);
  };
  const same = (a, b) => assert.deepEqual([...new Set(a)].sort(), [...new Set(b)].sort());
  // Which interface stands for each object of the schema.
  const check = (iface, s, path0) => {
    s = resolve(s);
    const m = members(iface);
    for (const [prop, ps] of Object.entries(s.properties)) {
      assert.ok(m.has(prop), `${iface}.${prop} (${path0}.${prop}) is declared`);
      const required = (s.required || []).includes(prop);
      assert.equal(m.get(prop).optional, !required, `${iface}.${prop} is ${required ? 'required' : 'optional'} as in the schema`);
    }
    for (const [prop, info] of m) {
      if (s.properties[prop]) continue;
      assert.ok(EXTRA.has(prop) && info.optional, `${iface}.${prop} is not in the schema (${path0})`);
    }
    return m;
  };
  const result = check('NewsmarkResult', schema, '$');
  same(result.get('schema').type, schemaAdmits(schema.properties.schema));
  same(result.get('lang').type, ['string']);
  same(result.get('offsets').type, schemaAdmits(schema.properties.offsets));
  const objects = {
    actors: ['Actor', { mentions: 'Span' }],
    quotes: ['Quote', { spans: 'Span', verbatim: 'Span', speaker: 'Speaker', cue: 'Cue' }],
    sources: ['Source', { spans: 'Span' }],
  };
  for (const [key, [iface, nested]] of Object.entries(objects)) {
    same(result.get(key).type, [`${iface}[]`]);
    const item = resolve(schema.properties[key].items);
    const m = check(iface, item, `$.${key}[]`);
    for (const [prop, ps] of Object.entries(item.properties)) {
      // Nested objects: the interface named in `nested`; a oneOf of null and an object is Speaker | null.
      const want = schemaAdmits(ps, nested[prop]);
      same(m.get(prop).type, want);
      const obj = [ps, ...(ps.oneOf || [])].map(resolve).find((x) => x.type === 'object' || (x.type === 'array' && resolve(x.items).type === 'object'));
      if (obj && nested[prop]) check(nested[prop], obj.type === 'array' ? resolve(obj.items) : obj, `$.${key}[].${prop}`);
    }
  }
  check('Span', schema.$defs.span, '$defs.span');
});

test('a tiny page bundled with esbuild runs the package in headless Chromium', async () => {
  assert.ok(existsSync(CHROMIUM), `${CHROMIUM} not found (apt-get install chromium, or set CHROMIUM)`);
  const esbuild = webRequire('esbuild');
  const out = path.join(project, 'page');
  mkdirSync(out, { recursive: true });
  writeFileSync(path.join(project, 'app.js'), `
    import { loadNewsmark } from 'newsmark';
    window.newsmark = loadNewsmark();
    window.newsmark.then((nm) => { document.body.dataset.version = nm.version; });`);
  const built = await esbuild.build({
    entryPoints: [path.join(project, 'app.js')], bundle: true, format: 'esm', platform: 'browser',
    outfile: path.join(out, 'app.js'), absWorkingDir: project, logLevel: 'silent', write: true,
  });
  assert.deepEqual(built.warnings.map((w) => w.text), [], 'esbuild bundles the package without warnings');
  // The bundle loads newsmark.wasm from beside itself, as the package README says.
  copyFileSync(path.join(pkgDir(), 'newsmark.wasm'), path.join(out, 'newsmark.wasm'));
  writeFileSync(path.join(out, 'index.html'), '<!doctype html><meta charset="utf-8"><title>newsmark</title><script type="module" src="app.js"></script>');
  const { chromium } = webRequire('playwright-core');
  const server = await startServer(out);
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-background-networking',
      '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
  try {
    const page = await browser.newPage();
    const errors = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(server.url + 'index.html');
    const r = await page.evaluate(async (text) => (await window.newsmark).extract(text, { lang: 'auto' }), TEXT);
    assert.deepEqual(errors, []);
    assert.equal(r.error, undefined, r.error);
    assert.equal(r.schema, 'newsmark/1');
    assert.ok(r.quotes.length > 0 && r.actors.length > 0, 'actors and quotes found in the browser');
    if (existsSync(cliPath)) assert.deepEqual(r, runCli([{ id: 'seed', text: TEXT }]).get('seed'), 'browser result = native result');
  } finally {
    await browser.close();
    await server.close();
  }
});
