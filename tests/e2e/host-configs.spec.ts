// The generated host configs (hosting/) on the real servers, when they are installed: each one
// serves dist/ and must answer exactly as src/build/hosting-rules.ts says, like the preview
// server does (tests/e2e/hosting.spec.ts). CI installs them (.ci/run); elsewhere point BK_NGINX,
// BK_APACHE or BK_CADDY at a binary, or install the Debian packages nginx-light
// libnginx-mod-http-brotli-static apache2-bin caddy.
import { test, expect } from '@playwright/test';
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { chmodSync, cpSync, existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createConnection, createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { dist } from '../support/dist';
import { behaviourProblems, hostProblems } from '../support/host-check';
import { hostConfigs } from '../../src/build/host-config';

/** A server binary from its env variable or PATH, with the folder it was installed under ('' for /usr). */
function locate(envName: string, command: string): { bin: string; prefix: string } | null {
  const fromEnv = process.env[envName];
  const found = fromEnv ?? spawnSync('sh', ['-c', `command -v ${command} || ls /usr/sbin/${command} 2>/dev/null`], { encoding: 'utf8' }).stdout.trim().split('\n')[0];
  if (!found || !existsSync(found)) return null;
  return { bin: found, prefix: found.replace(/\/usr\/s?bin\/[^/]+$/, '') };
}

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const s = createServer().listen(0, '127.0.0.1', () => {
      const { port } = s.address() as { port: number };
      s.close(() => resolve(port));
    });
  });
}

async function listening(port: number, child: ChildProcess, log: () => string): Promise<void> {
  for (let i = 0; i < 100; i++) {
    if (child.exitCode !== null) throw new Error(`server berhenti:\n${log()}`);
    const ok = await new Promise<boolean>((resolve) => createConnection(port, '127.0.0.1').on('connect', function (this: import('node:net').Socket) { this.end(); resolve(true); }).on('error', () => resolve(false)));
    if (ok) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`server tidak mendengarkan di port ${port}:\n${log()}`);
}

interface Running {
  port: number;
  encodings: ('br' | 'gzip')[];
  stop: () => void;
}

async function run(bin: string, args: string[], prefix: string, port: number, dir: string): Promise<() => void> {
  // Caddy keeps its state under XDG folders: the temporary folder, not the home directory.
  const env = { ...process.env, XDG_CONFIG_HOME: dir, XDG_DATA_HOME: dir, LD_LIBRARY_PATH: [process.env.LD_LIBRARY_PATH, prefix && `${prefix}/usr/lib/x86_64-linux-gnu`].filter(Boolean).join(':') };
  let output = '';
  const child = spawn(bin, args, { cwd: dir, env, stdio: ['ignore', 'pipe', 'pipe'] });
  child.stdout?.on('data', (d) => (output += d));
  child.stderr?.on('data', (d) => (output += d));
  const stop = () => void child.kill('SIGTERM');
  await listening(port, child, () => output).catch((error: unknown) => {
    stop();
    throw error;
  });
  return stop;
}

