#!/usr/bin/env node
// `npm run zim`: the whole build, with the ZIM for Kiwix required rather than optional. The ZIM is
// packed from the offline variant and completes the download page, so it is one step of the
// build (src/build/zim.ts), not a separate command on an old dist/. Fails, with the apt-get line,
// when zimwriterfs (Debian's zim-tools) is missing.
import { spawnSync } from 'node:child_process';
import { statSync } from 'node:fs';
import { downloadFile } from './build-outputs.mjs';

const built = spawnSync(process.execPath, ['node_modules/.bin/astro', 'build'], { stdio: 'inherit', env: { ...process.env, BK_ZIM: 'required' } });
if (built.status !== 0) process.exit(built.status ?? 1);
const zim = downloadFile('dist', '.zim');
if (!zim) {
  console.error('dist/unduh/ tidak berisi berkas .zim setelah build');
  process.exit(1);
}
console.log(`\nZIM siap: ${zim} (${statSync(zim).size} byte), checksum di ${zim}.sha256`);
console.log(`Coba di browser: kiwix-serve --port 8080 ${zim}  lalu buka http://127.0.0.1:8080/`);
