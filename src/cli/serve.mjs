#!/usr/bin/env node
// Serves the built site (dist/) on http://127.0.0.1:4321/ like the host configs in hosting/ do —
// `npm start` builds first.
import path from 'node:path';
import { existsSync } from 'node:fs';
import { startStaticServer } from './static-server.mjs';

const root = path.resolve(process.argv[2] ?? 'dist');
const port = Number(process.env.PORT ?? 4321);
if (!existsSync(path.join(root, 'index.html'))) {
  console.error(`Folder ${root} belum berisi hasil build. Jalankan dulu: npm run build`);
  process.exit(1);
}
try {
  await startStaticServer({ root, port });
} catch (error) {
  console.error(error?.code === 'EADDRINUSE' ? `Port ${port} sudah dipakai program lain. Pilih port lain, mis.: PORT=4322 npm run preview` : String(error));
  process.exit(1);
}
console.log(`Situs berjalan di http://127.0.0.1:${port}/  (hentikan dengan Ctrl+C)`);