const servers: Record<string, { find: () => { bin: string; prefix: string } | null; start: (found: { bin: string; prefix: string }, dir: string) => Promise<Running> }> = {
  nginx: {
    find: () => locate('BK_NGINX', 'nginx'),
    async start({ bin, prefix }, dir) {
      const port = await freePort();
      const brotli = `${prefix}/usr/lib/nginx/modules/ngx_http_brotli_static_module.so`;
      const hasBrotli = existsSync(brotli);
      let site = hostConfigs()['nginx.conf']!.replace('listen 80;', `listen 127.0.0.1:${port};`).replace('root /var/www/budaya-kerja-asn;', `root ${dist};`);
      if (hasBrotli) site = site.replace('# brotli_static on;', 'brotli_static on;');
      writeFileSync(path.join(dir, 'site.conf'), site);
      const temp = ['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'].map((t) => `  ${t}_temp_path ${dir}/${t};`).join('\n');
      writeFileSync(
        path.join(dir, 'nginx.conf'),
        `${hasBrotli ? `load_module ${brotli};\n` : ''}daemon off;\nmaster_process off;\nerror_log ${dir}/error.log;\npid ${dir}/nginx.pid;\nevents {}\nhttp {\n  access_log off;\n${temp}\n  include ${dir}/site.conf;\n}\n`,
      );
      const stop = await run(bin, ['-c', path.join(dir, 'nginx.conf'), '-p', dir], prefix, port, dir);
      return { port, encodings: hasBrotli ? ['br', 'gzip'] : ['gzip'], stop };
    },
  },
  Apache: {
    find: () => locate('BK_APACHE', 'apache2'),
    async start({ bin, prefix }, dir) {
      const port = await freePort();
      const modules = `${prefix}/usr/lib/apache2/modules`;
      // Run as root, Apache serves as `nobody`, who may not enter the folder dist/ sits in (a clone
      // under a mkdtemp folder is 0700): then it serves a copy in a folder anyone can read.
      const asRoot = process.getuid?.() === 0;
      const docRoot = asRoot ? path.join(dir, 'www') : dist;
      if (asRoot) {
        cpSync(dist, docRoot, { recursive: true });
        chmodSync(dir, 0o755);
      }
      const load = ['mpm_event', 'authz_core', 'dir', 'mime', 'rewrite', 'headers'].map((m) => `LoadModule ${m}_module ${modules}/mod_${m}.so`).join('\n');
      writeFileSync(
        path.join(dir, 'httpd.conf'),
        `ServerRoot ${dir}\nDefaultRuntimeDir ${dir}\nPidFile ${dir}/httpd.pid\nErrorLog ${dir}/error.log\nListen 127.0.0.1:${port}\nServerName localhost\n` +
          (asRoot ? 'User nobody\nGroup nogroup\n' : '') +
          `${load}\n${existsSync('/etc/mime.types') ? 'TypesConfig /etc/mime.types\n' : ''}DocumentRoot ${docRoot}\n` +
          `<Directory />\n  AllowOverride None\n  Require all denied\n</Directory>\n<Directory ${docRoot}>\n  AllowOverride All\n  Require all granted\n</Directory>\n`,
      );
      const stop = await run(bin, ['-f', path.join(dir, 'httpd.conf'), '-X'], prefix, port, dir);
      return { port, encodings: ['br', 'gzip'], stop };
    },
  },
  Caddy: {
    find: () => locate('BK_CADDY', 'caddy'),
    async start({ bin, prefix }, dir) {
      const port = await freePort();
      const site = hostConfigs()['Caddyfile']!.replace(/^:80 \{/m, `http://:${port} {`).replace('root * /srv/budaya-kerja-asn', `root * ${dist}`);
      writeFileSync(path.join(dir, 'Caddyfile'), `{\n\tadmin off\n}\n${site}`);
      const stop = await run(bin, ['run', '--config', path.join(dir, 'Caddyfile'), '--adapter', 'caddyfile'], prefix, port, dir);
      return { port, encodings: ['br', 'gzip'], stop };
    },
  },
};

for (const [name, server] of Object.entries(servers)) {
  test(`${name} with the generated config serves dist/ exactly as the hosting rules say`, async () => {
    const found = server.find();
    test.skip(!found, `${name} tidak terpasang di mesin ini`);
    const dir = mkdtempSync(path.join(tmpdir(), `bk-${name.toLowerCase()}-`));
    let running: Running | undefined;
    try {
      running = await server.start(found!, dir);
      expect(await hostProblems(running.port, dist, running.encodings)).toEqual([]);
      expect(await behaviourProblems(running.port, dist)).toEqual([]);
    } finally {
      running?.stop();
      rmSync(dir, { recursive: true, force: true });
    }
  });
}
