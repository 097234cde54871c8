import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import path from 'node:path';
import { dist } from './dist';
import { findExecutable } from '../../src/build/zim-writer';
import { routes, fileForPath } from '../../src/shared/links';
import { site } from '../../src/site';

/** The ZIM the build wrote (when zimwriterfs was there). */
export const zimFile = path.join(dist, fileForPath(routes.zim(site.files.zim)));

const install = 'sudo apt-get install zim-tools kiwix-tools';

/**
 * Why the ZIM tests cannot run here, or undefined when they can. The tools come from Debian and
 * are not needed for `npm install && npm start`, so a machine without them skips these tests with
 * this reason; CI sets BK_ZIM=required, which turns a missing tool into a failure instead.
 */
export function missingTools(...tools: string[]): string | undefined {
  const missing = tools.filter((t) => !findExecutable(t));
  if (!missing.length || process.env.BK_ZIM === 'required') return undefined;
  return `ZIM tidak diuji: ${missing.join(', ')} tidak terpasang (${install})`;
}

/** A free TCP port on 127.0.0.1, or BK_KIWIX_PORT when set (other helpers run servers too). */
async function freePort(): Promise<number> {
  if (process.env.BK_KIWIX_PORT) return Number(process.env.BK_KIWIX_PORT);
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

export interface KiwixServer {
  /** `http://127.0.0.1:<port>` */
  origin: string;
  /** Where the book's pages live, with a trailing slash (`/budaya-kerja-asn/` in kiwix-serve 3.x, `/content/…/` later). */
  contentRoot: string;
  /** The book's name in the server's URLs. */
  book: string;
  stop(): Promise<void>;
}

/**
 * Starts kiwix-serve on the ZIM, listening on 127.0.0.1 only, with its default options (the
 * toolbar it injects included, as a trainer's laptop would run it). The content root is read from
 * the server's own OPDS catalogue, so the tests follow kiwix-serve's URL layout whatever its version.
 */
export async function startKiwixServe(zim = zimFile): Promise<KiwixServer> {
  const port = await freePort();
  const origin = `http://127.0.0.1:${port}`;
  const child: ChildProcess = spawn(findExecutable('kiwix-serve') ?? 'kiwix-serve', ['--address=127.0.0.1', `--port=${port}`, zim], { stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const stop = async () => {
    if (child.exitCode === null) child.kill();
    await exited;
  };
  let catalog = '';
  for (let attempt = 0; attempt < 100 && !catalog; attempt++) {
    if (child.exitCode !== null) throw new Error(`kiwix-serve berhenti: ${stderr.trim()}`);
    try {
      const response = await fetch(`${origin}/catalog/v2/entries`);
      if (response.ok) catalog = await response.text();
    } catch {
      await new Promise((r) => setTimeout(r, 100));
    }
  }
  if (!catalog) {
    await stop();
    throw new Error(`kiwix-serve tidak menjawab di ${origin}: ${stderr.trim()}`);
  }
  const href = /<link\s+type="text\/html"\s+href="([^"]+)"/.exec(catalog)?.[1];
  if (!href) {
    await stop();
    throw new Error(`katalog kiwix-serve tanpa tautan isi:\n${catalog}`);
  }
  const contentRoot = new URL(href.endsWith('/') ? href : `${href}/`, origin).href;
  return { origin, contentRoot, book: path.basename(new URL(contentRoot).pathname), stop };
}
