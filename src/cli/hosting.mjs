#!/usr/bin/env node
// `npm run hosting`: writes the host configs (nginx, Apache .htaccess, Caddy, _headers) into
// hosting/ from src/build/hosting-rules.ts. A unit test fails when the files there are out of date.
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { hostConfigs } from '../build/host-config.ts';

const dir = path.resolve(import.meta.dirname, '../../hosting');
await mkdir(dir, { recursive: true });
for (const [name, text] of Object.entries(hostConfigs())) {
  await writeFile(path.join(dir, name), text);
  console.log(`hosting/${name}`);
}
