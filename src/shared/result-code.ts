/**
 * Result codes: how a participant's pre-/post-test answers reach the trainer's class recap with no
 * backend. A code is `BK` + Crockford base32 of a small binary record (format version, quiz
 * fingerprint, day, attempt, device mark, quiz id, bit-packed answers, the typed name) closed by a
 * CRC-32, so it is made of digits and capital letters only: safe to copy, paste, dictate, and
 * small in a QR code (alphanumeric mode). The checksum catches a mistyped or altered code; it is
 * not a signature (a static site has no secret), so the recap is a teaching aid, not an exam record.
 *
 * Format versions: 1 (until the attempt and device mark were added) still decodes, as attempt 1
 * with no device mark; 2 is what `encodeResult` writes; anything else is refused as `version`.
 *
 * Pure module: used by the quiz page (encode, scoring), the recap page (decode, scoring) and the
 * build (answer keys, fingerprints), and unit-tested on its own.
 */

/** How one question's answer is shaped, in the order the quiz file authors it. */
export type AnswerShape =
  | { t: 'one'; n: number } // single or scenario: n options
  | { t: 'many'; n: number } // multiple: n options
  | { t: 'tf' } // true/false
  | { t: 'match'; rows: number; choices: number }; // matching: rows, each picks one of `choices`

/**
 * One answer, in authored indices: `one` → [option] or []; `many` → chosen options, ascending;
 * `tf` → [1] true, [0] false, or []; `match` → per row the chosen choice, or -1.
 */
export type Answer = number[];

/** The payload of a code. */
export interface ResultPayload {
  quiz: string;
  /** Fingerprint of the quiz's questions at build time (see `quizFingerprint`). */
  fingerprint: number;
  /** Day the test was taken, as days since 2024-01-01 (see `dayNumber`). */
  day: number;
  /**
   * Which attempt of this participant (by name) on this device this is, from 1; a newer attempt
   * replaces an older one in the recap. Version-1 codes carry none and decode as 1.
   */
  attempt: number;
  /**
   * A random 24-bit mark of the device (browser) the code was made on, the same for every code it
   * makes: two codes with the same name and the same mark come from the same participant, the
   * same name with two marks from two people. Version-1 codes carry none.
   */
  device?: number;
  name: string;
  answers: Answer[];
}

/** What the decoder knows of a quiz: its shapes and fingerprint, from the build. */
export interface QuizKey {
  fingerprint: number;
  shapes: AnswerShape[];
}

/** Why a code was rejected; the recap page words each reason for the trainer. */
export type RejectReason =
  | 'empty'
  | 'prefix'
  | 'characters'
  | 'length'
  | 'checksum'
  | 'version'
  | 'quiz'
  | 'outdated'
  | 'answers'
  | 'name';

export type DecodeResult = { ok: true; value: ResultPayload } | { ok: false; reason: RejectReason; detail?: string };

export const CODE_PREFIX = 'BK';
/** The format `encodeResult` writes. */
export const FORMAT_VERSION = 2;
/** Highest attempt number a code carries (one byte). */
export const MAX_ATTEMPT = 255;
/** Device marks are 24-bit numbers. */
export const DEVICE_LIMIT = 0x1000000;
/** Longest name a code carries, in UTF-8 bytes (about 60 Latin letters). */
export const MAX_NAME_BYTES = 60;
const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
const EPOCH = Date.UTC(2024, 0, 1);

/** CRC-32 (IEEE), the checksum every code ends with. */
export function crc32(bytes: ArrayLike<number>): number {
  let crc = -1;
  for (let i = 0; i < bytes.length; i++) {
    crc ^= bytes[i]!;
    for (let k = 0; k < 8; k++) crc = (crc >>> 1) ^ (0xedb88320 & -(crc & 1));
  }
  return (crc ^ -1) >>> 0;
}

/** Days since 2024-01-01 of a local calendar date. */
export function dayNumber(date: Date): number {
  return Math.round((Date.UTC(date.getFullYear(), date.getMonth(), date.getDate()) - EPOCH) / 86_400_000);
}

/** The ISO date (YYYY-MM-DD) of a day number. */
export function dayToIso(day: number): string {
  return new Date(EPOCH + day * 86_400_000).toISOString().slice(0, 10);
}

/**
 * A 16-bit fingerprint of a quiz's question ids, shapes and (when given) keys: a code made on
 * another version of the quiz, where an answer index would mean another option, is refused as
 * outdated instead of being scored against the wrong key.
 */
export function quizFingerprint(quiz: string, ids: readonly string[], shapes: readonly AnswerShape[], keys?: readonly Answer[]): number {
  const text = quiz + '|' + ids.map((id, i) => id + ':' + JSON.stringify(shapes[i]) + (keys ? '=' + String(keys[i]) : '')).join('|');
  return crc32(new TextEncoder().encode(text)) & 0xffff;
}

function bitsFor(maxValue: number): number {
  let bits = 1;
  while (1 << bits <= maxValue) bits++;
  return bits;
}

