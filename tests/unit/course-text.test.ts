import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { courseText, maxConsultNotes, show } from '../support/course-text';

/**
 * What a learner, an official or a trainer reads must never narrate how the course was written, and
 * "check the official text" notes stay rare: at most three in the whole site, none in speaker notes
 * (trainers read those aloud). These tests scan the files that become pages, so the rule cannot
 * regress; the rules live in tests/support/course-text.ts, which also checks what
 * `npm run new-module` writes (tests/unit/new-module.test.ts).
 */
const text = courseText(path.resolve(import.meta.dirname, '../..'));

describe('course text', () => {
  it('never narrates how the course was written', () => {
    const found = text.researchLog();
    expect(found, show(found)).toEqual([]);
  });

  it(`has at most ${maxConsultNotes} "consult the official text" notes, each with its own title`, () => {
    const notes = text.consultNotes();
    expect(notes.length, notes.map((n) => n.file).join('\n')).toBeLessThanOrEqual(maxConsultNotes);
    // Without a title the note would show the generic "Perlu dicek" heading.
    const untitled = notes.filter((n) => !/\btitle=/.test(n.attributes));
    expect(untitled.map((n) => n.file)).toEqual([]);
  });

  it('sends readers to the official text only from those notes', () => {
    const found = text.officialTextOutsideNotes();
    expect(found, show(found)).toEqual([]);
  });

  it('keeps every speaker note free of "consult the official text" notes', () => {
    const found = text.speakerNotes();
    expect(found, show(found)).toEqual([]);
  });

  it('gives every regulation a status the Dasar Hukum page can state without a "perlu dicek" label', () => {
    expect(text.unsettledRegulations()).toEqual([]);
  });

  it('spells "tata laksana" as two words', () => {
    const found = text.tatalaksana();
    expect(found, show(found)).toEqual([]);
  });

  it('answers a false statement with "Tepat. Pernyataan itu keliru…", never "Benar, pernyataan itu salah"', () => {
    const { wording, feedback } = text.falseStatementWording();
    expect(wording, show(wording)).toEqual([]);
    expect(feedback).toEqual([]);
  });
});
