// newsmark's JavaScript API (ES module). build-wasm.sh prepends Emscripten's loader, which
// defines NewsmarkModule (module-scoped here), and writes the result to dist/newsmark.js.
//
//   import { loadNewsmark, createNewsmarkWorker } from './newsmark.js';
//   const nm = await loadNewsmark();
//   const result = nm.extract(text, { lang: 'auto' });   // the result contract, UTF-16 offsets
//   nm.extract(text, { explain: true, disable: ['de-free-indirect'] });  // "rule" on each quote,
//                                                         // speaker and source; rules switched off
//
//   const worker = createNewsmarkWorker();                // same call, off the main thread
//   const result = await worker.extract(text, { lang: 'de' });
//
// Works in a page, a (module) worker, an extension's service worker and in Node. Errors are
// values ({ error: "..." }); a crash inside the engine (e.g. out of memory on a huge text) is
// caught, the module is re-instantiated and the next call works.
/* global NewsmarkModule */

const MAX_INPUT_BYTES = 64 * 1024 * 1024; // newsmark::kMaxInputBytes
const LANGS = new Set(['auto', 'de', 'en']);
const OFFSETS = new Set(['utf16', 'utf8', 'codepoints']);
const IS_NODE = typeof process === 'object' && process !== null && typeof process.versions === 'object' &&
  typeof process.versions.node === 'string' && typeof window === 'undefined';

// Node's built-in modules, imported only in Node. The specifier is a variable, so bundlers
// (esbuild, webpack, Vite) building for browsers leave the import alone instead of failing on it.
const importNode = (name) => import(/* webpackIgnore: true */ /* @vite-ignore */ name);

const encoder = new TextEncoder();
const decoder = new TextDecoder('utf-8');

// The compiled WebAssembly.Module for a wasm URL (compiled once, instantiated as often as needed).
async function compileWasm(options) {
  if (options.wasmModule instanceof WebAssembly.Module) return options.wasmModule;
  if (options.wasmBinary) return WebAssembly.compile(options.wasmBinary);
  const url = options.wasmURL ? new URL(options.wasmURL, import.meta.url) : new URL('./newsmark.wasm', import.meta.url);
  if (IS_NODE && url.protocol === 'file:') {
    // Node's fetch() does not read file: URLs; read the file instead.
    const { readFile } = await importNode('node:fs/promises');
    return WebAssembly.compile(await readFile(url));
  }
  const response = await fetch(url);
  if (!response.ok) throw new Error(`newsmark: cannot load ${url.href}: HTTP ${response.status}`);
  if (typeof WebAssembly.compileStreaming === 'function' &&
      (response.headers.get('content-type') || '').startsWith('application/wasm')) {
    return WebAssembly.compileStreaming(response);
  }
  return WebAssembly.compile(await response.arrayBuffer()); // servers without application/wasm
}

// One instance of the engine. sync=true instantiates synchronously (used to recover after a
// crash, so the very next extract() works without awaiting); the first load is asynchronous.
function instantiate(wasmModule, sync, log, wrapImports) {
  let instance = null;
  const settings = {
    print: () => {},
    printErr: (s) => log(s),
    instantiateWasm(imports, receive) {
      if (wrapImports) imports = wrapImports(imports) || imports;
      if (sync) {
        instance = new WebAssembly.Instance(wasmModule, imports);
        receive(instance, wasmModule);
        return instance.exports;
      }
      WebAssembly.instantiate(wasmModule, imports).then((inst) => {
        instance = inst;
        receive(inst, wasmModule);
      });
      return {}; // asynchronous
    },
  };
  const ready = NewsmarkModule(settings);
  // Export names are minified in the .wasm; the loader puts the C functions on the module object
  // under their C names. The memory is the one exported WebAssembly.Memory.
  const finish = () => {
    if (!instance) throw new Error('newsmark: the engine did not start');
    const memory = Object.values(instance.exports).find((x) => x instanceof WebAssembly.Memory);
    if (!memory) throw new Error('newsmark: the engine exports no memory');
    return {
      memory,
      malloc: settings._malloc,
      free: settings._free,
      newsmark_extract: settings._newsmark_extract,
      newsmark_version: settings._newsmark_version,
    };
  };
  // With a synchronous instantiation the runtime is up before NewsmarkModule returns.
  return sync ? finish() : ready.then(finish);
}

