import { findApi, findUp, type Scorm12Api } from './api';

/**
 * One SCO's conversation with the LMS, begun with LMSInitialize and ended with LMSFinish. Every
 * call is guarded: an LMS that throws, or a call after the end, is a failed call, never an error
 * on the page. The launch frame (shell.ts) opens the session and leaves it on its window as
 * `bkScormSession`, so the pages the learner moves between inside the frame all report into it.
 */
export class ScormSession {
  private open = false;
  /** Changes not yet committed. */
  dirty = false;

  constructor(private readonly api: Scorm12Api) {}

  get isOpen(): boolean {
    return this.open;
  }

  private call(run: (api: Scorm12Api) => string): string {
    try {
      return String(run(this.api));
    } catch {
      return 'false';
    }
  }

  /** LMSInitialize; false when the LMS refuses. */
  start(): boolean {
    this.open = this.call((api) => api.LMSInitialize('')) === 'true';
    return this.open;
  }

  get(element: string): string {
    return this.open ? this.call((api) => api.LMSGetValue(element)) : '';
  }

  set(element: string, value: string): boolean {
    if (!this.open) return false;
    const ok = this.call((api) => api.LMSSetValue(element, value)) === 'true';
    if (ok) this.dirty = true;
    return ok;
  }

  /** LMSCommit; false when the LMS did not store the data. */
  commit(): boolean {
    if (!this.open) return false;
    const ok = this.call((api) => api.LMSCommit('')) === 'true';
    if (ok) this.dirty = false;
    return ok;
  }

  /** The LMS's error code of the last call ("0": none). */
  lastError(): string {
    return this.call((api) => api.LMSGetLastError());
  }

  /** LMSFinish (it stores the data too); the session is closed afterwards, whatever the LMS answers. */
  finish(): void {
    if (!this.open) return;
    this.call((api) => api.LMSFinish(''));
    this.open = false;
  }
}

export type SessionWindow = Window & { bkScormSession?: ScormSession };

/**
 * The session this page reports into: the launch frame's, found the way the API is found
 * (parents, then the opener: the review page opens in its own window), or, for a page an LMS
 * launched by itself, a session of its own (`own`). None outside an LMS.
 */
export function findSession(start: Window): { session: ScormSession; own: boolean } | undefined {
  const shared = findUp(start, (w) => (w as SessionWindow).bkScormSession);
  if (shared) return { session: shared, own: false };
  const api = findApi(start);
  if (!api) return undefined;
  const session = new ScormSession(api);
  return session.start() ? { session, own: true } : undefined;
}
