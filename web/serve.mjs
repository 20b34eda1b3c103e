// A small static server for dist/ on 127.0.0.1 (./build-wasm.sh --serve).
//   node web/serve.mjs [DIR]     DIR defaults to dist/; port from PORT, else 8080, else a free one.
// Also importable: startServer(dir, { port, quiet }) -> { server, url, close() } (tests use it).
import http from 'node:http';
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const MIME = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json',
  '.wasm': 'application/wasm',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
  '.zip': 'application/zip',
};

function handler(root) {
  return async (req, res) => {
    try {
      const url = new URL(req.url, 'http://localhost');
      let rel = decodeURIComponent(url.pathname);
      const file = path.resolve(root, '.' + path.posix.normalize(rel));
      if (file !== root && !file.startsWith(root + path.sep)) {
        res.writeHead(403).end('forbidden');
        return;
      }
      let target = file;
      let st = await stat(target).catch(() => null);
      if (st && st.isDirectory()) {
        if (!rel.endsWith('/')) {
          res.writeHead(301, { location: rel + '/' + url.search }).end();
          return;
        }
        target = path.join(target, 'index.html');
        st = await stat(target).catch(() => null);
      }
      if (!st || !st.isFile()) {
        res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('not found');
        return;
      }
      res.writeHead(200, {
        'content-type': MIME[path.extname(target).toLowerCase()] || 'application/octet-stream',
        'content-length': st.size,
        'cache-control': 'no-cache',
      });
      if (req.method === 'HEAD') { res.end(); return; }
      createReadStream(target).pipe(res);
    } catch (e) {
      res.writeHead(500).end(String(e && e.message));
    }
  };
}

export function startServer(dir, { port = 0, quiet = true } = {}) {
  const root = path.resolve(dir);
  const server = http.createServer(handler(root));
  const listen = (p) => new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(p, '127.0.0.1', () => { server.off('error', reject); resolve(); });
  });
  return listen(port).catch((e) => {
    if (e.code !== 'EADDRINUSE' || port === 0) throw e;
    if (!quiet) console.error(`port ${port} is in use; taking a free one`);
    return listen(0);
  }).then(() => {
    const url = `http://127.0.0.1:${server.address().port}/`;
    return { server, url, close: () => new Promise((r) => server.close(() => r())) };
  });
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const here = path.dirname(fileURLToPath(import.meta.url));
  const dir = process.argv[2] || path.join(here, '..', 'dist');
  const port = process.env.PORT ? Number(process.env.PORT) : 8080;
  const { url } = await startServer(dir, { port, quiet: false });
  console.log(`serving ${path.resolve(dir)} at ${url}`);
  console.log(`  page: ${url}page/`);
  console.log('  (Ctrl-C to stop)');
}
