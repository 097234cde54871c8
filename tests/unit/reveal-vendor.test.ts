import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { applyPatches, revealDistDir, revealPatches, vendorFiles, type VendorFile } from '../../src/build/reveal-vendor';
import { keyLabel, revealShortcuts, speakerViewBinding } from '../../src/shared/reveal-shortcuts';
import { t } from '../../src/i18n/t';

const root = path.resolve(import.meta.dirname, '../..');
const dist = revealDistDir(root);
const source = (name: VendorFile) => readFileSync(path.join(dist, vendorFiles[name]), 'utf8');

/**
 * English UI text of reveal.js 6 that a trainer can see and that has no API; none of it may
 * survive the patch. (The help overlay's key descriptions are translated at runtime: the deck
 * test checks that none of them shows.)
 */
const english: Record<VendorFile, string[]> = {
  'reveal.js': ['Resume presentation', 'No notes on this slide', 'Keyboard Shortcuts', 'placeholder=`Jump to slide`', 'SPACE', 'next slide', 'above slide', 'Play video'],
  'notes.js': ['Speaker View', 'Loading speaker view', 'Upcoming', 'Click to Reset', 'Pacing –', '>Notes<', "'Notes only'", 'popup failed to open', 'Error connecting', "'en-US'", 'lang="en"'],
};

describe('reveal.js in Indonesian', () => {
  for (const name of Object.keys(vendorFiles) as VendorFile[]) {
    it(`${name}: every translated English text is found in the installed reveal.js, and none is left`, () => {
      const patched = applyPatches(source(name), revealPatches()[name], name);
      const left = english[name].filter((text) => patched.includes(text));
      expect(left).toEqual([]);
    });
  }

  it('speaker view labels come from the dictionary', () => {
    const patched = applyPatches(source('notes.js'), revealPatches()['notes.js'], 'notes.js');
    expect(patched).toContain('<span class="overlay-element label">Berikutnya</span>');
    expect(patched).toContain('<h4 class="label">Catatan</h4>');
    expect(patched).toContain('"Waktu untuk " + slidesUnderMinimum + " slide kurang dari batas minimum " + minTimePerSlide + " detik."');
  });

  it('fails, naming the text, when an upgrade changed an English string', () => {
    const changed = source('reveal.js').replace('Resume presentation', 'Resume the presentation');
    expect(() => applyPatches(changed, revealPatches()['reveal.js'], 'reveal.js')).toThrow(
      /reveal\.js reveal\.js: teks bahasa Inggris yang diterjemahkan tidak lagi cocok[\s\S]*"<button class="resume-button">Resume presentation<\/button>": diharapkan 1×, ditemukan 0×/,
    );
  });

  it('finds every key the deck script translates at runtime written as it registers them, and fails when an upgrade renames one', () => {
    const patched = applyPatches(source('reveal.js'), revealPatches()['reveal.js'], 'reveal.js');
    const space = t('reveal.keySpace');
    for (const s of revealShortcuts) {
      const key = keyLabel(s.key, space);
      expect(patched.includes(`this.shortcuts[\`${key}\`]=\`${s.english}\``) || patched.includes(`this.shortcuts.${key}=\`${s.english}\``), key).toBe(true);
    }
    expect(source('notes.js')).toContain(`key:\`${speakerViewBinding.key}\`,description:\`${speakerViewBinding.english}\``);
    const renamed = source('reveal.js').replace('this.shortcuts[`B  ,  .`]=`Pause`', 'this.shortcuts[`B  ,  .  ,  V`]=`Pause`');
    expect(() => applyPatches(renamed, revealPatches()['reveal.js'], 'reveal.js')).toThrow(/"this\.shortcuts\[`B  ,  \.`\]=`Pause`": diharapkan 1×, ditemukan 0×/);
  });

  it('fails when an English string starts to occur more often than expected', () => {
    const doubled = source('notes.js') + '<h4 class="label">Notes</h4>';
    expect(() => applyPatches(doubled, revealPatches()['notes.js'], 'notes.js')).toThrow(/diharapkan 1×, ditemukan 2×/);
  });

  it('overrides the only English text in reveal.css ("Speaker notes" in a ::before), in our theme', () => {
    const css = readFileSync(path.join(dist, 'reveal.css'), 'utf8');
    const labels = [...css.matchAll(/content:\s*"([A-Za-z][^"]*)"/g)].map((m) => m[1]);
    expect(labels).toEqual(['Speaker notes']);
    const theme = readFileSync(path.join(root, 'src/styles/deck.css'), 'utf8');
    expect(theme).toContain('.reveal .speaker-notes::before { content: var(--bk-notes-label');
  });
});
