import { createServer } from 'node:http';
import { createReadStream } from 'node:fs';
import { readFile, realpath, stat } from 'node:fs/promises';
import { pipeline } from 'node:stream';
import { gzipSync } from 'node:zlib';
import path from 'node:path';
import {
  allowedMethods,
  cacheControlOf,
  contentTypeOf,
  indexFile,
  isText,
  notFoundPage,
  precompressed,
  securityHeaders,
  securityHeadersOf,
} from '../build/hosting-rules.ts';

/**
 * A static server for dist/ that behaves like the host configs in hosting/ (all made from
 * src/build/hosting-rules.ts): folder URLs serve their index.html, the precompressed `.br`/`.gz`
 * sibling is sent when the browser accepts it (so byte budgets and the benchmark see what a real
 * host sends), Range requests work (the offline zip), only GET and HEAD are answered, and nothing
 * outside `root` can be read. Unknown paths get 404.html with status 404.
 */
export function startStaticServer({ root, port = 4321, host = '127.0.0.1' }) {
  const base = path.resolve(root);
  /** Gzip made on the fly for text without a `.gz` sibling, by file and mtime. */
  const gzipCache = new Map();
  let realBase;

  /** The file a URL path names inside `base`, or null when it lies outside (any spelling of `..`). */
  async function contained(urlPath) {
    const file = path.join(base, urlPath);
    const relative = path.relative(base, file);
    if (relative === '..' || relative.startsWith(`..${path.sep}`) || path.isAbsolute(relative)) return null;
    // Dotfiles (.htaccess) are configuration, not content.
    if (relative.split(path.sep).some((part) => part.startsWith('.'))) return null;
    try {
      // A symlink inside dist/ must not lead out of it either.
      realBase ??= await realpath(base);
      const real = path.relative(realBase, await realpath(file));
      if (real === '..' || real.startsWith(`..${path.sep}`) || path.isAbsolute(real)) return null;
    } catch {
      // does not exist: the caller answers 404
    }
    return file;
  }

  async function statFile(file) {
    try {
      const info = await stat(file);
      return info.isFile() ? info : null;
    } catch {
      return null;
    }
  }

  /** Encodings the request accepts (`br;q=0` refuses br). */
  function accepted(header = '') {
    const out = new Set();
    for (const part of header.split(',')) {
      const [name = '', ...params] = part.trim().toLowerCase().split(';');
      const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
      if (name && !(q && Number(q.slice(2)) === 0)) out.add(name);
    }
    return out;
  }

  /** A single byte range of a file of `size` bytes; null when unsatisfiable, undefined when absent or not one range. */
  function parseRange(header, size) {
    if (!header) return undefined;
    const m = /^bytes=(\d*)-(\d*)$/.exec(header.trim());
    if (!m || (m[1] === '' && m[2] === '')) return undefined;
    let start;
    let end;
    if (m[1] === '') {
      const suffix = Number(m[2]);
      if (suffix === 0) return null;
      start = Math.max(0, size - suffix);
      end = size - 1;
    } else {
      start = Number(m[1]);
      end = m[2] === '' ? size - 1 : Math.min(Number(m[2]), size - 1);
    }
    if (start >= size || start > end) return null;
    return { start, end };
  }

  function send(req, res, status, headers, body) {
    res.writeHead(status, { ...securityHeaders, ...headers });
    res.end(req.method === 'HEAD' ? undefined : body);
  }

  async function handle(req, res) {
    if (!allowedMethods.includes(req.method ?? '')) {
      return send(req, res, 405, { allow: allowedMethods.join(', '), 'content-type': 'text/plain; charset=utf-8' }, 'Method Not Allowed\n');
    }
    let urlPath;
    let search;
    try {
      const url = new URL(req.url ?? '/', 'http://localhost');
      urlPath = decodeURIComponent(url.pathname);
      search = url.search;
    } catch {
      return send(req, res, 400, { 'content-type': 'text/plain; charset=utf-8' }, 'Bad Request\n');
    }
    if (urlPath.includes('\0')) return send(req, res, 400, { 'content-type': 'text/plain; charset=utf-8' }, 'Bad Request\n');

    let file = await contained(urlPath);
    let status = 200;
    let info = null;
    if (file) {
      let dir = null;
      try {
        dir = (await stat(file)).isDirectory();
      } catch {
        // not found
      }
      if (dir) {
        if (!urlPath.endsWith('/')) return send(req, res, 301, { location: `${encodeURI(urlPath)}/${search}` }, '');
        file = path.join(file, indexFile);
      }
      info = await statFile(file);
    }
    if (!info) {
      status = 404;
      file = path.join(base, notFoundPage);
      info = await statFile(file);
      if (!info) return send(req, res, 404, { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-cache' }, 'Not Found\n');
    }

    const headers = {
      ...securityHeadersOf(file),
      'content-type': contentTypeOf(file),
      'cache-control': cacheControlOf(status === 200 ? urlPath : notFoundPage),
      'last-modified': info.mtime.toUTCString(),
    };
    const text = isText(file);
    if (text) headers.vary = 'Accept-Encoding';

    // A Range request gets the file itself (a range of compressed bytes would not help anyone).
    const rangeHeader = status === 200 ? req.headers.range : undefined;
    if (!rangeHeader && text) {
      const wants = accepted(req.headers['accept-encoding']);
      for (const { encoding, suffix } of precompressed) {
        if (!wants.has(encoding)) continue;
        const sibling = await statFile(file + suffix);
        if (!sibling) continue;
        const etag = `W/"${sibling.size.toString(16)}-${Math.floor(sibling.mtimeMs).toString(16)}-${encoding}"`;
        if (status === 200 && req.headers['if-none-match'] === etag) return send(req, res, 304, { ...headers, etag }, undefined);
        return stream(req, res, status, { ...headers, etag, 'content-encoding': encoding, 'content-length': sibling.size }, file + suffix);
      }
      if (wants.has('gzip')) {
        const key = `${file}:${info.mtimeMs}`;
        let body = gzipCache.get(key);
        if (!body) {
          body = gzipSync(await readFile(file), { level: 9 });
          gzipCache.set(key, body);
        }
        return send(req, res, status, { ...headers, 'content-encoding': 'gzip', 'content-length': body.length }, body);
      }
    }

    const etag = `W/"${info.size.toString(16)}-${Math.floor(info.mtimeMs).toString(16)}"`;
    headers.etag = etag;
    headers['accept-ranges'] = 'bytes';
    if (status === 200 && req.headers['if-none-match'] === etag) return send(req, res, 304, headers, undefined);
    // If-Range: the range only holds for the same version of the file.
    const ifRange = req.headers['if-range'];
    const range = ifRange && ifRange !== etag && ifRange !== headers['last-modified'] ? undefined : parseRange(rangeHeader, info.size);
    if (range === null) return send(req, res, 416, { ...headers, 'content-range': `bytes */${info.size}` }, '');
    if (range) {
      return stream(req, res, 206, { ...headers, 'content-range': `bytes ${range.start}-${range.end}/${info.size}`, 'content-length': range.end - range.start + 1 }, file, range);
    }
    return stream(req, res, status, { ...headers, 'content-length': info.size }, file);
  }

  /** Streams a file; a read error before the headers answers 500, after them ends the connection. */
  function stream(req, res, status, headers, file, range) {
    if (req.method === 'HEAD') return send(req, res, status, headers, undefined);
    const source = createReadStream(file, range);
    source.once('open', () => {
      // The browser may have gone already (a closed tab, an aborted download): nothing to send.
      if (res.destroyed) return source.destroy();
      res.writeHead(status, { ...securityHeaders, ...headers });
      pipeline(source, res, () => undefined);
    });
    source.once('error', (error) => fail(res, error));
    res.once('close', () => source.destroy());
  }

  function fail(res, error) {
    if (res.destroyed) return;
    if (!res.headersSent) {
      res.writeHead(500, { ...securityHeaders, 'content-type': 'text/plain; charset=utf-8' });
      res.end('Internal Server Error\n');
    } else {
      res.destroy(error instanceof Error ? error : undefined);
    }
  }

  const server = createServer((req, res) => {
    handle(req, res).catch((error) => fail(res, error));
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      resolve(server);
    });
  });
}
