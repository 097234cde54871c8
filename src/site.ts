import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { load as parseYaml, YAMLException } from 'js-yaml';
import { siteSettingsSchema, absoluteUrlPattern, type LocalValues, type SiteSettings } from './schemas/site';
import { formatProblems, type ContentProblem } from './schemas/editor-errors';
import { suggestion } from './shared/suggest';
import { checkLogo, type LogoInfo } from './site-logo';

/**
 * The site's settings, read once from `content/site.yaml` (the institution's file: name, unit, logo,
 * public address, pass mark, contact, file names, own values) and checked like every content file:
 * a wrong field stops the build here, with the file and the field named. Pages, the course model
 * and the build steps import `site`; client scripts get what they need from the page (the pass mark
 * as `data-bk-pass`). `SITE_URL` in the environment overrides `alamatSitus` (a staging host, say).
 * Paths are relative to the project folder (the working directory), as Astro's are.
 */

export const settingsFile = 'content/site.yaml';
/** Where the logo is served: a fixed name, so the folder in public/ can be rewritten each build. */
export const logoFolder = 'instansi';

export interface SiteLogo extends LogoInfo {
  /** The file in content/, relative to the project. */
  source: string;
  /** Its URL on the site, e.g. `/instansi/logo.svg` (pages add `?v=`, src/build-info.ts `versioned`). */
  url: string;
}

export interface Site {
  /** The site's name: header, `<title>` suffix, manifest, packages. */
  title: string;
  /** For a phone's home screen. */
  shortTitle: string;
  instansi?: string;
  unit?: string;
  /** The unit and institution as one line (`Unit, Instansi`), or the institution alone: who organises the course. */
  organizer?: string;
  contact?: string;
  logo?: SiteLogo;
  /** Public address of the published site, without a trailing slash; QR codes point here. */
  url: string;
  /** A quiz counts as passed at or above this percentage. */
  passPercent: number;
  /** Names of the downloads: offline folder (and ZIM, SCORM prefix), zip, ZIM, and the ZIM's catalogue name. */
  files: { folder: string; offlineZip: string; zim: string; zimName: string };
  /** The institution's own organisational values, when it lists them. */
  localValues?: LocalValues;
}

/** The settings of the project in `root` (the working directory), or every problem found. */
export function loadSite(root: string, env: NodeJS.ProcessEnv = process.env): { site?: Site; problems: ContentProblem[] } {
  const problem = (field: string, message: string, file = settingsFile): ContentProblem => ({ file, field, message });
  const absolute = path.join(root, settingsFile);
  if (!existsSync(absolute)) return { problems: [problem('', 'berkas pengaturan situs tidak ada; buat dari contoh di README ("Menyesuaikan untuk instansi Anda")')] };
  let raw: unknown;
  try {
    raw = parseYaml(readFileSync(absolute, 'utf8'));
  } catch (error) {
    const e = error as YAMLException;
    const at = e.mark ? `baris ${e.mark.line + 1}, kolom ${e.mark.column + 1}: ` : '';
    return { problems: [problem('', `YAML tidak dapat dibaca (${at}${e.reason ?? e.message}); periksa titik dua dan spasi di awal baris`)] };
  }
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return { problems: [problem('', 'harus berupa kumpulan kolom (judul, alamatSitus, …)')] };

  const parsed = siteSettingsSchema.safeParse(raw);
  const problems: ContentProblem[] = [];
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      if (issue.code === 'unrecognized_keys') {
        // One line per unknown field, named, with the field it most likely meant.
        const known = knownFieldsAt(issue.path);
        for (const key of issue.keys) {
          problems.push(problem([...issue.path, key].join('.'), `kolom tidak dikenal${suggestion(key, known)}; kolom yang dikenal: ${known.join(', ')}`));
        }
      } else problems.push(problem(issue.path.join('.'), issue.message));
    }
  }
  const envUrl = env.SITE_URL?.trim();
  if (envUrl && !absoluteUrlPattern.test(envUrl)) {
    problems.push(problem('SITE_URL', `variabel lingkungan SITE_URL "${envUrl}" harus alamat lengkap situs yang diawali https:// atau http://, tanpa folder di belakangnya`, 'SITE_URL'));
  }
  if (!parsed.success) return { problems };

  const settings = parsed.data;
  const logo = settings.logo ? readLogo(root, settings.logo, (message) => problems.push(problem('logo', message))) : undefined;
  if (problems.length) return { problems };
  return { site: siteFrom(settings, envUrl || settings.alamatSitus, logo), problems };
}

/** The field names of the settings object at a path (the top level, `nilaiInstansi`, …), for suggestions. */
function knownFieldsAt(at: readonly PropertyKey[]): string[] {
  type Def = { shape?: Record<string, unknown>; innerType?: unknown; element?: unknown; in?: unknown };
  const defOf = (schema: unknown) => (schema as { _zod?: { def: Def } } | undefined)?._zod?.def;
  // Down through optional/default/array wrappers to the object that has fields.
  const down = (def: Def | undefined) => {
    while (def && !def.shape) def = defOf(def.innerType ?? def.element ?? def.in);
    return def;
  };
  let def = down(defOf(siteSettingsSchema));
  for (const key of at) if (typeof key === 'string') def = down(defOf(def?.shape?.[key]));
  return Object.keys(def?.shape ?? {});
}

function readLogo(root: string, name: string, fail: (message: string) => void): SiteLogo | undefined {
  const source = path.posix.join('content', name.replace(/\\/g, '/'));
  const absolute = path.join(root, source);
  if (!existsSync(absolute) || !statSync(absolute).isFile()) {
    fail(`berkas logo ${source} tidak ada; simpan logonya di folder content/ lalu tulis namanya di sini (mis. logo: logo.svg)`);
    return undefined;
  }
  const type = name.toLowerCase().endsWith('.png') ? 'png' : 'svg';
  const checked = checkLogo(readFileSync(absolute), type);
  checked.problems.forEach((p) => fail(`${source}: ${p}`));
  if (!checked.info) return undefined;
  return { ...checked.info, source, url: `/${logoFolder}/logo.${type}` };
}

function siteFrom(s: SiteSettings, url: string, logo: SiteLogo | undefined): Site {
  return {
    title: s.judul,
    shortTitle: s.judulSingkat ?? s.judul,
    instansi: s.instansi,
    unit: s.unit,
    organizer: s.instansi && (s.unit ? `${s.unit}, ${s.instansi}` : s.instansi),
    contact: s.kontak,
    logo,
    url: url.replace(/\/+$/, ''),
    passPercent: s.batasLulus,
    files: { folder: s.namaBerkas, offlineZip: `${s.namaPaketOffline}.zip`, zim: `${s.namaBerkas}.zim`, zimName: `${s.namaBerkas}_id_all` },
    localValues: s.nilaiInstansi,
  };
}

function readSite(): Site {
  const { site: loaded, problems } = loadSite(process.cwd());
  if (!loaded) throw new Error(formatProblems(problems));
  return loaded;
}

/** The settings of this build. Importing this module with a wrong settings file fails the build. */
export const site: Site = readSite();
