import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseDeck } from '../../src/course/deck/parse';

// The trainer's guide promises a 2-hour session whose minutes are the decks' core versions: this
// keeps the table true when someone marks a slide [inti] or changes a timing.
const guide = readFileSync('content/pages/panduan-fasilitator.mdx', 'utf8');

function coreMinutes(id: string): number {
  const raw = readFileSync(`slides/${id}.md`, 'utf8');
  return parseDeck(raw.replace(/^---\n[\s\S]*?\n---\n/, ''), { file: `slides/${id}.md` }).coreMinutes;
}

/** The table rows of the section under `heading`, as cells. */
function tableRows(heading: string): string[][] {
  const start = guide.indexOf(`\n${heading}\n`);
  expect(start, heading).toBeGreaterThan(-1);
  const section = guide.slice(start + heading.length + 2).split(/\n## /)[0]!;
  return section
    .split('\n')
    .filter((l) => l.startsWith('|') && !/^\|[-| ]+\|$/.test(l))
    .slice(1)
    .map((l) => l.split('|').slice(1, -1).map((c) => c.trim()));
}

const minutesOf = (clock: string) => {
  const [h, m] = clock.split('.').map(Number);
  return h! * 60 + m!;
};

describe('the 2-hour agenda in the trainer\'s guide', () => {
  const rows = tableRows('## Susunan acara 2 jam');

  it('runs 120 minutes, row after row with no gap, each row as long as its minutes say', () => {
    let clock: number | undefined;
    let total = 0;
    for (const [time, minutes] of rows) {
      const [from, to] = time!.split('–').map(minutesOf);
      if (clock !== undefined) expect(from, time).toBe(clock);
      expect(to! - from!, time).toBe(Number(minutes));
      clock = to;
      total += Number(minutes);
    }
    expect(total).toBe(120);
  });

  it('opens, tests, presents 3–4 core decks for exactly their core minutes, works on the action plan, tests again and closes', () => {
    const decks = rows.filter((r) => /\/presentasi\/[a-z-]+\/\?inti/.test(r[2]!));
    expect(decks.length).toBeGreaterThanOrEqual(3);
    expect(decks.length).toBeLessThanOrEqual(4);
    for (const [, minutes, activity] of decks) {
      const id = /\/presentasi\/([a-z-]+)\/\?inti/.exec(activity!)![1]!;
      expect(Number(minutes), id).toBe(coreMinutes(id));
    }
    const activities = rows.map((r) => r[2]!);
    expect(activities[0]).toMatch(/^Pembukaan/);
    expect(activities.some((a) => a.includes('/kuis/pretest/'))).toBe(true);
    expect(activities.some((a) => a.includes('(/rencana-aksi/)'))).toBe(true);
    expect(activities.some((a) => a.includes('/kuis/posttest/'))).toBe(true);
    expect(activities.at(-1)).toMatch(/^Penutup/);
    const order = ['/kuis/pretest/', '?inti', '(/rencana-aksi/)', '/kuis/posttest/'].map((k) => activities.findIndex((a) => a.includes(k)));
    expect(order).toEqual([...order].sort((a, b) => a - b));
  });

  it('lists every deck\'s core version with its real length', () => {
    for (const row of tableRows('## Materi yang tersedia')) {
      const m = /\[(\d+) menit\]\(\/presentasi\/([a-z-]+)\/\?inti\)/.exec(row[2]!);
      expect(m, row[0]).not.toBeNull();
      expect(Number(m![1]), m![2]).toBe(coreMinutes(m![2]!));
    }
  });

  it('opens with a table of contents (built from its h2 headings) and has at least the sections it promises', () => {
    const headings = [...guide.matchAll(/^## (.+)$/gm)].map((m) => m[1]);
    expect(headings.slice(0, 4)).toEqual(['Materi yang tersedia', 'Susunan acara 2 jam', 'Susunan acara setengah hari', 'Susunan acara sehari penuh']);
  });
});
