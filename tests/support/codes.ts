import { crc32, dayNumber, encodeResult, type Answer } from '../../src/shared/result-code';
import { recapData } from './quiz';
import { fromBase32, toBase32 } from './base32';

/**
 * Result codes made in Node with the built site's own keys (the recap page's data) and the same
 * encoder the quiz pages use, for recap tests that need many codes or codes from many devices.
 */
export interface CodeSpec {
  quiz?: 'pretest' | 'posttest';
  name: string;
  /** Question ids answered wrongly (left blank); the rest right. */
  wrong?: string[];
  attempt?: number;
  device?: number;
  day?: number;
  /** A fingerprint other than the built quiz's: a code from another version of the quiz. */
  fingerprint?: number;
}

const today = () => dayNumber(new Date());

function answersFor(spec: CodeSpec): Answer[] {
  const quiz = recapData().quizzes[spec.quiz ?? 'pretest']!;
  return quiz.keys.map((key, i) => (spec.wrong?.includes(quiz.ids[i]!) ? (quiz.shapes[i]!.t === 'match' ? key.map(() => -1) : []) : key));
}

export function codeFor(spec: CodeSpec): string {
  const id = spec.quiz ?? 'pretest';
  const quiz = recapData().quizzes[id]!;
  return encodeResult(
    { quiz: id, fingerprint: spec.fingerprint ?? quiz.fingerprint, day: spec.day ?? today(), attempt: spec.attempt ?? 1, device: spec.device ?? 1, name: spec.name, answers: answersFor(spec) },
    quiz.shapes,
  );
}

/**
 * A code whose name is written byte for byte as given, not cleaned the way the quiz page cleans
 * it: what an older version of the site, or someone crafting codes, could produce (zero-width
 * characters, decomposed accents).
 */
export function rawNameCode(spec: CodeSpec): string {
  const made = fromBase32(codeFor({ ...spec, name: 'x' }).slice(2)).slice(0, -4);
  const name = [...new TextEncoder().encode(spec.name)];
  const bytes = [...made.slice(0, -2), name.length, ...name];
  const crc = crc32(bytes);
  return 'BK' + toBase32([...bytes, crc >>> 24, (crc >>> 16) & 255, (crc >>> 8) & 255, crc & 255]);
}
