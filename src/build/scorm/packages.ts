import { copyFile, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { writeReproducibleZip } from '../reproducible-zip';
import { portableNameProblems } from '../portable-names';
import { listFiles } from '../dist-files';
import { HtmlPage } from '../html-page';
import { assetsOf } from './files';
import { linkTargets, lmsPage, targetAllowed, type LmsPageContext } from './pages';
import { schemaFiles, writeManifest, type ManifestSco } from './manifest';
import { shellPage } from './shell';
import { fileForPath, routes } from '../../shared/links';
import { scormPlanIsland, type ScormPackage, type ScormPlan } from '../../shared/scorm/plan';

/**
 * The SCORM 1.2 packages (post-build step, after the offline zip and the ZIM): for each package
 * of the plan that the download page carries (src/course/scorm-plan.ts), the SCO pages and the
 * reference pages are taken from the offline variant (relative links naming `.html` files,
 * classic scripts only, no fetch: the same pages as the offline zip), changed for the LMS
 * (./pages.ts), given a launch frame per SCO (./shell.ts) and the assets they load, and zipped
 * with `imsmanifest.xml` and the ADL schema files at the root into dist/unduh/scorm/, byte for
 * byte the same for the same commit. Each package is staged unzipped in dist-scorm/<name>/.
 */

export const scormStageRoot = 'dist-scorm';
const schemaDir = fileURLToPath(new URL('./schemas/', import.meta.url));
const shellCss = fileURLToPath(new URL('./shell.css', import.meta.url));
/** Where the launch frames live in a package, and their stylesheet. */
const shellDir = 'lms';
const adapterFile = fileForPath(routes.script('scorm'));

export interface ScormPackageResult {
  file: string;
  /** Path of the zip, relative to the project (dist/unduh/scorm/…). */
  zip: string;
  bytes: number;
  sha256: string;
  files: number;
}

/** The plan the download page carries (it stays there until the download step fills the page). */
export async function readScormPlan(dist: string): Promise<ScormPlan> {
  const file = fileForPath(routes.download());
  const page = new HtmlPage(await readFile(path.join(dist, file), 'utf8'), file);
  const island = page.find((el) => el.tag === 'script' && el.attr('id') === scormPlanIsland)[0];
  if (!island) throw new Error(`Halaman unduhan ${routes.download()}: rencana paket SCORM (#${scormPlanIsland}) tidak ditemukan`);
  return JSON.parse(island.text) as ScormPlan;
}

const relative = (from: string, to: string) => path.posix.relative(path.posix.dirname(from), to);

/** Stages one package's files in `stage` and returns the paths it holds, sorted. */
/**
 * The reference pages (glossary, sources) go into every package, and the sources page grows with
 * the course: rewriting it for each package would make packaging grow with the square of the
 * course. Each is read and parsed once, and its LMS copy is made again only for a package where
 * its links resolve differently (in practice never).
 */
function referencePages(offlineDir: string) {
  const read = new Map<string, { html: string; targets: string[]; copies: Map<string, string> }>();
  return {
    async page(file: string, context: LmsPageContext): Promise<string> {
      let entry = read.get(file);
      if (!entry) {
        const html = await readFile(path.join(offlineDir, file), 'utf8');
        read.set(file, (entry = { html, targets: linkTargets(html, file), copies: new Map() }));
      }
      const key = entry.targets.map((target) => (targetAllowed(target || undefined, context) ? '1' : '0')).join('');
      let copy = entry.copies.get(key);
      if (copy === undefined) entry.copies.set(key, (copy = lmsPage(entry.html, context)));
      return copy;
    },
  };
}

async function stagePackage({ plan, pack, offlineDir, dist, stage, loads, reference }: { plan: ScormPlan; pack: ScormPackage; offlineDir: string; dist: string; stage: string; loads: Map<string, string[]>; reference: ReturnType<typeof referencePages> }): Promise<string[]> {
  const scoOf = new Map<string, string | undefined>();
  for (const sco of pack.scos) for (const url of sco.pages) scoOf.set(fileForPath(url), sco.id);
  for (const url of plan.supportPages) if (!scoOf.has(fileForPath(url))) scoOf.set(fileForPath(url), undefined);
  const pages = [...scoOf.keys()];
  for (const page of pages) if (!existsSync(path.join(offlineDir, page))) throw new Error(`Paket SCORM ${pack.file}: halaman ${page} tidak ada di varian offline`);
  const shells = pack.scos.map((sco) => `${shellDir}/${sco.id}.html`);
  // The licences of the libraries whose code the package carries travel with it (src/third-party-code.ts).
  const licenses = fileForPath(routes.licenses());
  const notices = existsSync(path.join(offlineDir, licenses)) ? [licenses] : [];
  const files = new Set<string>([...pages, ...(await assetsOf(offlineDir, pages, loads)), adapterFile, ...shells, `${shellDir}/bingkai.css`, 'imsmanifest.xml', ...schemaFiles, ...notices]);
  const ui = plan.texts.adapterUi;

  const write = async (file: string, data: string | Buffer) => {
    await mkdir(path.dirname(path.join(stage, file)), { recursive: true });
    await writeFile(path.join(stage, file), data);
  };
  for (const file of files) {
    if (file === 'imsmanifest.xml' || shells.includes(file) || file === `${shellDir}/bingkai.css` || (schemaFiles as readonly string[]).includes(file)) continue;
    if (file === adapterFile) {
      const built = path.join(dist, adapterFile);
      if (!existsSync(built)) throw new Error(`Paket SCORM: skrip ${adapterFile} tidak dibangun`);
      await write(file, await readFile(built));
    } else if (scoOf.has(file)) {
      const sco = scoOf.get(file);
      const context = { file, sco, pages: scoOf, files };
      if (sco === undefined) await write(file, await reference.page(file, context));
      else await write(file, lmsPage(await readFile(path.join(offlineDir, file), 'utf8'), { ...context, adapter: { src: relative(file, adapterFile), ui } }));
    } else {
      await write(file, await readFile(path.join(offlineDir, file)));
    }
  }
  for (const [i, sco] of pack.scos.entries()) {
    const shell = shells[i]!;
    await write(
      shell,
      shellPage({
        title: sco.title,
        siteName: plan.texts.siteName,
        pages: sco.pages.map((url) => relative(shell, fileForPath(url))),
        root: `${path.posix.relative(path.posix.dirname(shell), '.') || '.'}/`,
        script: relative(shell, adapterFile),
        stylesheet: relative(shell, `${shellDir}/bingkai.css`),
        noScript: plan.texts.noScript,
        openStart: plan.texts.openStart,
      }),
    );
  }
  await mkdir(path.join(stage, shellDir), { recursive: true });
  await copyFile(shellCss, path.join(stage, shellDir, 'bingkai.css'));
  for (const schema of schemaFiles) await copyFile(path.join(schemaDir, schema), path.join(stage, schema));

  const own = new Set<string>();
  const scos: ManifestSco[] = pack.scos.map((sco, i) => {
    const scoFiles = [shells[i]!, ...sco.pages.map(fileForPath)];
    for (const f of scoFiles) own.add(f);
    return { id: sco.id, title: sco.title, masteryScore: sco.masteryScore, launch: shells[i]!, files: scoFiles };
  });
  const shared = [...files].filter((f) => !own.has(f) && f !== 'imsmanifest.xml' && !(schemaFiles as readonly string[]).includes(f)).sort();
  await write('imsmanifest.xml', writeManifest({ pkg: pack, version: plan.version, scos, shared }));

  const staged = await listFiles(stage);
  const expected = [...files].sort();
  if (staged.join('\n') !== expected.join('\n')) throw new Error(`Paket SCORM ${pack.file}: isi folder tidak sama dengan daftar berkasnya`);
  return staged;
}

/** Where the plan of the last build is kept beside the staged packages (to rebuild them, e.g. in the tests). */
export const scormPlanFile = 'plan.json';

/**
 * Builds every package of the plan (by default the one on the download page) into
 * dist/unduh/scorm/ with a SHA256SUMS.txt beside them; every zip entry carries `mtime` (the
 * build's date, so the same commit gives the same bytes).
 */
export async function buildScormPackages({ dist, offlineDir, plan: given, mtime }: { dist: string; offlineDir: string; plan?: ScormPlan; mtime: Date }): Promise<ScormPackageResult[]> {
  const plan = given ?? (await readScormPlan(dist));
  const stageRoot = path.resolve(dist, '..', scormStageRoot);
  await rm(stageRoot, { recursive: true, force: true });
  await mkdir(stageRoot, { recursive: true });
  await writeFile(path.join(stageRoot, scormPlanFile), `${JSON.stringify(plan, null, 2)}\n`);
  const outDir = path.join(dist, path.dirname(fileForPath(routes.scormPackage('x.zip'))));
  await mkdir(outDir, { recursive: true });
  const results: ScormPackageResult[] = [];
  // What each page loads, read once for all packages (see assetsOf).
  const loads = new Map<string, string[]>();
  const reference = referencePages(offlineDir);
  for (const pack of plan.packages) {
    const stage = path.join(stageRoot, pack.file.replace(/\.zip$/, ''));
    const files = await stagePackage({ plan, pack, offlineDir, dist, stage, loads, reference });
    const problems = portableNameProblems(files);
    if (problems.length) throw new Error(`Paket SCORM ${pack.file}: nama berkas tidak aman:\n- ${problems.join('\n- ')}`);
    const out = path.join(outDir, pack.file);
    const zip = await writeReproducibleZip({ dir: stage, top: '', out, mtime });
    results.push({ file: pack.file, zip: path.relative(path.resolve(dist, '..'), out), bytes: zip.bytes, sha256: zip.sha256, files: zip.entries.length });
  }
  await writeFile(path.join(dist, fileForPath(routes.scormChecksums())), results.map((r) => `${r.sha256}  ${r.file}\n`).join(''));
  return results;
}
