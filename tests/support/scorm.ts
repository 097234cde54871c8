import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { dist, root } from './dist';
import { readZip, unzip } from './unzip';
import { startStaticServer } from '../../src/cli/static-server.mjs';
import type { ScormPlan } from '../../src/shared/scorm/plan';

/** The plan the last build packed (kept beside the staged packages by src/build/scorm/packages.ts). */
export function builtPlan(): ScormPlan {
  return JSON.parse(readFileSync(path.join(root, 'dist-scorm', 'plan.json'), 'utf8')) as ScormPlan;
}

export const zipOf = (file: string) => path.join(dist, 'unduh', 'scorm', file);

/** The one timestamp every entry of a built zip carries (DOS date and time, read as UTC). */
export function zipMtime(file: string): Date {
  const { dosDate: day, dosTime: time } = readZip(file)[0]!;
  return new Date(Date.UTC((day >> 9) + 1980, ((day >> 5) & 0xf) - 1, day & 0x1f, time >> 11, (time >> 5) & 0x3f, (time & 0x1f) * 2));
}

/** Unzips a built package into a fresh temporary folder; returns the folder. */
export function unpack(file: string): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'bk-scorm-'));
  unzip(zipOf(file), dir);
  return dir;
}

/**
 * A stand-in LMS on http (port 0): the package unzipped under /paket/, and /lms.html, a page that
 * puts scorm-again's SCORM 1.2 API on its window as `API` (what Moodle's player does), records
 * every call, and opens a SCO's launch page in an iframe on the same origin, as an LMS does.
 * `?sco=<launch>` names the launch page; `&data=<json>` starts the API with earlier CMI data (a
 * learner who comes back).
 */
export async function startHarness(file: string): Promise<{ base: string; close: () => Promise<void> }> {
  const site = mkdtempSync(path.join(tmpdir(), 'bk-lms-'));
  const paket = path.join(site, 'paket');
  mkdirSync(paket);
  unzip(zipOf(file), paket);
  copyFileSync(path.join(root, 'node_modules', 'scorm-again', 'dist', 'scorm12.js'), path.join(site, 'scorm12.js'));
  writeFileSync(path.join(site, 'lms.html'), harnessPage);
  const server: Server = await startStaticServer({ root: site, port: 0 });
  const { port } = server.address() as AddressInfo;
  const close = () =>
    new Promise<void>((resolve) => {
      server.closeAllConnections();
      server.close(() => resolve());
    }).finally(() => rmSync(site, { recursive: true, force: true }));
  return { base: `http://127.0.0.1:${port}`, close };
}

const harnessPage = `<!doctype html>
<html lang="id">
<head><meta charset="utf-8"><title>LMS uji</title>
<style>html,body{height:100%;margin:0}iframe{width:100%;height:100%;border:0;display:block}</style>
<script src="scorm12.js"></script>
<script>
  const params = new URLSearchParams(location.search);
  window.lmsLog = [];
  window.API = new Scorm12API({ logLevel: 4 });
  const data = params.get('data');
  if (data) window.API.loadFromJSON(JSON.parse(data));
  for (const name of ['LMSInitialize', 'LMSCommit', 'LMSFinish']) window.API.on(name, () => window.lmsLog.push([name]));
  window.API.on('LMSSetValue.cmi.*', (element, value) => window.lmsLog.push(['LMSSetValue', element, value]));
  // Read straight from the data model: LMSGetValue after LMSFinish is an error by the standard.
  window.lmsValue = (element) => element.split('.').slice(1).reduce((o, k) => (o == null ? undefined : o[k]), window.API.cmi);
</script>
</head>
<body><iframe title="SCO" name="sco"></iframe>
<script>document.querySelector('iframe').src = 'paket/' + params.get('sco');</script>
</body>
</html>
`;
