// newsmark-worker.js: a module worker running the engine off the main thread, for
// createNewsmarkWorker() in newsmark.js. Messages in: { id, text, opts }; out: { id, result }
// (result may be { error }) or { id, fatal } when the engine cannot be loaded.
// Runs as a Web Worker ({ type: 'module' }) and as a Node worker_threads thread.
import { loadNewsmark } from './newsmark.js';

const port = typeof self === 'object' && typeof self.postMessage === 'function'
  ? { on: (fn) => { self.onmessage = (e) => fn(e.data); }, send: (m) => self.postMessage(m) }
  // A variable specifier: bundlers building for browsers leave it alone (as in newsmark.js).
  : await ((name) => import(/* webpackIgnore: true */ /* @vite-ignore */ name))('node:worker_threads').then(({ parentPort }) => ({
    on: (fn) => parentPort.on('message', fn), send: (m) => parentPort.postMessage(m),
  }));

const engine = loadNewsmark();
engine.catch(() => {}); // reported per message below

port.on(async (msg) => {
  const id = msg && msg.id;
  let nm;
  try {
    nm = await engine;
  } catch (e) {
    port.send({ id, fatal: `newsmark: the engine could not be loaded: ${e && e.message ? e.message : e}` });
    return;
  }
  let result;
  try {
    result = nm.extract(msg.text, msg.opts || {});
  } catch (e) {
    result = { error: String(e && e.message ? e.message : e) };
  }
  port.send({ id, result });
});
