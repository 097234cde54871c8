import { crc32, DEVICE_LIMIT, MAX_ATTEMPT, nameKey } from '../../shared/result-code';

/**
 * What a device remembers for result codes (key `bkasn:exam`, versioned): its random device mark,
 * the same in every code it makes, and how many codes each name has made for each quiz, so the
 * next code carries the next attempt number. Names are kept only as a checksum. Every storage
 * call is wrapped; without storage the counts live for the visit, which still numbers a retake
 * in the same tab.
 */
const storeKey = 'bkasn:exam';

interface ExamStore {
  v: 1;
  device: number;
  /** Quiz id → checksum of the name (hex) → codes made. */
  attempts: Record<string, Record<string, number>>;
}

let memory: ExamStore | undefined;

function fresh(): ExamStore {
  const random = new Uint32Array(1);
  crypto.getRandomValues(random);
  return { v: 1, device: random[0]! % DEVICE_LIMIT, attempts: {} };
}

function valid(value: unknown): value is ExamStore {
  const s = value as ExamStore | null;
  return (
    typeof s === 'object' && s !== null && s.v === 1 &&
    Number.isInteger(s.device) && s.device >= 0 && s.device < DEVICE_LIMIT &&
    typeof s.attempts === 'object' && s.attempts !== null &&
    Object.values(s.attempts).every((names) => typeof names === 'object' && names !== null && Object.values(names).every((n) => Number.isInteger(n) && n >= 0))
  );
}

function load(): ExamStore {
  try {
    const parsed: unknown = JSON.parse(localStorage.getItem(storeKey) ?? 'null');
    if (valid(parsed)) memory = parsed;
  } catch {
    // unavailable or unreadable: keep what this visit knows
  }
  memory ??= fresh();
  return memory;
}

function save(store: ExamStore): void {
  memory = store;
  try {
    localStorage.setItem(storeKey, JSON.stringify(store));
  } catch {
    // The code is still made; only the count is not remembered after this visit.
  }
}

/** This device's mark (made and saved on first use). */
export function deviceMark(): number {
  const store = load();
  save(store);
  return store.device;
}

/** Counts one more code of `name` for `quiz` and returns its attempt number (1 for the first). */
export function nextAttempt(quiz: string, name: string): number {
  const store = load();
  const who = crc32(new TextEncoder().encode(nameKey(name))).toString(16);
  const names = (store.attempts[quiz] ??= {});
  const attempt = Math.min(MAX_ATTEMPT, (names[who] ?? 0) + 1);
  names[who] = attempt;
  save(store);
  return attempt;
}
