import { z } from 'astro/zod';
import { shortText, textField } from './fields';
import { withEditorErrors } from './editor-errors';

/**
 * The settings an institution changes to make the course its own (`content/site.yaml`): the
 * site's name, the institution and unit, a logo, the public address, the pass mark, a contact line,
 * the download file names and, optionally, the institution's own organisational values. Keys are
 * Indonesian: the file is written by office staff, not programmers (content/README.md).
 * File checks that need the disk (the logo exists, is a safe SVG or a PNG) are in src/site.ts.
 */

/** A lower-case name for files and folders: letters, digits and single hyphens. */
const fileNameField = z
  .string()
  .regex(/^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/, { message: 'harus berupa nama berkas: huruf kecil, angka, dan tanda hubung, diawali huruf (contoh: budaya-kerja-asn)' })
  .max(60);

/**
 * The site's absolute http(s) address, as QR codes and the sitemap need it: scheme and host (and
 * port), nothing after. Every link of the site starts at `/`, so the site is published at the root
 * of its domain (README, "Menerbitkan situs"); an address with a folder would send QR codes to pages
 * that are not there.
 */
export const absoluteUrlPattern = /^https?:\/\/[^\s/?#@]+\/?$/;
const absoluteUrlMessage = 'harus alamat lengkap situs yang diawali https:// atau http://, tanpa folder di belakangnya, mis. https://budayakerja.contoh.go.id (situs diterbitkan di akar domain)';

/** A logo file inside content/, named with its extension. */
const logoField = z
  .string()
  .trim()
  .regex(/^(?!\/)(?!.*(?:^|\/)\.\.(?:\/|$))[^\\:]+\.(?:svg|png)$/i, {
    message: 'harus nama berkas SVG atau PNG di folder content/, mis. logo.svg atau gambar/logo.png',
  });

/** One of the institution's own values and what it means. */
const localValueShape = z.strictObject({
  /** The value's name, e.g. `Profesional` (a letter of the acronym may stand first). */
  nama: shortText(60),
  /** What it means at work, in one or two sentences. */
  arti: shortText(400),
});

/** The institution's own organisational values, shown beside BerAKHLAK where the course teaches values. */
const localValuesShape = z.strictObject({
  /** Name or acronym of the set of values, e.g. `SIGAP` or `Nilai-Nilai Pemprov`. */
  nama: shortText(60),
  /** What the acronym stands for, when it is one. */
  kepanjangan: shortText(200).optional(),
  /** The instrument that sets them (a Perbup, Pergub or decree), shown as their source. */
  dasar: shortText(200).optional(),
  /** The values in their official order. */
  nilai: z.array(localValueShape).min(1).max(12),
});

export const siteSettingsShape = z
  .strictObject({
    /** Name of the site: header, page titles, manifest, packages. */
    judul: shortText(60),
    /** A short name (at most 24 characters) for a phone's home screen; defaults to `judul`. */
    judulSingkat: shortText(24).optional(),
    /** The institution that publishes the course, e.g. `Pemerintah Kabupaten Contoh`. */
    instansi: shortText(120).optional(),
    /** The unit within it, e.g. `Badan Kepegawaian dan Pengembangan SDM`. */
    unit: shortText(120).optional(),
    /** Logo file (SVG or PNG) in content/, shown in the header and on printed pages. */
    logo: logoField.optional(),
    /** Public address of the published site: QR codes, the download page, sitemap, packages. */
    alamatSitus: z.string().trim().regex(absoluteUrlPattern, { message: absoluteUrlMessage }),
    /** A quiz counts as passed at or above this percentage. */
    batasLulus: z.number().int().min(1).max(100).default(70),
    /** Who to contact about the course (office, phone, e-mail), in the footer and the offline package. */
    kontak: shortText(200).optional(),
    /** Folder of the offline package, the ZIM file (and its Kiwix name) and the SCORM packages' prefix. */
    namaBerkas: fileNameField.default('budaya-kerja-asn'),
    /** The offline package's zip file, without `.zip`. */
    namaPaketOffline: fileNameField.default('budaya-kerja-offline'),
    /** The institution's own organisational values (optional). */
    nilaiInstansi: localValuesShape.optional(),
  })
  .superRefine((settings, ctx) => {
    if (settings.unit && !settings.instansi) {
      ctx.addIssue({ code: 'custom', path: ['unit'], message: 'unit butuh instansi: isi juga instansi tempat unit ini berada' });
    }
    if (settings.nilaiInstansi && !settings.instansi) {
      ctx.addIssue({ code: 'custom', path: ['nilaiInstansi'], message: 'nilai instansi butuh instansi: isi juga instansi, karena nilai ini ditampilkan sebagai milik instansi itu' });
    }
  });

export const siteSettingsSchema = withEditorErrors(siteSettingsShape);
/** The settings as written (defaults applied). */
export type SiteSettings = z.output<typeof siteSettingsShape>;
export type LocalValues = NonNullable<SiteSettings['nilaiInstansi']>;
