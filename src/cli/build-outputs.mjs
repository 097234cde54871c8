// Where a finished build put its downloads, found in dist/ rather than named: their names come from
// content/site.yaml (`namaBerkas`, `namaPaketOffline`), which these plain-Node commands do not parse.
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';

/** The one file in dist/unduh/ with this extension (`.zip`: the offline package, `.zim`), or undefined. */
export function downloadFile(dist, extension) {
  const dir = path.join(dist, 'unduh');
  if (!existsSync(dir)) return undefined;
  const found = readdirSync(dir).filter((f) => f.endsWith(extension));
  return found.length === 1 ? path.join(dir, found[0]) : undefined;
}

/** The unpacked offline package beside dist/ (`dist-offline/<namaBerkas>/`), or undefined. */
export function offlineFolder(dist) {
  const root = path.resolve(dist, '..', 'dist-offline');
  if (!existsSync(root)) return undefined;
  const dirs = readdirSync(root, { withFileTypes: true }).filter((e) => e.isDirectory());
  return dirs.length === 1 ? path.join(root, dirs[0].name) : undefined;
}
