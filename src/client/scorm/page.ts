import { findSession, type ScormSession } from './session';
import { answerOf, setAnswer } from '../quiz/answer';
import type { Ui } from '../lib/ui-strings';
import type { scormScript } from '../scorm.contract';
import { quizResultEvent, type QuizResultDetail } from '../../shared/scorm/events';
import { asStatus, cmiTimespan, scoreReport, statusAfterReading, statusOnEntry } from '../../shared/scorm/status';
import { decodeSuspendData, encodeSuspendData } from '../../shared/scorm/suspend-data';

type ScormUi = Ui<(typeof scormScript.keys)[number]>;

/**
 * A page of a SCO (lesson, quiz, exam, review) reporting to the LMS through the launch frame's
 * session: a lesson read to the end makes the SCO "completed"; a quiz's score of record (the
 * `bk:quiz-result` event of src/client/quiz/practice-quiz.ts) sets the score and passed/failed;
 * the answers of an unfinished quiz are kept in suspend_data and put back when the learner
 * returns. Outside an LMS it does nothing, and it never breaks the page it runs on.
 */
export function startPage(ui: ScormUi): void {
  const found = findSession(window);
  if (!found) return;
  const { session, own } = found;
  const began = Date.now();
  if (own) {
    const entry = statusOnEntry(asStatus(session.get('cmi.core.lesson_status')));
    if (entry) session.set('cmi.core.lesson_status', entry);
  }
  const commit = () => {
    if (session.commit()) return true;
    // A closed session (the learner left the activity while this tab stayed open) is SCORM 1.2's 301, "not initialized".
    show(ui('scorm.notSaved', { code: session.isOpen ? session.lastError() : '301' }), true);
    return false;
  };
  watchReading(session, commit);
  watchAnswers(session);
  document.addEventListener(quizResultEvent, (event) => {
    const result = (event as CustomEvent<QuizResultDetail>).detail;
    if (!result.saved) return;
    const review = (event.target as HTMLElement).closest('[data-bk-review]') !== null;
    const report = scoreReport(Number.parseFloat(session.get('cmi.core.score.raw')), result.percent, result.pass, review ? 'latest' : 'best');
    session.set('cmi.core.score.min', '0');
    session.set('cmi.core.score.max', '100');
    session.set('cmi.core.score.raw', String(report.raw));
    session.set('cmi.core.lesson_status', report.status);
    forgetAnswers(session, result.quiz);
    if (commit()) show(ui('scorm.recorded', { percent: report.raw }), false);
  });
  addEventListener('pagehide', () => {
    if (own) {
      session.set('cmi.core.session_time', cmiTimespan((Date.now() - began) / 1000));
      session.set('cmi.core.exit', 'suspend');
      session.finish();
    } else if (session.dirty) session.commit();
  });
}

/** A lesson counts as read when the learner reaches its "mark as read" button, after the text, or presses it. */
function watchReading(session: ScormSession, commit: () => boolean): void {
  const end = document.querySelector<HTMLElement>('[data-bk-mark-read]');
  if (!end) return;
  let done = false;
  const read = () => {
    if (done) return;
    done = true;
    observer?.disconnect();
    const next = statusAfterReading(asStatus(session.get('cmi.core.lesson_status')));
    if (next && session.set('cmi.core.lesson_status', next)) commit();
  };
  const observer = 'IntersectionObserver' in window ? new IntersectionObserver((entries) => entries.some((e) => e.isIntersecting) && read()) : undefined;
  observer?.observe(end);
  end.addEventListener('click', read);
}

/** The quiz or exam on the page whose answers are kept while unfinished (not a review page, which fills answers from a code). */
function answeredQuiz(): { id: string; questions: HTMLElement[] } | undefined {
  const root = document.querySelector<HTMLElement>('[data-bk-exam], [data-bk-quiz]:not([data-bk-review])');
  const id = root?.dataset.bkExam ?? root?.dataset.bkQuiz;
  return root && id ? { id, questions: Array.from(root.querySelectorAll<HTMLElement>('[data-bk-q]')) } : undefined;
}

const controlsOf = (q: HTMLElement) => [Array.from(q.querySelectorAll('input')), Array.from(q.querySelectorAll('select'))] as const;

function watchAnswers(session: ScormSession): void {
  const quiz = answeredQuiz();
  if (!quiz) return;
  const saved = decodeSuspendData(session.get('cmi.suspend_data')).answers[quiz.id];
  if (saved && saved.length === quiz.questions.length) quiz.questions.forEach((q, i) => setAnswer(...controlsOf(q), saved[i]!));
  document.addEventListener('change', (event) => {
    if (!(event.target as HTMLElement).closest('[data-bk-q]')) return;
    const state = decodeSuspendData(session.get('cmi.suspend_data'));
    state.answers[quiz.id] = quiz.questions.map((q) => answerOf(...controlsOf(q)));
    session.set('cmi.suspend_data', encodeSuspendData(state));
  });
}

function forgetAnswers(session: ScormSession, quizId: string): void {
  const state = decodeSuspendData(session.get('cmi.suspend_data'));
  if (!(quizId in state.answers)) return;
  delete state.answers[quizId];
  session.set('cmi.suspend_data', encodeSuspendData(state));
}

/** A short status line under the quiz result, or at the top of the page. */
function show(text: string, error: boolean): void {
  let line = document.querySelector<HTMLElement>('[data-bk-scorm-status]');
  if (!line) {
    line = document.createElement('p');
    line.dataset.bkScormStatus = '';
    line.setAttribute('role', 'status');
    const summary = document.querySelector('[data-bk-summary]:not([hidden])');
    if (summary) summary.append(line);
    else document.querySelector('main')?.prepend(line);
  }
  line.className = error ? 'bk-notice' : 'bk-meta';
  line.textContent = text;
}
