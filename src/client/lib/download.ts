/**
 * Offers `data` as a file download through a temporary Blob link: no server, and it works from
 * file:// (the offline package). The object URL is released once the browser has taken it.
 */
export function downloadFile(fileName: string, data: BlobPart, type: string): void {
  const a = document.createElement('a');
  a.href = URL.createObjectURL(new Blob([data], { type }));
  a.download = fileName;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(a.href), 1000);
}
