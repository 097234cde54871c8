import { request as httpRequest } from 'node:http';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { filesBelow } from './dist';
import { cacheControlOf, contentTypeOf, documentHeaders, isText, securityHeadersOf } from '../../src/build/hosting-rules';
import { configsInDist } from '../../src/build/host-config';

export interface Reply {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: Buffer;
}

/** A raw HTTP request to 127.0.0.1:port (the path goes out as written). */
export function get(port: number, url: string, headers: Record<string, string> = {}, method = 'GET'): Promise<Reply> {
  return new Promise((resolve, reject) => {
    httpRequest({ host: '127.0.0.1', port, path: url, method, headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
    })
      .on('error', reject)
      .end();
  });
}

/** Files of a build that a server sends as themselves (not the .br/.gz siblings, not host configs). */
export function servedFiles(dist: string): string[] {
  return filesBelow(dist).filter((f) => !/\.(br|gz)$/.test(f) && !configsInDist.includes(f as (typeof configsInDist)[number]));
}
export const urlOf = (file: string) => '/' + file.replace(/(^|\/)index\.html$/, '$1');

/**
 * Requests every file of `dist` from a server as browsers do (brotli and gzip, gzip only, no
 * compression) and lists every way the answer differs from src/build/hosting-rules.ts: MIME
 * type, caching, security headers (the page ones on pages only), encoding, and the bytes (the build's own .br/.gz when
 * compressed). `encodings` leaves out what a server cannot send (nginx without its brotli module).
 */
export async function hostProblems(port: number, dist: string, encodings: ('br' | 'gzip')[] = ['br', 'gzip']): Promise<string[]> {
  const problems: string[] = [];
  for (const file of servedFiles(dist)) {
    const url = urlOf(file);
    const raw = readFileSync(path.join(dist, file));
    for (const accept of ['br, gzip', 'gzip', '']) {
      const reply = await get(port, url, accept ? { 'accept-encoding': accept } : {});
      const say = (what: string) => problems.push(`${url} [${accept || 'identity'}]: ${what}`);
      if (reply.status !== 200) say(`status ${reply.status}`);
      if (reply.headers['content-type'] !== contentTypeOf(file)) say(`content-type ${reply.headers['content-type']}`);
      if (reply.headers['cache-control'] !== cacheControlOf(url)) say(`cache-control ${reply.headers['cache-control']}`);
      const security = securityHeadersOf(file);
      for (const name of new Set([...Object.keys(security), ...Object.keys(documentHeaders)])) {
        if (reply.headers[name.toLowerCase()] !== security[name]) say(`${name} ${reply.headers[name.toLowerCase()]}`);
      }
      const wanted = accept.split(', ').filter((e) => e && encodings.includes(e as 'br' | 'gzip'));
      const expected = isText(file) ? wanted[0] : undefined;
      if (reply.headers['content-encoding'] !== expected) say(`content-encoding ${reply.headers['content-encoding']}`);
      try {
        const body = expected === 'br' ? brotliDecompressSync(reply.body) : expected === 'gzip' ? gunzipSync(reply.body) : reply.body;
        if (!body.equals(raw)) say('isi berbeda');
        if (expected && !reply.body.equals(readFileSync(path.join(dist, `${file}.${expected === 'br' ? 'br' : 'gz'}`)))) say('bukan berkas prakompresi dari build');
      } catch {
        say('isi tidak dapat diurai');
      }
    }
  }
  return problems;
}

/** What every server must also do: 404.html for a missing page, 405 for other methods, ranges of the zip. */
export async function behaviourProblems(port: number, dist: string): Promise<string[]> {
  const problems: string[] = [];
  const missing = await get(port, '/tidak-ada/');
  if (missing.status !== 404 || !missing.body.equals(readFileSync(path.join(dist, '404.html')))) problems.push(`/tidak-ada/: ${missing.status}, bukan 404.html`);
  for (const method of ['DELETE', 'OPTIONS', 'POST', 'PUT']) {
    const reply = await get(port, '/', {}, method);
    if (reply.status !== 405) problems.push(`${method} /: ${reply.status}, bukan 405`);
  }
  const zip = readFileSync(path.join(dist, 'unduh/budaya-kerja-offline.zip'));
  const part = await get(port, '/unduh/budaya-kerja-offline.zip', { range: 'bytes=100-199' });
  if (part.status !== 206 || !part.body.equals(zip.subarray(100, 200))) problems.push(`Range pada zip: ${part.status}`);
  return problems;
}
