/**
 * Tokens a page renders where a value exists only after a later post-build step (the step fills
 * them in dist/). Pages and steps both import them from here, so no page imports a build step.
 */

/**
 * What "Simpan modul ini untuk dibaca offline" costs (src/build/module-offline.ts): a lesson's
 * download size, and on the home page the size of all modules together. The lists of files go to
 * `/simpan/<id>.json`, not into pages.
 */
export const savePlaceholders = { size: '@@BK_SAVE_SIZE@@', allSize: '@@BK_SAVE_ALL_SIZE@@' } as const;

/** On the download page: the offline zip's size, checksum and file count (src/build/offline-package.ts). */
export const downloadPlaceholders = {
  size: '@@BK_ZIP_SIZE@@',
  bytes: '@@BK_ZIP_BYTES@@',
  sha256: '@@BK_ZIP_SHA256@@',
  files: '@@BK_ZIP_FILES@@',
} as const;

/**
 * On the download page: the ZIM's size and checksum (src/build/zim.ts). The ZIM is written after every
 * page has rendered; its block carries `data-bk-zim`, and a build without zimwriterfs removes it, so no
 * page ever links a file that was not built.
 */
export const zimPlaceholders = {
  size: '@@BK_ZIM_SIZE@@',
  bytes: '@@BK_ZIM_BYTES@@',
  sha256: '@@BK_ZIM_SHA256@@',
} as const;

/** The attribute that marks the ZIM block on the download page. */
export const zimBlockAttribute = 'data-bk-zim';

/**
 * On the download page: size and checksum of each file for LMS administrators (SCORM packages and
 * question banks, by file name), filled by src/build/lms-downloads.ts.
 */
export function lmsPlaceholders(file: string) {
  return {
    size: `@@BK_LMS_SIZE:${file}@@`,
    bytes: `@@BK_LMS_BYTES:${file}@@`,
    sha256: `@@BK_LMS_SHA256:${file}@@`,
  } as const;
}

/** Any LMS token left unfilled (the step fails the build on one). */
export const lmsPlaceholderPattern = /@@BK_LMS_[A-Z0-9]+:[^@]*@@/;
