/**
 * Whether saved progress can be seen across pages when the offline package is opened from disk.
 * Chromium-based browsers (Chrome, Edge) share one localStorage across all file:// pages. Firefox,
 * by default (`security.fileuri.strict_origin_policy`), gives every file its own storage, so
 * progress saved on a lesson is invisible on the progress page; there is no API to detect it, so
 * we recognise Gecko by its user agent. MDN: storage for file: URLs "may vary among browsers".
 * https://developer.mozilla.org/en-US/docs/Web/API/Window/localStorage
 */
export function storageIsolatedPerFile(
  protocol: string | undefined = typeof location === 'undefined' ? undefined : location.protocol,
  userAgent: string | undefined = typeof navigator === 'undefined' ? undefined : navigator.userAgent,
): boolean {
  return protocol === 'file:' && /\bFirefox\/\d/.test(userAgent ?? '');
}
