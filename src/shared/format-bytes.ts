/** A size as an Indonesian reader writes it: `850 KB`, `1,2 MB` (1 KB = 1024 bytes). */
export function formatBytes(bytes: number): string {
  const number = (n: number, digits: number) => new Intl.NumberFormat('id-ID', { maximumFractionDigits: digits }).format(n);
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${number(Math.max(1, Math.round(bytes / 1024)), 0)} KB`;
  return `${number(bytes / (1024 * 1024), 1)} MB`;
}
