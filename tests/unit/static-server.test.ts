import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { request as httpRequest, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { brotliCompressSync, gzipSync } from 'node:zlib';
import { startStaticServer } from '../../src/cli/static-server.mjs';
import { documentHeaders, securityHeaders } from '../../src/build/hosting-rules';

// The preview server on a throw-away site with a sibling folder whose name starts like the root's
// (dist/ next to dist-offline/), a folder named index.html, a dotfile, precompressed siblings and a
// zip big enough for ranges.
const top = mkdtempSync(path.join(tmpdir(), 'bk-server-'));
const root = path.join(top, 'dist');
const secret = 'RAHASIA DI LUAR DIST\n';
const page = '<!doctype html><title>Beranda</title><p>halo</p>\n'.repeat(20);
const zip = Buffer.from(Array.from({ length: 300_000 }, (_, i) => (i * 7919) % 251));

let server: Server;
let port = 0;
beforeAll(async () => {
  mkdirSync(path.join(root, 'modul', 'x'), { recursive: true });
  mkdirSync(path.join(root, 'jebakan', 'index.html'), { recursive: true });
  mkdirSync(path.join(root, 'unduh'), { recursive: true });
  mkdirSync(path.join(top, 'dist-offline'), { recursive: true });
  writeFileSync(path.join(top, 'dist-offline', 'rahasia.txt'), secret);
  writeFileSync(path.join(top, 'rahasia.txt'), secret);
  writeFileSync(path.join(root, 'index.html'), page);
  writeFileSync(path.join(root, 'index.html.br'), brotliCompressSync(page));
  writeFileSync(path.join(root, 'index.html.gz'), gzipSync(page));
  writeFileSync(path.join(root, 'modul', 'x', 'index.html'), page);
  writeFileSync(path.join(root, '404.html'), '<!doctype html><title>Tidak ada</title>\n');
  writeFileSync(path.join(root, '.htaccess'), 'Options -Indexes\n');
  writeFileSync(path.join(root, 'unduh', 'paket.zip'), zip);
  server = (await startStaticServer({ root, port: 0 })) as Server;
  port = (server.address() as AddressInfo).port;
});
afterAll(async () => {
  await new Promise<void>((resolve) => server.close(() => resolve()));
  rmSync(top, { recursive: true, force: true });
});

interface Reply {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: Buffer;
}

/** A raw request: the path goes on the wire exactly as written (no URL normalisation). */
function request(pathOnWire: string, { method = 'GET', headers = {} }: { method?: string; headers?: Record<string, string> } = {}): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const req = httpRequest({ host: '127.0.0.1', port, path: pathOnWire, method, headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
    });
    req.on('error', reject);
    req.end();
  });
}

