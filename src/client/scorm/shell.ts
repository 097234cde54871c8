import { findApi, fromWindow } from './api';
import { ScormSession, type SessionWindow } from './session';
import { asStatus, cmiTimespan, statusOnEntry } from '../../shared/scorm/status';

/**
 * The launch frame of a SCO (written by src/build/scorm/shell.ts): one page that the LMS opens and
 * that keeps the SCORM session while the learner moves between the SCO's pages in its frame
 * (lesson ↔ quiz, glossary and back), because a session may be initialized only once and a
 * page unloading would have to finish it. It opens the session, marks a first entry
 * "incomplete", remembers the page the learner is on (`cmi.core.lesson_location`, a path within
 * the package) and returns to it on resume, and on leaving records the time spent and finishes.
 * Without an LMS (file://, plain http) it just shows the first page.
 */
export function startShell(frame: HTMLIFrameElement): void {
  const pages = (frame.dataset.bkScoPages ?? '').split(/\s+/).filter(Boolean).map((p) => new URL(p, location.href).href);
  const root = new URL(frame.dataset.bkScoRoot ?? './', location.href).href;
  let start = pages[0] ?? '';
  const api = findApi(window);
  const session = api ? new ScormSession(api) : undefined;
  if (session?.start()) {
    (window as SessionWindow).bkScormSession = session;
    const entry = statusOnEntry(asStatus(session.get('cmi.core.lesson_status')));
    if (entry) session.set('cmi.core.lesson_status', entry);
    if (session.get('cmi.core.entry') === 'resume') {
      const saved = session.get('cmi.core.lesson_location');
      const url = saved ? new URL(saved, root).href : '';
      if (pages.includes(url.split('#')[0]!)) start = url;
    }
    session.commit();
    frame.addEventListener('load', () => {
      const href = fromWindow(frame.contentWindow, (w) => w.location.href) ?? '';
      if (pages.includes(href.split('#')[0]!) && href.startsWith(root)) session.set('cmi.core.lesson_location', href.slice(root.length));
    });
    const began = Date.now();
    addEventListener(
      'pagehide',
      () => {
        session.set('cmi.core.session_time', cmiTimespan((Date.now() - began) / 1000));
        session.set('cmi.core.exit', 'suspend');
        session.finish();
      },
      { once: true },
    );
  }
  frame.src = start;
}
