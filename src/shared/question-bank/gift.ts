import { moodlePercent } from './fractions';
import type { BankCategory, BankQuestion } from './model';

/**
 * The question bank in GIFT, written the way Moodle's own exporter writes it
 * (question/format/gift/format.php, `writequestion`): HTML question text marked `[html]` (answers
 * and feedback inherit it), `=` for the single right option, `~%33.33333%` for graded options,
 * `{TRUE#wrong#right}` for true/false, `=left -> right` rows for matching (a distractor is a row
 * with no left item), `####` before the general feedback, and the question's ID number in a
 * `// [id:…]` comment. Categories are `$CATEGORY: $course$/top/…` lines.
 */

/**
 * Escapes text exactly as Moodle's exporter does (`repchar`): backslash first, then the GIFT
 * control characters `# = ~ { } :`, and line breaks as `\n`.
 */
export function giftEscape(text: string): string {
  return text
    .replace(/\\/g, '\\\\')
    .replace(/[#=~{}:]/g, (c) => `\\${c}`)
    .replace(/\r/g, '')
    .replace(/\n/g, '\\n');
}

/** A category path for `$CATEGORY:` (and Moodle XML): `/` separates levels, so a `/` in a name is doubled. */
export function categoryPath(path: readonly string[]): string {
  return ['$course$', 'top', ...path.map((p) => p.replace(/\//g, '//'))].join('/');
}

function answersOf(q: BankQuestion): string {
  const general = q.generalFeedback ? `\t####${giftEscape(q.generalFeedback)}\n` : '';
  switch (q.type) {
    case 'multichoice': {
      const lines = q.answers.map((a) => {
        const mark = a.fraction === 1 && q.single ? '=' : a.fraction === 0 ? '~' : `~%${moodlePercent(a.fraction)}%`;
        return `\t${mark}${giftEscape(a.html)}${a.feedback ? `#${giftEscape(a.feedback)}` : ''}\n`;
      });
      return `{\n${lines.join('')}${general}}`;
    }
    case 'truefalse': {
      const right = q.answer ? q.trueFeedback : q.falseFeedback;
      const wrong = q.answer ? q.falseFeedback : q.trueFeedback;
      let out = `{${q.answer ? 'TRUE' : 'FALSE'}`;
      if (wrong) out += `#${giftEscape(wrong)}`;
      else if (right) out += '#';
      if (right) out += `#${giftEscape(right)}`;
      return `${out}${q.generalFeedback ? `####${giftEscape(q.generalFeedback)}` : ''}}`;
    }
    case 'matching':
      return `{\n${q.pairs.map((p) => `\t=${giftEscape(p.html)} -> ${giftEscape(p.answer)}\n`).join('')}${general}}`;
  }
}

function questionText(q: BankQuestion): string {
  return `// [id:${q.idnumber.replace(/]/g, '\\]')}]\n::${giftEscape(q.name)}::[html]${giftEscape(q.html)}${answersOf(q)}\n`;
}

/** The whole bank as one GIFT file (UTF-8, LF, a blank line between questions). */
export function writeGift(categories: readonly BankCategory[], header: readonly string[] = []): string {
  const blocks: string[] = [];
  if (header.length) blocks.push(header.map((line) => `// ${line}`).join('\n') + '\n');
  for (const category of categories) {
    blocks.push(`$CATEGORY: ${categoryPath(category.path)}\n`);
    for (const q of category.questions) blocks.push(questionText(q));
  }
  return blocks.join('\n');
}
