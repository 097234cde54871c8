import { decodeResult, dayToIso, isCorrect, type Answer, type AnswerShape, type RejectReason } from '../shared/result-code';
import { toCsv } from '../shared/csv';
import { today } from './lib/progress-store';
import { ui } from './lib/ui-strings';

/**
 * "Rekap kelas": decodes result codes against the answer keys embedded in the page, refuses each
 * bad line with its reason, and shows participants, pre vs post, and the questions most missed.
 * Every value from a code (above all the name) is untrusted and only ever set with textContent.
 * Accepted codes are kept in this browser (key `bkasn:recap`) so a reload loses nothing.
 */

interface RecapQuiz {
  kind: string;
  title: string;
  fingerprint: number;
  shapes: AnswerShape[];
  ids: string[];
  keys: Answer[];
}
interface RecapData {
  quizzes: Record<string, RecapQuiz>;
  skills: Record<string, string>;
}
interface Entry {
  code: string;
  quiz: string;
  name: string;
  nameKey: string;
  day: number;
  wrong: string[];
  score: number;
  total: number;
}

const STORE_KEY = 'bkasn:recap';
const compact = (code: string) => code.replace(/[\s-]+/g, '').toUpperCase();
const percent = (e: Entry) => Math.round((e.score * 100) / e.total);

function cell(tag: 'td' | 'th', text: string): HTMLElement {
  const el = document.createElement(tag);
  el.textContent = text;
  if (tag === 'th') el.setAttribute('scope', 'row');
  return el;
}

