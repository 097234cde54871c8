/** The SCORM 1.2 API an LMS puts on a window as `API` (RTE 3.3): strings in, strings out. */
export interface Scorm12Api {
  LMSInitialize(parameter: ''): string;
  LMSFinish(parameter: ''): string;
  LMSGetValue(element: string): string;
  LMSSetValue(element: string, value: string): string;
  LMSCommit(parameter: ''): string;
  LMSGetLastError(): string;
}

/**
 * Reads something from another window. A window of another origin throws on access, and so do
 * the frames of a page opened from file:// (each file is its own origin): both count as "not there".
 */
export function fromWindow<T>(win: Window | null | undefined, read: (w: Window) => T): T | undefined {
  if (!win) return undefined;
  try {
    return read(win);
  } catch {
    return undefined;
  }
}

/** Windows to search up from `start`: itself and its parents, at most 7 levels up (ADL's limit). */
function* upwards(start: Window | null | undefined): Generator<Window> {
  let win = start;
  for (let depth = 0; win && depth <= 7; depth++) {
    yield win;
    const parent: Window | undefined = fromWindow(win, (w) => w.parent);
    if (!parent || parent === win) return;
    win = parent;
  }
}

/**
 * ADL's way to find what an LMS provides (SCORM 1.2 RTE 3.3.6.1): this window, then its parents,
 * then the window that opened it and that window's parents. `pick` returns the thing on one
 * window, or undefined.
 */
export function findUp<T>(start: Window, pick: (w: Window) => T | undefined): T | undefined {
  for (const win of upwards(start)) {
    const found = fromWindow(win, pick);
    if (found) return found;
  }
  for (const win of upwards(fromWindow(start, (w) => w.opener as Window | null))) {
    const found = fromWindow(win, pick);
    if (found) return found;
  }
  return undefined;
}

/** The LMS's SCORM 1.2 API, if this page runs inside an LMS. */
export function findApi(start: Window): Scorm12Api | undefined {
  return findUp(start, (w) => {
    const api = (w as Window & { API?: Scorm12Api }).API;
    return api && typeof api.LMSInitialize === 'function' ? api : undefined;
  });
}
