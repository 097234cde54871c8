import { execSync } from 'node:child_process';

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
