import { createRequire } from 'node:module';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { t, type UiKey } from '../i18n/t';
import { revealShortcuts, speakerViewBinding } from '../shared/reveal-shortcuts';

/**
 * Copies reveal.js's classic-script (UMD) build into public/vendor/reveal/ at the start of every
 * build, translating its hard-coded English UI on the way. The UMD files, not the ES modules, are
 * what run from file:// (Chromium and Firefox refuse module scripts there), and reveal.js 6 only
 * lets us reach them through its package exports, so the package is located with
 * `createRequire().resolve('reveal.js')` (→ dist/reveal.js) and its folder.
 *
 * What reveal.js exposes as data is translated at runtime through its own API (the help overlay's
 * key descriptions and the speaker view's key: src/shared/reveal-shortcuts.ts, used by
 * src/client/deck.ts); here we only check that reveal.js still writes them exactly so. What has no
 * API (the speaker view's page, the help overlay's title, the pause button, aria labels, the
 * pop-up alert) is patched here. Each patch and each check names the exact English text and how
 * many times it must occur; if an upgrade changes any of them, the build fails instead of shipping
 * English.
 */

export interface StringPatch {
  /** The exact English source text (with enough context to be unambiguous). */
  find: string;
  /** What replaces it; absent for text that is translated at runtime and only has to be there. */
  replace?: string;
  /** How many times `find` must occur; default 1. */
  count?: number;
}

/** The files we ship, by their name in public/vendor/reveal/ and in the package's dist/. */
export const vendorFiles = { 'reveal.js': 'reveal.js', 'notes.js': 'plugin/notes.js' } as const;
export type VendorFile = keyof typeof vendorFiles;

/**
 * A dictionary string that is safe inside reveal's source: it lands in JS template literals, in
 * single- and double-quoted JS strings and in HTML text, so quotes, backticks, `$`, backslashes
 * and markup characters are refused (fix the wording in src/i18n/id.json instead).
 */
export function safeText(key: UiKey, vars: Record<string, string | number> = {}): string {
  const text = t(key, vars);
  if (/[`'"\\$<>&]/.test(text)) {
    throw new Error(`src/i18n/id.json "${key}": teks untuk reveal.js tidak boleh berisi \` ' " \\ $ < > atau & (tertulis: ${text})`);
  }
  return text;
}

