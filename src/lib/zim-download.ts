/**
 * The download page's ZIM block, shared by the page that renders it and the build step that
 * completes it (src/build/zim.ts): the ZIM is written after every page has rendered, so its size
 * and checksum are placeholders until then. The block carries `data-bk-zim`; a build without
 * zimwriterfs removes it, so no page ever links a file that was not built.
 */
export const zimPlaceholders = {
  size: '@@BK_ZIM_SIZE@@',
  bytes: '@@BK_ZIM_BYTES@@',
  sha256: '@@BK_ZIM_SHA256@@',
} as const;

/** The attribute that marks the ZIM block on the download page. */
export const zimBlockAttribute = 'data-bk-zim';
