import { moodlePercent } from './fractions';
import { categoryPath } from './gift';
import type { BankCategory, BankQuestion } from './model';

/**
 * The question bank in Moodle XML (https://docs.moodle.org/en/Moodle_XML_format), in the shape of
 * Moodle's own exporter (question/format/xml/format.php): a `category` pseudo-question before each
 * category's questions, HTML text in CDATA, grades as percentages on Moodle's list, and the same
 * defaults a GIFT import gets (penalty 1/3, 1 for true/false; shuffled answers; empty combined
 * feedback), so either file gives the same questions.
 */

const escapeXml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** A `<text>` element: HTML goes into CDATA (split where the text itself holds `]]>`), plain text is escaped. */
function text(value: string, indent: string): string {
  const body = /[<>&]/.test(value) ? `<![CDATA[${value.replace(/]]>/g, ']]]]><![CDATA[>')}]]>` : escapeXml(value);
  return `${indent}<text>${body}</text>\n`;
}

function block(tag: string, value: string, indent: string, format = 'html'): string {
  return `${indent}<${tag} format="${format}">\n${text(value, `${indent}  `)}${indent}</${tag}>\n`;
}

const combinedFeedback = (indent: string) =>
  ['correctfeedback', 'partiallycorrectfeedback', 'incorrectfeedback'].map((tag) => block(tag, '', indent)).join('') + `${indent}<shownumcorrect/>\n`;

function questionXml(q: BankQuestion): string {
  const i = '    ';
  let out = `  <question type="${q.type}">\n`;
  out += `${i}<name>\n${text(q.name, `${i}  `)}${i}</name>\n`;
  out += block('questiontext', q.html, i);
  out += block('generalfeedback', q.generalFeedback, i);
  out += `${i}<defaultgrade>1</defaultgrade>\n`;
  out += `${i}<penalty>${q.type === 'truefalse' ? '1' : '0.3333333'}</penalty>\n`;
  out += `${i}<hidden>0</hidden>\n`;
  out += `${i}<idnumber>${escapeXml(q.idnumber)}</idnumber>\n`;
  switch (q.type) {
    case 'multichoice':
      out += `${i}<single>${q.single}</single>\n${i}<shuffleanswers>true</shuffleanswers>\n${i}<answernumbering>abc</answernumbering>\n`;
      out += `${i}<showstandardinstruction>0</showstandardinstruction>\n`;
      out += combinedFeedback(i);
      for (const a of q.answers) {
        out += `${i}<answer fraction="${moodlePercent(a.fraction)}" format="html">\n${text(a.html, `${i}  `)}`;
        out += block('feedback', a.feedback ?? '', `${i}  `);
        out += `${i}</answer>\n`;
      }
      break;
    case 'truefalse':
      for (const value of [true, false]) {
        out += `${i}<answer fraction="${value === q.answer ? 100 : 0}" format="moodle_auto_format">\n${text(String(value), `${i}  `)}`;
        out += block('feedback', (value ? q.trueFeedback : q.falseFeedback) ?? '', `${i}  `);
        out += `${i}</answer>\n`;
      }
      break;
    case 'matching':
      out += `${i}<shuffleanswers>true</shuffleanswers>\n`;
      out += combinedFeedback(i);
      for (const p of q.pairs) {
        out += `${i}<subquestion format="html">\n${text(p.html, `${i}  `)}${i}  <answer>\n${text(p.answer, `${i}    `)}${i}  </answer>\n${i}</subquestion>\n`;
      }
      break;
  }
  return `${out}  </question>\n`;
}

/** The whole bank as one Moodle XML file (UTF-8). */
export function writeMoodleXml(categories: readonly BankCategory[], comment?: string): string {
  let out = '<?xml version="1.0" encoding="UTF-8"?>\n';
  if (comment) out += `<!-- ${comment.replace(/--/g, '- -')} -->\n`;
  out += '<quiz>\n';
  for (const category of categories) {
    out += '  <question type="category">\n    <category>\n';
    out += text(categoryPath(category.path), '      ');
    out += '    </category>\n';
    out += block('info', '', '    ');
    out += '  </question>\n';
    for (const q of category.questions) out += questionXml(q);
  }
  return `${out}</quiz>\n`;
}