function readCString(exports, ptr) {
  const heap = new Uint8Array(exports.memory.buffer);
  let end = heap.indexOf(0, ptr);
  if (end < 0) end = heap.length;
  return decoder.decode(heap.subarray(ptr, end));
}

function errorValue(message) {
  return { error: String(message) };
}

/**
 * Loads the engine.
 * @param {object} [options]
 * @param {string|URL} [options.wasmURL]  where newsmark.wasm is (default: next to newsmark.js)
 * @param {ArrayBuffer|Uint8Array} [options.wasmBinary]  the .wasm bytes (skips fetching)
 * @param {WebAssembly.Module} [options.wasmModule]  an already compiled module
 * @param {(message: string) => void} [options.log]  engine diagnostics (default: console.warn)
 * @param {(imports: object) => object} [options.wrapImports]  for tests: sees (and may wrap) the
 *   wasm imports of every instance, e.g. to simulate a trap inside the engine
 * @returns {Promise<{extract(text: string, opts?: {lang?: string, offsets?: string, explain?: boolean,
 *   disable?: string[]}): object, version: string}>}  explain adds "rule" (the attribution rule that
 *   made it) to every quote, speaker and source; disable switches attribution rules off by name
 *   (newsmark --list-rules); an unknown name is an { error }.
 */
export async function loadNewsmark(options = {}) {
  const log = typeof options.log === 'function' ? options.log : (s) => console.warn('newsmark:', s);
  const wasmModule = await compileWasm(options);
  let exports = await instantiate(wasmModule, false, log, options.wrapImports);
  let broken = null; // why the current instance can no longer be used

  const version = readCString(exports, exports.newsmark_version());

  // Cached NUL-terminated option strings in wasm memory (per instance).
  let optionStrings = new Map();
  function optionString(s) {
    let ptr = optionStrings.get(s);
    if (ptr === undefined) {
      const bytes = encoder.encode(s + '\0');
      ptr = exports.malloc(bytes.length);
      if (!ptr) throw new Error('out of memory');
      new Uint8Array(exports.memory.buffer).set(bytes, ptr);
      optionStrings.set(s, ptr);
    }
    return ptr;
  }

  function restart() {
    exports = instantiate(wasmModule, true, log, options.wrapImports);
    optionStrings = new Map();
    broken = null;
  }

  function extract(text, opts = {}) {
    if (typeof text !== 'string') return errorValue(`text must be a string, not ${text === null ? 'null' : typeof text}`);
    if (opts === null || typeof opts !== 'object') return errorValue('options must be an object');
    const lang = opts.lang === undefined ? 'auto' : opts.lang;
    const offsets = opts.offsets === undefined ? 'utf16' : opts.offsets;
    if (typeof lang !== 'string' || !LANGS.has(lang)) return errorValue(`unsupported language '${String(lang)}' (use auto, de or en)`);
    if (typeof offsets !== 'string' || !OFFSETS.has(offsets)) return errorValue(`unknown offsets unit '${String(offsets)}' (use utf16, utf8 or codepoints)`);
    const explain = opts.explain === undefined ? false : opts.explain;
    if (typeof explain !== 'boolean') return errorValue('explain must be true or false');
    const disable = opts.disable === undefined ? [] : opts.disable;
    if (!Array.isArray(disable) || !disable.every((r) => typeof r === 'string' && r !== '' && !r.includes(',')))
      return errorValue('disable must be an array of rule names');
    // Every UTF-16 unit is at most 3 UTF-8 bytes (a surrogate pair: 4 bytes for 2 units).
    if (text.length > MAX_INPUT_BYTES) return errorValue(`text too large: ${text.length} UTF-16 units (the limit is ${MAX_INPUT_BYTES} UTF-8 bytes)`);

    if (broken) {
      try {
        restart();
      } catch (e) {
        return errorValue(`the engine could not be restarted after "${broken}": ${e && e.message ? e.message : e}`);
      }
    }
    let textPtr = 0, outPtr = 0;
    try {
      // TextEncoder writes lone surrogates as U+FFFD (3 bytes, one UTF-16 unit), so the engine's
      // UTF-16 offsets are offsets into this very string.
      const capacity = text.length * 3 + 1;
      textPtr = exports.malloc(capacity);
      if (!textPtr) return errorValue(`out of memory: cannot hold ${text.length} characters`);
      const { written } = encoder.encodeInto(text, new Uint8Array(exports.memory.buffer, textPtr, capacity));
      if (written > MAX_INPUT_BYTES) return errorValue(`text too large: ${written} bytes (the limit is ${MAX_INPUT_BYTES})`);
      outPtr = exports.newsmark_extract(textPtr, written, optionString(lang), optionString(offsets), explain ? 1 : 0,
        disable.length ? optionString(disable.join(',')) : 0);
      if (!outPtr) return errorValue('out of memory while writing the result');
      const json = readCString(exports, outPtr);
      return JSON.parse(json);
    } catch (e) {
      // A trap or abort inside the engine (out of memory, a bug): this instance's state is
      // undefined now. Report it and start a fresh instance on the next call.
      broken = e && e.message ? e.message : String(e);
      textPtr = outPtr = 0;
      const oom = /memory|alloc|abort/i.test(broken);
      return errorValue(oom ? `out of memory (text of ${text.length} characters): ${broken}` : `engine failure: ${broken}`);
    } finally {
      if (!broken) {
        if (textPtr) exports.free(textPtr);
        if (outPtr) exports.free(outPtr);
      }
    }
  }

  return {
    extract,
    version,
    /** Bytes of wasm memory in use by the engine's heap (grows, never shrinks). */
    get memoryBytes() { return exports.memory.buffer.byteLength; },
  };
}

