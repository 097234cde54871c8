/**
 * Checks that every path in the offline package unpacks everywhere a district office might open
 * it: Windows Explorer and old zip tools (7-Zip 9, WinZip, Windows XP's built-in unzip) that read
 * names as CP437. So: printable ASCII only, none of the characters Windows forbids, no reserved
 * device names (CON, NUL, COM1 …), no trailing dot or space, no two names that differ only by
 * case, and paths short enough to stay under Windows' 260-character MAX_PATH once unzipped into
 * a folder such as `C:\Users\<nama>\Downloads\budaya-kerja-offline\`.
 * https://learn.microsoft.com/windows/win32/fileio/naming-a-file
 */

/** Longest path allowed inside the zip, top folder included (260 minus room for the unzip location). */
export const maxPathLength = 160;
/** Longest single file or folder name. */
export const maxNameLength = 80;

const forbidden = /[<>:"\\|?*]/;
const printableAscii = /^[\x20-\x7e]+$/;
const reserved = /^(con|prn|aux|nul|com[0-9]|lpt[0-9])(\..*)?$/i;

/** The problems of a list of zip paths (POSIX separators), one readable line each; empty when all are safe. */
export function portableNameProblems(paths: readonly string[]): string[] {
  const problems: string[] = [];
  const seen = new Map<string, string>();
  for (const p of paths) {
    if (p.length > maxPathLength) problems.push(`${p}: jalur ${p.length} karakter, maksimal ${maxPathLength}`);
    if (!printableAscii.test(p)) problems.push(`${p}: hanya huruf ASCII yang aman untuk alat zip lama`);
    for (const name of p.split('/')) {
      if (name === '' || name === '.' || name === '..') problems.push(`${p}: bagian jalur kosong atau relatif`);
      else if (forbidden.test(name)) problems.push(`${p}: "${name}" memuat karakter yang dilarang Windows (< > : " \\ | ? *)`);
      else if (reserved.test(name)) problems.push(`${p}: "${name}" adalah nama perangkat yang dicadangkan Windows`);
      else if (/[. ]$/.test(name)) problems.push(`${p}: "${name}" berakhir dengan titik atau spasi`);
      if (name.length > maxNameLength) problems.push(`${p}: nama "${name}" lebih dari ${maxNameLength} karakter`);
    }
    const folded = p.toLowerCase();
    const other = seen.get(folded);
    if (other !== undefined && other !== p) problems.push(`${p}: bentrok dengan ${other} (Windows tidak membedakan huruf besar/kecil)`);
    seen.set(folded, p);
  }
  return problems;
}
