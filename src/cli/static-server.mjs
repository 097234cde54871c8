import { createServer } from 'node:http';
import { createReadStream, existsSync, statSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { readFile } from 'node:fs/promises';
import path from 'node:path';

/** MIME types of what the build emits (Pagefind's files included). */
const types = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.pdf': 'application/pdf',
  '.zip': 'application/zip',
  '.sha256': 'text/plain; charset=utf-8',
  '.wasm': 'application/wasm',
};
const compressible = /^(text\/|application\/(json|javascript|xml|manifest)|image\/svg)/;

/**
 * A small static server for dist/, behaving like a plain web host: folder URLs serve their
 * index.html, text is gzip-compressed when the browser accepts it (so byte budgets and the
 * benchmark see realistic transfer sizes), unknown paths get 404.html with status 404.
 */
export function startStaticServer({ root, port = 4321, host = '127.0.0.1' }) {
  const cache = new Map();
  const server = createServer(async (req, res) => {
    try {
      const url = new URL(req.url ?? '/', 'http://localhost');
      let file = path.join(root, decodeURIComponent(url.pathname));
      if (!file.startsWith(root)) throw new Error('outside root');
      if (existsSync(file) && statSync(file).isDirectory()) {
        if (!url.pathname.endsWith('/')) {
          res.writeHead(301, { location: `${url.pathname}/${url.search}` });
          return res.end();
        }
        file = path.join(file, 'index.html');
      }
      let status = 200;
      if (!existsSync(file)) {
        status = 404;
        file = path.join(root, '404.html');
      }
      const type = types[path.extname(file)] ?? 'application/octet-stream';
      const headers = { 'content-type': type, 'cache-control': 'no-cache' };
      if (compressible.test(type) && /\bgzip\b/.test(req.headers['accept-encoding'] ?? '')) {
        const key = `${file}:${statSync(file).mtimeMs}`;
        let body = cache.get(key);
        if (!body) {
          body = gzipSync(await readFile(file), { level: 9 });
          cache.set(key, body);
        }
        res.writeHead(status, { ...headers, 'content-encoding': 'gzip', 'content-length': body.length, vary: 'accept-encoding' });
        return res.end(req.method === 'HEAD' ? undefined : body);
      }
      res.writeHead(status, { ...headers, 'content-length': statSync(file).size });
      if (req.method === 'HEAD') return res.end();
      createReadStream(file).pipe(res);
    } catch {
      res.writeHead(400, { 'content-type': 'text/plain' });
      res.end('Bad request');
    }
  });
  return new Promise((resolve) => server.listen(port, host, () => resolve(server)));
}