/**
 * Runs the engine in a module worker (dist/newsmark-worker.js): the same extract() call,
 * returning a Promise. Engine errors resolve to { error }; a worker that cannot start or dies
 * rejects the pending calls with an Error.
 * @param {string|URL} [url]  the worker script (default: newsmark-worker.js next to newsmark.js)
 * @returns {{extract(text: string, opts?: object): Promise<object>, terminate(): void}}
 */
export function createNewsmarkWorker(url) {
  const workerURL = url ? new URL(url, import.meta.url) : new URL('./newsmark-worker.js', import.meta.url);
  const pending = new Map();
  let nextId = 1;
  let failure = null;

  const failAll = (message) => {
    failure = message;
    for (const { reject } of pending.values()) reject(new Error(message));
    pending.clear();
  };
  const onMessage = (data) => {
    const p = pending.get(data && data.id);
    if (!p) return;
    pending.delete(data.id);
    if (data.fatal) p.reject(new Error(data.fatal));
    else p.resolve(data.result);
  };

  let post, stop;
  if (typeof Worker === 'function') {
    const worker = new Worker(workerURL, { type: 'module', name: 'newsmark' });
    worker.onmessage = (e) => onMessage(e.data);
    worker.onerror = (e) => {
      e.preventDefault?.();
      failAll(`newsmark worker failed: ${e.message || 'could not load ' + workerURL.href}`);
    };
    worker.onmessageerror = () => failAll('newsmark worker: a message could not be read');
    post = (msg) => worker.postMessage(msg);
    stop = () => worker.terminate();
  } else if (IS_NODE) {
    // Node has no Web Worker: the same script runs in a worker_threads thread.
    const started = importNode('node:worker_threads').then(({ Worker: NodeWorker }) => {
      const w = new NodeWorker(workerURL);
      w.on('message', onMessage);
      w.on('error', (e) => failAll(`newsmark worker failed: ${e.message}`));
      w.on('exit', (code) => { if (pending.size) failAll(`newsmark worker exited (code ${code})`); });
      return w;
    });
    post = (msg) => started.then((w) => w.postMessage(msg), (e) => failAll(`newsmark worker failed: ${e.message}`));
    stop = () => { started.then((w) => w.terminate(), () => {}); };
  } else {
    throw new Error('newsmark: this environment has no Worker');
  }

  return {
    extract(text, opts = {}) {
      if (failure) return Promise.reject(new Error(failure));
      return new Promise((resolve, reject) => {
        const id = nextId++;
        pending.set(id, { resolve, reject });
        try {
          post({ id, text, opts });
        } catch (e) {
          pending.delete(id);
          reject(new Error(`newsmark worker: cannot send the text: ${e.message}`));
        }
      });
    },
    terminate() {
      stop();
      failAll('newsmark worker terminated');
    },
  };
}
