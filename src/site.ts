/**
 * Site-wide settings: the one place to change the public address and the quiz pass mark.
 * Imported by pages and build steps; client scripts get the pass mark from the page
 * (`data-bk-pass`). The site's name is a UI string (`site.name` in src/i18n/id.json), and the
 * progress storage key lives with the store that owns it (src/client/lib/progress-store.ts).
 */
export const site = {
  /** Public address of the published site; QR codes on slides point here. Override with SITE_URL. */
  url: (process.env.SITE_URL ?? 'https://budayakerja-asn.id').replace(/\/+$/, ''),
  /** A quiz counts as passed at or above this percentage. */
  passPercent: 70,
} as const;