/** Bit-packs answers into fields of fixed width, so a code stays a few dozen characters long. */
function answerFields(shape: AnswerShape, answer: Answer): [value: number, bits: number][] {
  switch (shape.t) {
    case 'one':
      return [[answer.length ? answer[0]! + 1 : 0, bitsFor(shape.n)]];
    case 'many':
      return [[answer.reduce((mask, i) => mask | (1 << i), 0), shape.n]];
    case 'tf':
      return [[answer.length ? answer[0]! + 1 : 0, 2]];
    case 'match':
      return Array.from({ length: shape.rows }, (_, r) => [(answer[r] ?? -1) + 1, bitsFor(shape.choices)] as [number, number]);
  }
}

function packAnswers(shapes: readonly AnswerShape[], answers: readonly Answer[]): number[] {
  const out: number[] = [];
  let acc = 0;
  let filled = 0;
  shapes.forEach((shape, q) => {
    for (const [value, bits] of answerFields(shape, answers[q] ?? [])) {
      for (let b = bits - 1; b >= 0; b--) {
        acc = (acc << 1) | ((value >> b) & 1);
        if (++filled === 8) {
          out.push(acc);
          acc = 0;
          filled = 0;
        }
      }
    }
  });
  if (filled) out.push(acc << (8 - filled));
  return out;
}

function packedLength(shapes: readonly AnswerShape[]): number {
  const bits = shapes.reduce((sum, s) => sum + (s.t === 'one' ? bitsFor(s.n) : s.t === 'many' ? s.n : s.t === 'tf' ? 2 : s.rows * bitsFor(s.choices)), 0);
  return Math.ceil(bits / 8);
}

/** Unpacks answers; undefined when a value is out of range for its question (an altered or foreign code). */
function unpackAnswers(shapes: readonly AnswerShape[], bytes: ArrayLike<number>): Answer[] | undefined {
  let pos = 0;
  const read = (bits: number) => {
    let v = 0;
    for (let b = 0; b < bits; b++, pos++) v = (v << 1) | ((bytes[pos >> 3]! >> (7 - (pos & 7))) & 1);
    return v;
  };
  const answers: Answer[] = [];
  for (const shape of shapes) {
    if (shape.t === 'one') {
      const v = read(bitsFor(shape.n));
      if (v > shape.n) return undefined;
      answers.push(v ? [v - 1] : []);
    } else if (shape.t === 'many') {
      const mask = read(shape.n);
      answers.push(Array.from({ length: shape.n }, (_, i) => i).filter((i) => mask & (1 << i)));
    } else if (shape.t === 'tf') {
      const v = read(2);
      if (v > 2) return undefined;
      answers.push(v ? [v - 1] : []);
    } else {
      const row: number[] = [];
      for (let r = 0; r < shape.rows; r++) {
        const v = read(bitsFor(shape.choices));
        if (v > shape.choices) return undefined;
        row.push(v - 1);
      }
      answers.push(row);
    }
  }
  return answers;
}

function toBase32(bytes: readonly number[]): string {
  let out = '';
  let acc = 0;
  let bits = 0;
  for (const byte of bytes) {
    acc = (acc << 8) | byte;
    bits += 8;
    while (bits >= 5) {
      out += ALPHABET[(acc >> (bits - 5)) & 31];
      bits -= 5;
    }
    acc &= (1 << bits) - 1;
  }
  if (bits) out += ALPHABET[(acc << (5 - bits)) & 31];
  return out;
}

/** Decodes base32; undefined when the length cannot come from whole bytes or the padding bits are not zero. */
function fromBase32(text: string): number[] | undefined {
  const out: number[] = [];
  let acc = 0;
  let bits = 0;
  for (const ch of text) {
    acc = (acc << 5) | ALPHABET.indexOf(ch);
    bits += 5;
    if (bits >= 8) {
      out.push((acc >> (bits - 8)) & 255);
      bits -= 8;
    }
    acc &= (1 << bits) - 1;
  }
  return bits >= 5 || acc !== 0 ? undefined : out;
}

// eslint-disable-next-line no-control-regex
const controlCharacters = /[\u0000-\u001f\u007f-\u009f]/;

/**
 * A name as people read it: Unicode NFC (so "é" typed two ways is one name), no invisible format
 * characters (zero-width spaces and joiners, soft hyphens, direction marks), no control
 * characters, single spaces.
 */