describe('the preview server', () => {
  test.each([
    '/..%2fdist-offline/rahasia.txt',
    '/..%2f..%2frahasia.txt',
    '/%2e%2e/dist-offline/rahasia.txt',
    '/%2e%2e%2fdist-offline%2frahasia.txt',
    '/modul/..%2f..%2f..%2fdist-offline/rahasia.txt',
    '/../dist-offline/rahasia.txt',
    '/..%5cdist-offline%5crahasia.txt',
  ])('never serves a file outside its folder: %s', async (url) => {
    const reply = await request(url);
    expect(reply.status).toBe(404);
    expect(reply.body.toString()).not.toContain('RAHASIA');
  });

  test('does not serve configuration dotfiles such as .htaccess', async () => {
    expect((await request('/.htaccess')).status).toBe(404);
  });

  test('answers a folder named index.html with 404 and keeps running, with and without gzip', async () => {
    expect((await request('/jebakan/')).status).toBe(404);
    expect((await request('/jebakan/', { headers: { 'accept-encoding': 'gzip' } })).status).toBe(404);
    expect((await request('/jebakan/index.html/')).status).toBe(404);
    expect((await request('/')).status).toBe(200);
  });

  test('redirects a folder URL without its slash, keeping the query', async () => {
    const reply = await request('/modul/x?a=1');
    expect(reply.status).toBe(301);
    expect(reply.headers.location).toBe('/modul/x/?a=1');
  });

  test('answers a missing path with 404.html and status 404', async () => {
    const reply = await request('/tidak-ada/');
    expect(reply.status).toBe(404);
    expect(reply.body.toString()).toContain('Tidak ada');
  });

  test.each(['OPTIONS', 'DELETE', 'TRACE', 'POST', 'PUT', 'PATCH'])('refuses %s with 405 and names the allowed methods', async (method) => {
    const reply = await request('/', { method });
    expect(reply.status).toBe(405);
    expect(reply.headers.allow).toBe('GET, HEAD');
  });

  test('answers HEAD with the headers of GET and no body', async () => {
    const head = await request('/', { method: 'HEAD', headers: { 'accept-encoding': 'br' } });
    const get = await request('/', { headers: { 'accept-encoding': 'br' } });
    expect(head.status).toBe(200);
    expect(head.body.length).toBe(0);
    expect(head.headers['content-length']).toBe(get.headers['content-length']);
  });

  test('sends the precompressed sibling the browser accepts, brotli first, and the file itself otherwise', async () => {
    const br = await request('/', { headers: { 'accept-encoding': 'gzip, deflate, br' } });
    expect(br.headers['content-encoding']).toBe('br');
    expect(br.body.equals(brotliCompressSync(page))).toBe(true);
    expect(br.headers.vary).toBe('Accept-Encoding');
    const gz = await request('/', { headers: { 'accept-encoding': 'gzip, br;q=0' } });
    expect(gz.headers['content-encoding']).toBe('gzip');
    expect(gz.body.equals(gzipSync(page))).toBe(true);
    const plain = await request('/');
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.body.toString()).toBe(page);
    expect(plain.headers['content-type']).toBe('text/html; charset=utf-8');
  });

  test('serves byte ranges of the zip, and refuses a range past its end', async () => {
    const first = await request('/unduh/paket.zip', { headers: { range: 'bytes=0-99' } });
    expect(first.status).toBe(206);
    expect(first.headers['content-range']).toBe(`bytes 0-99/${zip.length}`);
    expect(first.body.equals(zip.subarray(0, 100))).toBe(true);
    const resume = await request('/unduh/paket.zip', { headers: { range: 'bytes=250000-' } });
    expect(resume.status).toBe(206);
    expect(resume.body.equals(zip.subarray(250_000))).toBe(true);
    const tail = await request('/unduh/paket.zip', { headers: { range: 'bytes=-10' } });
    expect(tail.body.equals(zip.subarray(zip.length - 10))).toBe(true);
    const past = await request('/unduh/paket.zip', { headers: { range: `bytes=${zip.length}-` } });
    expect(past.status).toBe(416);
    expect(past.headers['content-range']).toBe(`bytes */${zip.length}`);
    const full = await request('/unduh/paket.zip');
    expect(full.headers['accept-ranges']).toBe('bytes');
    expect(full.body.equals(zip)).toBe(true);
  });

  test('resumes a download only when the file is unchanged (If-Range)', async () => {
    const { headers } = await request('/unduh/paket.zip', { method: 'HEAD' });
    const same = await request('/unduh/paket.zip', { headers: { range: 'bytes=0-9', 'if-range': String(headers.etag) } });
    expect(same.status).toBe(206);
    const changed = await request('/unduh/paket.zip', { headers: { range: 'bytes=0-9', 'if-range': 'W/"lain"' } });
    expect(changed.status).toBe(200);
    expect(changed.body.length).toBe(zip.length);
  });

  test('answers a repeated request with 304 when the file is unchanged', async () => {
    const first = await request('/unduh/paket.zip');
    const again = await request('/unduh/paket.zip', { headers: { 'if-none-match': String(first.headers.etag) } });
    expect(again.status).toBe(304);
    expect(again.body.length).toBe(0);
  });

  test('sends the security headers on every answer, errors included, and the page headers on pages only', async () => {
    const pages = [await request('/'), await request('/tidak-ada/'), await request('/..%2fdist-offline/rahasia.txt')];
    const others = [await request('/', { method: 'DELETE' }), await request('/unduh/paket.zip')];
    for (const reply of [...pages, ...others]) {
      for (const [name, value] of Object.entries(securityHeaders)) expect(reply.headers[name.toLowerCase()], `${reply.status} ${name}`).toBe(value);
    }
    for (const reply of pages) for (const [name, value] of Object.entries(documentHeaders)) expect(reply.headers[name.toLowerCase()], name).toBe(value);
    for (const reply of others) for (const name of Object.keys(documentHeaders)) expect(reply.headers[name.toLowerCase()], name).toBeUndefined();
  });

  test('keeps running when browsers hang up mid-request', async () => {
    for (let i = 0; i < 20; i++) {
      await new Promise<void>((resolve) => {
        const req = httpRequest({ host: '127.0.0.1', port, agent: false, path: i % 2 ? '/unduh/paket.zip' : '/', headers: { 'accept-encoding': 'br' } });
        req.on('error', () => resolve());
        req.on('socket', (socket) => socket.on('connect', () => setImmediate(() => (req.destroy(), resolve()))));
        req.end();
      });
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect((await request('/')).status).toBe(200);
  });

  test('answers a malformed escape with 400 and keeps running', async () => {
    expect((await request('/%E0%A4%A')).status).toBe(400);
    expect((await request('/')).status).toBe(200);
  });
});
