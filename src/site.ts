/**
 * Site-wide settings: the one place to change the public address, the quiz pass mark and the
 * storage key. Imported by pages, build steps and (via data-* attributes) client scripts.
 */
export const site = {
  /** Public address of the published site; QR codes on slides point here. Override with SITE_URL. */
  url: (process.env.SITE_URL ?? 'https://budayakerja-asn.id').replace(/\/+$/, ''),
  /** Name shown in the header and the title of every page. */
  name: 'Budaya Kerja ASN',
  /** A quiz counts as passed at or above this percentage. */
  passPercent: 70,
  /** localStorage key for progress; bump the version suffix when the stored shape changes. */
  storageKey: 'bkasn:progress',
  storageVersion: 1,
} as const;
