import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { createServer, request as httpRequest, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { root } from './dist';
import { startStaticServer } from '../../src/cli/static-server.mjs';

/** The project's Node 24 (Astro 7 needs ≥ 22.12), also when the tests run on an older one. */
export const projectNode = Number(process.versions.node.split('.')[0]) >= 24 ? process.execPath : path.join(root, 'node_modules/.bin/node');

const close = (server: Server) => new Promise<void>((resolve) => server.close(() => resolve()));

/**
 * One origin for a browser (the service worker and its caches belong to it) in front of the
 * preview server, for the offline tests: `deploy()` swaps the build behind the same address, as a
 * real update does; `stall()` holds back matching requests until released; `failWith()` answers
 * everything with a server error.
 */
export class TestSite {
  private upstream!: Server;
  private upstreamPort = 0;
  private readonly stalls: { pattern: RegExp; held: (() => void)[]; arrived: () => void }[] = [];
  private status: number | null = null;
  private failing = /./;
  /** Every path requested, in order. */
  readonly requested: string[] = [];
  private constructor(private readonly proxy: Server) {}

  static async start(dir: string): Promise<TestSite> {
    const proxy = createServer();
    const site = new TestSite(proxy);
    proxy.on('request', (req, res) => site.handle(req, res));
    await site.deploy(dir);
    await new Promise<void>((resolve) => proxy.listen(0, '127.0.0.1', resolve));
    return site;
  }

  get base(): string {
    return `http://127.0.0.1:${(this.proxy.address() as AddressInfo).port}`;
  }

  /** Serves another build from now on (the old one stops). */
  async deploy(dir: string): Promise<void> {
    const previous = this.upstream;
    this.upstream = (await startStaticServer({ root: dir, port: 0 })) as Server;
    this.upstreamPort = (this.upstream.address() as AddressInfo).port;
    if (previous) await close(previous);
  }

  /** Holds requests whose path matches until `release()`; `arrived` resolves at the first one. */
  stall(pattern: RegExp): { arrived: Promise<void>; release: () => void } {
    let arrived!: () => void;
    const promise = new Promise<void>((resolve) => (arrived = resolve));
    const entry = { pattern, held: [] as (() => void)[], arrived };
    this.stalls.push(entry);
    return {
      arrived: promise,
      release: () => {
        this.stalls.splice(this.stalls.indexOf(entry), 1);
        for (const go of entry.held.splice(0)) go();
      },
    };
  }

  /** Answers every request (or those whose path matches) with this status; null serves normally again. */
  failWith(status: number | null, only: RegExp = /./): void {
    this.status = status;
    this.failing = only;
  }

  async close(): Promise<void> {
    for (const s of [...this.stalls]) for (const go of s.held.splice(0)) go();
    this.proxy.closeAllConnections();
    await Promise.all([close(this.proxy), close(this.upstream)]);
  }

  private handle(req: IncomingMessage, res: ServerResponse): void {
    this.requested.push(req.url ?? '');
    if (this.status && this.failing.test(req.url ?? '')) {
      res.writeHead(this.status, { 'content-type': 'text/html; charset=utf-8' });
      res.end('<!doctype html><html lang="id"><title>Galat server</title><h1>Layanan sedang tidak tersedia</h1></html>');
      return;
    }
    const forward = () => {
      const upstream = httpRequest({ host: '127.0.0.1', port: this.upstreamPort, path: req.url, method: req.method, headers: req.headers }, (answer) => {
        res.writeHead(answer.statusCode ?? 502, answer.headers);
        answer.pipe(res);
      });
      upstream.on('error', () => res.destroy());
      req.pipe(upstream);
    };
    const stall = this.stalls.find((s) => s.pattern.test(req.url ?? ''));
    if (!stall) return forward();
    stall.held.push(forward);
    stall.arrived();
  }
}

/**
 * Builds the site from a copy of the sources into a temporary folder and returns its dist/.
 * `edit(dir)` may change the copy first (a changed script, as a new release would have).
 */
export function buildCopy({ env = {}, edit }: { env?: Record<string, string>; edit?: (dir: string) => void } = {}): { dist: string; cleanup: () => void } {
  const dir = mkdtempSync(path.join(tmpdir(), 'bk-rilis-'));
  for (const entry of ['src', 'content', 'slides', 'astro.config.mjs', 'package.json', 'tsconfig.json']) {
    cpSync(path.join(root, entry), path.join(dir, entry), { recursive: true });
  }
  symlinkSync(path.join(root, 'node_modules'), path.join(dir, 'node_modules'), 'dir');
  edit?.(dir);
  const result = spawnSync(projectNode, [path.join(root, 'node_modules/.bin/astro'), 'build'], { cwd: dir, env: { ...process.env, ...env }, encoding: 'utf8' });
  if (result.status !== 0) {
    rmSync(dir, { recursive: true, force: true });
    throw new Error(`astro build failed:\n${result.stdout}\n${result.stderr}`);
  }
  return { dist: path.join(dir, 'dist'), cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

/** Appends a line to a client script of a source copy. */
export function appendToClientScript(dir: string, name: string, line: string): void {
  const file = path.join(dir, 'src/client', `${name}.ts`);
  writeFileSync(file, `${readFileSync(file, 'utf8')}\n${line}\n`);
}