/** The translations, per shipped file. */
export function revealPatches(): Record<VendorFile, StringPatch[]> {
  const s = safeText;
  // Translated at runtime: the source must still write them this way (minified UMD build, where a
  // key that is a valid identifier is written `this.shortcuts.F=`).
  const runtime = (text: string): StringPatch => ({ find: text });
  const shortcut = (key: string, english: string) =>
    runtime(/^[A-Za-z_$][\w$]*$/.test(key) ? `this.shortcuts.${key}=\`${english}\`` : `this.shortcuts[\`${key}\`]=\`${english}\``);
  return {
    'reveal.js': [
      { find: '<button class="resume-button">Resume presentation</button>', replace: `<button class="resume-button">${s('reveal.resume')}</button>` },
      { find: '<span class="notes-placeholder">No notes on this slide.</span>', replace: `<span class="notes-placeholder">${s('reveal.noNotes')}</span>` },
      { find: '<span class="r-overlay-error">Unable to load image.</span>', replace: `<span class="r-overlay-error">${s('reveal.imageError')}</span>` },
      { find: '<span class="r-overlay-error">Unable to load video.</span>', replace: `<span class="r-overlay-error">${s('reveal.videoError')}</span>` },
      { find: 'placeholder=`Jump to slide`', replace: `placeholder=\`${s('reveal.jumpToSlide')}\`` },
      { find: '<p class="title">Keyboard Shortcuts</p>', replace: `<p class="title">${s('reveal.helpTitle')}</p>` },
      { find: '<th>KEY</th><th>ACTION</th>', replace: `<th>${s('reveal.helpKey')}</th><th>${s('reveal.helpAction')}</th>` },
      ...revealShortcuts.map((k) => shortcut(k.key, k.english)),
      // Key labels have no API: the one English word in them (keyLabel() gives the same at runtime).
      { find: 'SPACE', replace: s('reveal.keySpace'), count: 3 },
      { find: 'aria-label="${e?`next slide`:`previous slide`}"', replace: `aria-label="\${e?\`${s('reveal.ariaNext')}\`:\`${s('reveal.ariaPrevious')}\`}"` },
      { find: 'aria-label="${e?`previous slide`:`next slide`}"', replace: `aria-label="\${e?\`${s('reveal.ariaPrevious')}\`:\`${s('reveal.ariaNext')}\`}"` },
      { find: 'aria-label="above slide"', replace: `aria-label="${s('reveal.ariaUp')}"` },
      { find: 'aria-label="below slide"', replace: `aria-label="${s('reveal.ariaDown')}"` },
      { find: 'r=`Play media`', replace: `r=\`${s('reveal.playMedia')}\`` },
      { find: 'r=`Play video`', replace: `r=\`${s('reveal.playVideo')}\`` },
      { find: 'r=`Unmute video`', replace: `r=\`${s('reveal.unmuteVideo')}\`` },
      { find: 'r=`Play audio`', replace: `r=\`${s('reveal.playAudio')}\`` },
    ],
    'notes.js': [
      runtime(`n.addKeyBinding({keyCode:${speakerViewBinding.keyCode},key:\`${speakerViewBinding.key}\`,description:\`${speakerViewBinding.english}\`}`),
      {
        find: 'alert(`Speaker view popup failed to open. Please make sure popups are allowed and reopen the speaker view.`)',
        replace: `alert(\`${s('reveal.popupBlocked')}\`)`,
      },
      { find: '<html lang="en">', replace: '<html lang="id">' },
      { find: '<title>reveal.js - Speaker View</title>', replace: `<title>${s('reveal.speakerView')}</title>` },
      // System fonts, as on the rest of the site, and a notes size a trainer can read at arm's length.
      { find: 'font-family: Helvetica;', replace: 'font-family: system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", Arial, sans-serif;' },
      { find: '<div id="connection-status">Loading speaker view...</div>', replace: `<div id="connection-status">${s('reveal.speakerLoading')}</div>` },
      { find: '<span class="overlay-element label">Upcoming</span>', replace: `<span class="overlay-element label">${s('reveal.upcoming')}</span>` },
      { find: '<h4 class="label">Time <span class="reset-button">Click to Reset</span></h4>', replace: `<h4 class="label">${s('reveal.time')} <span class="reset-button">${s('reveal.resetTimer')}</span></h4>` },
      { find: '<span class="clock-value">0:00 AM</span>', replace: '<span class="clock-value">00.00</span>' },
      { find: 'Pacing – Time to finish current slide</h4>', replace: `${s('reveal.pacing')}</h4>` },
      { find: '<h4 class="label">Notes</h4>', replace: `<h4 class="label">${s('reveal.notes')}</h4>` },
      { find: "'default': 'Default',", replace: `'default': '${s('reveal.layoutDefault')}',` },
      { find: "'wide': 'Wide',", replace: `'wide': '${s('reveal.layoutWide')}',` },
      { find: "'tall': 'Tall',", replace: `'tall': '${s('reveal.layoutTall')}',` },
      { find: "'notes-only': 'Notes only'", replace: `'notes-only': '${s('reveal.layoutNotesOnly')}'` },
      { find: "layoutLabel.innerHTML = 'Layout' +", replace: `layoutLabel.innerHTML = '${s('reveal.layout')}' +` },
      {
        find: "'Cross origin error.<br>The speaker window can only be opened from the same origin.'",
        replace: `'${s('reveal.crossOrigin')}'`,
      },
      {
        find: "'Error connecting to main window.<br>Please try closing and reopening the speaker view.'",
        replace: `'${s('reveal.connectionError')}<br>${s('reveal.connectionRetry')}'`,
      },
      {
        find: '"The pacing time for " + slidesUnderMinimum + " slide(s) is under the configured minimum of " + minTimePerSlide + " seconds. Check the data-timing attribute on individual slides, or consider increasing the totalTime or minimumTimePerSlide configuration options (or removing some slides)."',
        replace: `"${s('reveal.pacingTooShort', { n: '#N#', min: '#MIN#' })}"`
          .replace('#N#', '" + slidesUnderMinimum + "')
          .replace('#MIN#', '" + minTimePerSlide + "'),
      },
      // 24-hour clock as read in Indonesia (reveal shows a US 12-hour clock).
      { find: "toLocaleTimeString( 'en-US', { hour12: true,", replace: "toLocaleTimeString( 'id-ID', { hour12: false," },
    ],
  };
}

/** Applies patches to one file's source; throws naming every English text that is gone or changed. */
export function applyPatches(source: string, patches: readonly StringPatch[], file: string): string {
  const missing: string[] = [];
  let out = source;
  // Checks first, on the untouched source: a patch may rewrite text a check looks for ("SPACE").
  const ordered = [...patches.filter((p) => p.replace === undefined), ...patches.filter((p) => p.replace !== undefined)];
  for (const p of ordered) {
    const expected = p.count ?? 1;
    const found = out.split(p.find).length - 1;
    if (found !== expected) {
      missing.push(`  • "${p.find.length > 90 ? p.find.slice(0, 90) + '…' : p.find}": diharapkan ${expected}×, ditemukan ${found}×`);
      continue;
    }
    if (p.replace !== undefined) out = out.split(p.find).join(p.replace);
  }
  if (missing.length) {
    throw new Error(
      `reveal.js ${file}: teks bahasa Inggris yang diterjemahkan tidak lagi cocok (reveal.js diperbarui?). ` +
        `Perbarui daftar di src/build/reveal-vendor.ts agar tidak ada teks Inggris yang lolos:\n${missing.join('\n')}`,
    );
  }
  return out;
}

/** The package's dist/ folder, found through its exports map (deep imports are blocked in v6). */
export function revealDistDir(fromDir: string): string {
  const require = createRequire(path.join(fromDir, 'package.json'));
  return path.dirname(require.resolve('reveal.js'));
}

/** Copies the translated UMD files into `targetDir`; returns the written paths. */
export async function copyRevealVendor(root: string, targetDir: string): Promise<string[]> {
  const dist = revealDistDir(root);
  const patches = revealPatches();
  await mkdir(targetDir, { recursive: true });
  const written: string[] = [];
  for (const [name, source] of Object.entries(vendorFiles) as [VendorFile, string][]) {
    const code = await readFile(path.join(dist, source), 'utf8');
    const target = path.join(targetDir, name);
    await writeFile(target, applyPatches(code, patches[name], name));
    written.push(target);
  }
  return written;
}