function init(root: HTMLElement, data: RecapData): void {
  const $ = <T extends Element>(sel: string) => root.querySelector<T>(sel)!;
  const status = $<HTMLElement>('[data-bk-status]');
  const rejectedBox = $<HTMLElement>('[data-bk-rejected-box]');
  const rejectedList = $<HTMLElement>('[data-bk-rejected]');
  const participants = $<HTMLTableElement>('[data-bk-participants]');
  const missed = $<HTMLTableElement>('[data-bk-missed]');
  let entries: Entry[] = [];

  const save = () => {
    try {
      localStorage.setItem(STORE_KEY, JSON.stringify({ v: 1, codes: entries.map((e) => e.code) }));
    } catch {
      // The recap still works for this visit; only the reload safety net is lost.
    }
  };

  /** Decodes one code; returns the entry or why it was refused. */
  const read = (raw: string): Entry | { reason: RejectReason; detail?: string } => {
    const result = decodeResult(raw, (id) => data.quizzes[id]);
    if (!result.ok) return result;
    const { quiz, name, day, answers } = result.value;
    const key = data.quizzes[quiz]!;
    const wrong = key.ids.filter((_, i) => !isCorrect(answers[i] ?? [], key.keys[i] ?? []));
    return { code: compact(raw), quiz, name, nameKey: name.toLocaleLowerCase('id'), day, wrong, score: key.ids.length - wrong.length, total: key.ids.length };
  };

  /** Adds codes (one per line); every refused line is listed with its reason, never dropped silently. */
  const add = (text: string, single: boolean): number => {
    const problems: string[] = [];
    const notes: string[] = [];
    let accepted = 0;
    text.split(/\r?\n/).forEach((line, i) => {
      if (!line.trim()) return;
      const shown = line.trim().length > 18 ? `${line.trim().slice(0, 16)}…` : line.trim();
      const refuse = (reason: string, detail = '') => {
        const words = ui(`recap.reason.${reason}`, { detail });
        problems.push(single ? ui('recap.oneReason', { code: shown, reason: words }) : ui('recap.lineReason', { line: i + 1, code: shown, reason: words }));
      };
      if (entries.some((e) => e.code === compact(line))) return refuse('duplicate');
      const entry = read(line);
      if ('reason' in entry) return refuse(entry.reason, entry.detail);
      const before = entries.length;
      entries = entries.filter((e) => !(e.quiz === entry.quiz && e.nameKey === entry.nameKey));
      if (entries.length < before) notes.push(ui('recap.replaced', { quiz: data.quizzes[entry.quiz]!.title, name: entry.name }));
      entries.push(entry);
      accepted++;
    });
    rejectedList.replaceChildren(
      ...problems.map((text) => {
        const li = document.createElement('li');
        li.textContent = text;
        return li;
      }),
    );
    rejectedBox.hidden = !problems.length;
    status.textContent = [ui('recap.added', { accepted, rejected: problems.length }), ...notes].join(' ');
    save();
    render();
    return problems.length;
  };

  const render = () => {
    const kindOf = (e: Entry) => data.quizzes[e.quiz]!.kind;
    const people = new Map<string, { name: string; pre?: Entry; post?: Entry }>();
    for (const e of entries) {
      const person = people.get(e.nameKey) ?? { name: e.name };
      if (kindOf(e) === 'pretest') person.pre = e;
      else person.post = e;
      people.set(e.nameKey, person);
    }
    const score = (e?: Entry) => (e ? ui('recap.scoreCell', { score: e.score, total: e.total, percent: percent(e) }) : ui('recap.none'));
    const rows = [...people.values()].sort((a, b) => a.name.localeCompare(b.name, 'id')).map((p) => {
      const tr = document.createElement('tr');
      const change = p.pre && p.post ? percent(p.post) - percent(p.pre) : undefined;
      const last = Math.max(p.pre?.day ?? 0, p.post?.day ?? 0);
      tr.append(
        cell('th', p.name),
        cell('td', score(p.pre)),
        cell('td', score(p.post)),
        cell('td', change === undefined ? ui('recap.none') : `${change > 0 ? '+' : ''}${change}`),
        cell('td', dayToIso(last)),
      );
      return tr;
    });
    participants.tBodies[0]!.replaceChildren(...rows);
    const average = (kind: string) => {
      const list = entries.filter((e) => kindOf(e) === kind);
      return list.length ? `${Math.round(list.reduce((s, e) => s + percent(e), 0) / list.length)}%` : ui('recap.none');
    };
    $('[data-bk-summary]').textContent = people.size
      ? ui('recap.summary', { n: people.size, pre: average('pretest'), post: average('posttest') })
      : ui('recap.empty');

    // Questions most missed: same id = same skill in the pre- and post-test.
    const ids = [...new Set(Object.values(data.quizzes).flatMap((q) => q.ids))];
    const misses = (kind: string, id: string) => {
      const list = entries.filter((e) => kindOf(e) === kind && data.quizzes[e.quiz]!.ids.includes(id));
      return { n: list.filter((e) => e.wrong.includes(id)).length, total: list.length };
    };
    const rate = (m: { n: number; total: number }) => (m.total ? m.n / m.total : 0);
    const stats = ids.map((id) => ({ id, pre: misses('pretest', id), post: misses('posttest', id) }));
    stats.sort((a, b) => rate(b.pre) + rate(b.post) - (rate(a.pre) + rate(a.post)));
    const missCell = (m: { n: number; total: number }) => (m.total ? ui('recap.missCell', m) : ui('recap.none'));
    missed.tBodies[0]!.replaceChildren(
      ...(entries.length ? stats : []).map((s) => {
        const tr = document.createElement('tr');
        tr.append(cell('th', s.id), cell('td', data.skills[s.id] ?? ''), cell('td', missCell(s.pre)), cell('td', missCell(s.post)));
        return tr;
      }),
    );
  };

  const one = $<HTMLFormElement>('[data-bk-one]');
  const oneInput = $<HTMLInputElement>('[data-bk-one-input]');
  one.addEventListener('submit', (event) => {
    event.preventDefault();
    if (!oneInput.value.trim()) return;
    const failed = add(oneInput.value, true);
    if (failed) oneInput.setAttribute('aria-invalid', 'true');
    else {
      oneInput.value = '';
      oneInput.removeAttribute('aria-invalid');
    }
    oneInput.focus();
  });

  const paste = $<HTMLFormElement>('[data-bk-paste]');
  const pasteInput = $<HTMLTextAreaElement>('[data-bk-paste-input]');
  paste.addEventListener('submit', (event) => {
    event.preventDefault();
    if (!add(pasteInput.value, false)) pasteInput.value = '';
  });

  $('[data-bk-csv]').addEventListener('click', () => {
    const rows = Array.from(participants.rows).map((tr) => Array.from(tr.cells).map((c) => c.textContent ?? ''));
    const blob = new Blob([toCsv(rows, [0])], { type: 'text/csv;charset=utf-8' });
    const a = document.createElement('a');
    a.href = URL.createObjectURL(blob);
    a.download = `${ui('recap.csvName')}-${today()}.csv`;
    document.body.append(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(a.href), 1000);
  });

  $('[data-bk-clear]').addEventListener('click', () => {
    if (!window.confirm(ui('recap.clearConfirm'))) return;
    entries = [];
    save();
    render();
    rejectedBox.hidden = true;
    status.textContent = ui('recap.cleared');
  });

  // Codes accepted in an earlier visit come back; any that no longer decode are listed, not dropped.
  let stored: string[] = [];
  try {
    const parsed = JSON.parse(localStorage.getItem(STORE_KEY) ?? 'null') as { v?: number; codes?: unknown } | null;
    if (parsed?.v === 1 && Array.isArray(parsed.codes)) stored = parsed.codes.filter((c): c is string => typeof c === 'string');
  } catch {
    stored = [];
  }
  if (stored.length) {
    add(stored.join('\n'), false);
    status.textContent = ui('recap.restored', { n: entries.length });
  }
  render();
  root.classList.add('is-ready');
}

const recapRoot = document.querySelector<HTMLElement>('[data-bk-recap]');
const keys = document.getElementById('bk-recap-keys');
if (recapRoot && keys) init(recapRoot, JSON.parse(keys.textContent ?? '{}') as RecapData);
