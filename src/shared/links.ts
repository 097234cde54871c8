/**
 * Every internal address comes from here, so "where does this link point" is answered in one
 * place for every output: the web site uses root-absolute folder URLs (`/modul/x/`), and the
 * offline package rewrites the same URLs with `offlineHref` into relative links that name their
 * `.html` file (a folder link on file:// opens a directory listing, not its index.html).
 */

export const routes = {
  home: () => '/',
  lesson: (id: string) => `/modul/${id}/`,
  /** A heading of a lesson, e.g. the section a quiz question cites. */
  lessonSection: (id: string, slug: string) => `/modul/${id}/#${slug}`,
  quiz: (id: string) => `/kuis/${id}/`,
  /** An exam-mode quiz's key and explanations, a page of its own (the exam page carries no key). */
  quizReview: (id: string) => `/kuis/${id}/pembahasan/`,
  deck: (id: string) => `/presentasi/${id}/`,
  /** The deck with the presenter guide open ("Buka catatan pembicara" and the keys). */
  deckPresenter: (id: string) => `/presentasi/${id}/?presenter`,
  /** The deck's core version (`?inti`): only the slides marked `[inti]`, timer and pacing recomputed for them. */
  deckCore: (id: string) => `/presentasi/${id}/?inti`,
  /** The core version with the presenter guide open. */
  deckCorePresenter: (id: string) => `/presentasi/${id}/?inti&presenter`,
  /** reveal.js's print view: one slide per A4 landscape page. */
  deckPrint: (id: string) => `/presentasi/${id}/?print-pdf`,
  /** Participant handout: three slides per A4 portrait page, with lines for notes. */
  handoutParticipant: (id: string) => `/presentasi/${id}/handout-peserta/`,
  /** Trainer handout: each slide beside its speaker notes, A4 portrait. */
  handoutTrainer: (id: string) => `/presentasi/${id}/handout-fasilitator/`,
  page: (id: string) => `/${id}/`,
  /** The trainer's guide, or one of its sections (`#susunan-acara-2-jam`). */
  guide: (section?: string) => `/panduan-fasilitator/${section ? `#${section}` : ''}`,
  /** The action-plan worksheet (Rencana Aksi KBK): filled in and saved on the device, printed A4 landscape. */
  worksheet: () => '/rencana-aksi/',
  /** The same worksheet, blank, for halls without devices: print and fill in by hand. */
  worksheetBlank: () => '/rencana-aksi/kosong/',
  /** The course booklet: the six lessons, glossary and sources on one page, for printing or saving as PDF. */
  booklet: () => '/buku/',
  glossary: (termId?: string) => `/glosarium/${termId ? `#${termId}` : ''}`,
  sources: (regulationId?: string) => `/dasar-hukum/${regulationId ? `#${regulationId}` : ''}`,
  search: (query?: string) => `/cari/${query ? `?q=${encodeURIComponent(query)}` : ''}`,
  /** The file:// search fallback's index, a classic script written by src/build/search-index.ts. */
  searchIndex: () => '/search/indeks.js',
  /** One module's own search index, saved with the module so search finds it offline on a phone. */
  moduleSearchIndex: (id: string) => `/search/modul/${id}.js`,
  progress: () => '/kemajuan/',
  certificate: () => '/bukti-belajar/',
  recap: () => '/rekap/',
  download: () => '/unduh/',
  /** The offline package itself (built by src/build/offline-package.ts), by its file name (`site.files.offlineZip`). */
  offlinePackage: (file: string) => `/unduh/${file}`,
  /** The course as one ZIM file for Kiwix readers (built by src/build/zim.ts when zimwriterfs exists), by its file name (`site.files.zim`). */
  zim: (file: string) => `/unduh/${file}`,
  /** The files "Simpan modul ini untuk dibaca offline" stores for a module (src/shared/save-list.ts). */
  saveList: (id: string) => `/simpan/${id}.json`,
  /** A SCORM 1.2 package for an LMS (built by src/build/scorm/). */
  scormPackage: (file: string) => `/unduh/scorm/${file}`,
  /** The SHA-256 checksums of every SCORM package, in `sha256sum -c` format. */
  scormChecksums: () => '/unduh/scorm/SHA256SUMS.txt',
  /** The question bank for Moodle: GIFT text or Moodle XML (rendered by src/pages/unduh/bank-soal.*.ts). */
  questionBank: (format: 'gift' | 'xml') => (format === 'gift' ? '/unduh/bank-soal.gift.txt' : '/unduh/bank-soal.moodle.xml'),
  /** The licences of the libraries the site ships (src/third-party-code.ts). */
  licenses: () => '/lisensi-pihak-ketiga.txt',
  /** What a phone shows when it is offline and the page was not saved (served by the service worker). */
  offlineFallback: () => '/luring/',
  /** A file served from public/ or built into dist/, e.g. `/manifest.webmanifest`. */
  asset: (file: string) => `/${file.replace(/^\/+/, '')}`,
  /** A classic script bundled from src/client/<name>.ts (pages add its content version: `scriptSrc`). */
  script: (name: string) => `/js/${name}.js`,
} as const;

/** The file in dist/ that serves a root-absolute URL path: `/modul/x/` → `modul/x/index.html`. */
export function fileForPath(urlPath: string): string {
  const clean = urlPath.replace(/^\/+/, '');
  if (clean === '' || clean.endsWith('/')) return `${clean}index.html`;
  return clean;
}

/** Splits `/a/b/?q=1#x` into path `/a/b/` and the rest `?q=1#x`. */
function splitUrl(url: string): [string, string] {
  const cut = url.search(/[?#]/);
  return cut === -1 ? [url, ''] : [url.slice(0, cut), url.slice(cut)];
}

/**
 * Rewrites a root-absolute URL as a link relative to the page file that contains it, naming the
 * `.html` file: from `modul/x/index.html`, `/glosarium/#kkn` becomes `../../glosarium/index.html#kkn`.
 * A bare fragment or query stays as it is; external and non-root URLs are returned unchanged.
 */
export function offlineHref(url: string, fromFile: string): string {
  if (!url.startsWith('/') || url.startsWith('//')) return url;
  const [pathPart, rest] = splitUrl(url);
  const target = fileForPath(pathPart).split('/');
  const from = fromFile.replace(/^\/+/, '').split('/').slice(0, -1);
  let shared = 0;
  while (shared < from.length && shared < target.length - 1 && from[shared] === target[shared]) shared++;
  const up = from.length - shared;
  const relative = [...Array<string>(up).fill('..'), ...target.slice(shared)].join('/');
  return (relative || 'index.html') + rest;
}