export function normalizeName(name: string): string {
  return name
    .normalize('NFC')
    .replace(/\p{Cf}/gu, '')
    .replace(new RegExp(controlCharacters.source, 'g'), ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** The form of a name used to tell whether two codes name the same person: normalized, any case. */
export function nameKey(name: string): string {
  return normalizeName(name).toLocaleLowerCase('id');
}

/** Trims a name to what a code can carry: normalized (see `normalizeName`), at most MAX_NAME_BYTES. */
export function cleanName(name: string): string {
  let clean = normalizeName(name);
  const encoder = new TextEncoder();
  while (encoder.encode(clean).length > MAX_NAME_BYTES) clean = Array.from(clean).slice(0, -1).join('').trim();
  return clean;
}

/**
 * Encodes a payload in the current format (2); the name is cleaned first (see `cleanName`), the
 * attempt kept within 1–255 and a missing device mark written as 0.
 */
export function encodeResult(payload: ResultPayload, shapes: readonly AnswerShape[]): string {
  const encoder = new TextEncoder();
  const quiz = Array.from(encoder.encode(payload.quiz));
  const name = Array.from(encoder.encode(cleanName(payload.name)));
  const attempt = Math.min(MAX_ATTEMPT, Math.max(1, Math.floor(payload.attempt)));
  const device = (payload.device ?? 0) % DEVICE_LIMIT;
  const bytes = [
    FORMAT_VERSION,
    (payload.fingerprint >> 8) & 255,
    payload.fingerprint & 255,
    (payload.day >> 8) & 255,
    payload.day & 255,
    attempt,
    (device >> 16) & 255,
    (device >> 8) & 255,
    device & 255,
    quiz.length,
    ...quiz,
    ...packAnswers(shapes, payload.answers),
    name.length,
    ...name,
  ];
  const crc = crc32(bytes);
  bytes.push(crc >>> 24, (crc >>> 16) & 255, (crc >>> 8) & 255, crc & 255);
  return CODE_PREFIX + toBase32(bytes);
}

/**
 * Decodes an untrusted code. Forgiving about what copying does to text (spaces, hyphens, lower
 * case, O for 0, I/L for 1), strict about everything else; every refusal says why.
 */
export function decodeResult(input: string, keyFor: (quiz: string) => QuizKey | undefined): DecodeResult {
  const compact = input.replace(/[\s-]+/g, '').toUpperCase();
  if (!compact) return { ok: false, reason: 'empty' };
  if (!compact.startsWith(CODE_PREFIX)) return { ok: false, reason: 'prefix' };
  const body = compact.slice(CODE_PREFIX.length).replace(/O/g, '0').replace(/[IL]/g, '1');
  const bad = [...body].find((ch) => !ALPHABET.includes(ch));
  if (bad !== undefined) return { ok: false, reason: 'characters', detail: bad };
  const bytes = fromBase32(body);
  if (!bytes || bytes.length < 12) return { ok: false, reason: 'length' };
  const data = bytes.slice(0, -4);
  const crc = ((bytes.at(-4)! << 24) | (bytes.at(-3)! << 16) | (bytes.at(-2)! << 8) | bytes.at(-1)!) >>> 0;
  if (crc32(data) !== crc) return { ok: false, reason: 'checksum' };
  const version = data[0]!;
  if (version !== 1 && version !== 2) return { ok: false, reason: 'version', detail: String(version) };
  const fingerprint = (data[1]! << 8) | data[2]!;
  const day = (data[3]! << 8) | data[4]!;
  // Version 1 had no attempt and device mark: its quiz id follows the day.
  const attempt = version === 1 ? 1 : data[5]!;
  const device = version === 1 ? undefined : (data[6]! << 16) | (data[7]! << 8) | data[8]!;
  let pos = version === 1 ? 5 : 9;
  if (attempt < 1 || pos >= data.length) return { ok: false, reason: 'length' };
  const quizLength = data[pos]!;
  const decoder = new TextDecoder('utf-8', { fatal: true });
  pos += 1;
  const quiz = String.fromCharCode(...data.slice(pos, pos + quizLength));
  pos += quizLength;
  const key = /^[a-z0-9-]{1,40}$/.test(quiz) ? keyFor(quiz) : undefined;
  if (!key) return { ok: false, reason: 'quiz', detail: quiz.replace(/[^\x20-\x7e]/g, '?') };
  if (key.fingerprint !== fingerprint) return { ok: false, reason: 'outdated', detail: quiz };
  const answerBytes = packedLength(key.shapes);
  const answers = unpackAnswers(key.shapes, data.slice(pos, pos + answerBytes));
  pos += answerBytes;
  if (!answers || pos >= data.length) return { ok: false, reason: 'answers' };
  const nameLength = data[pos]!;
  pos += 1;
  if (nameLength < 1 || nameLength > MAX_NAME_BYTES || pos + nameLength !== data.length) return { ok: false, reason: 'name' };
  let name: string;
  try {
    name = decoder.decode(new Uint8Array(data.slice(pos)));
  } catch {
    return { ok: false, reason: 'name' };
  }
  // Invisible characters and other normal forms are tolerated here (the recap compares names
  // normalized); control characters and blank names are not.
  if (!name.trim() || controlCharacters.test(name)) return { ok: false, reason: 'name' };
  const value: ResultPayload = { quiz, fingerprint, day, attempt, name, answers };
  if (device !== undefined) value.device = device;
  return { ok: true, value };
}

/** Points for one answer against its key (same representation): 1 when exactly right. */
export function isCorrect(answer: Answer, key: Answer): boolean {
  return answer.length === key.length && answer.every((v, i) => v === key[i]);
}

/** Rows of a matching answer (or 0/1 for other types) that are right, for "partly right" feedback. */
export function rightParts(answer: Answer, key: Answer): number {
  return key.reduce((n, v, i) => n + (answer[i] === v ? 1 : 0), 0);
}
