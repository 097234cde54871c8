import { escapeAttribute, escapeText } from '../html-page';

/**
 * The launch page of a SCO: a frame filling the LMS's window, in which the SCO's pages open one
 * after another. The adapter (src/client/scorm/shell.ts) keeps the LMS session here and sets the
 * frame's page (the first one, or where the learner left off), so a session outlives every page
 * change. Written here, not by Astro: it exists only in the packages. All paths relative to it.
 */
export interface ShellInput {
  /** The page's title (the SCO's) and the site name after it. */
  title: string;
  siteName: string;
  /** The SCO's pages, relative to the shell; the first is where it starts. */
  pages: string[];
  /** The package root, relative to the shell (`../`). */
  root: string;
  /** The adapter script and the stylesheet, relative to the shell. */
  script: string;
  stylesheet: string;
  /** What a browser without JavaScript shows, and the words of its link to the first page. */
  noScript: string;
  openStart: string;
}

export function shellPage(input: ShellInput): string {
  const a = escapeAttribute;
  return `<!DOCTYPE html>
<html lang="id">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeText(`${input.title} · ${input.siteName}`)}</title>
<link rel="stylesheet" href="${a(input.stylesheet)}">
<script defer src="${a(input.script)}"></script>
</head>
<body>
<iframe class="bk-sco" title="${a(input.title)}" data-bk-sco-frame data-bk-sco-root="${a(input.root)}" data-bk-sco-pages="${a(input.pages.join(' '))}"></iframe>
<noscript><p>${escapeText(input.noScript)} <a href="${a(input.pages[0] ?? '')}">${escapeText(input.openStart)}</a>.</p></noscript>
</body>
</html>
`;
}
