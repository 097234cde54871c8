import { execSync } from 'node:child_process';
import { routes } from './shared/links';
import type { ClientScript } from './shared/client-script';
import pkg from '../package.json';

/**
 * A short version for cache-busting query strings and the download page: the git commit when
 * there is one, otherwise the package version. Stable for the same commit, so two builds of it
 * produce the same bytes (the offline zip must be reproducible).
 */
function readVersion(): string {
  try {
    return execSync('git rev-parse --short=8 HEAD', { stdio: ['ignore', 'pipe', 'ignore'] }).toString().trim();
  } catch {
    return process.env.npm_package_version ?? 'dev';
  }
}

export const buildVersion: string = process.env.BK_VERSION ?? readVersion();

/**
 * The version as people read it, the same on every page, the download page, BACA-SAYA.txt and the
 * ZIM: the release from package.json and the build, `0.1.0 (1a2b3c4d)`.
 */
export const versionLabel = `${pkg.version} (${buildVersion})`;

/**
 * The date the build stands for: the commit date (`git log -1 --format=%cI`), or SOURCE_DATE_EPOCH
 * when set (the reproducible-builds convention). Never the clock, so the zip's timestamps and the
 * download page are the same for every build of a commit. Falls back to a fixed date without git.
 */
function readDate(): Date {
  const epoch = process.env.SOURCE_DATE_EPOCH;
  if (epoch && /^\d+$/.test(epoch)) return new Date(Number(epoch) * 1000);
  try {
    const iso = execSync('git log -1 --format=%cI', { stdio: ['ignore', 'pipe', 'ignore'] }).toString().trim();
    const date = new Date(iso);
    if (!Number.isNaN(date.getTime())) return date;
  } catch {
    // no git: fall through to the fixed date
  }
  return new Date('2026-01-01T00:00:00Z');
}

export const buildDate: Date = readDate();

/**
 * A URL with the build version as its query (`/vendor/reveal/reveal.js?v=1a2b3c4d`): a new build
 * is a new URL, so browsers and the service worker may keep a versioned file for good.
 */
export function versioned(url: string): string {
  return `${url}?v=${buildVersion}`;
}

/** The versioned URL of a client script, from its contract: `/js/quiz.js?v=1a2b3c4d`. */
export function scriptSrc(script: ClientScript): string {
  return versioned(routes.script(script.name));
}
