/**
 * The device's localStorage as every store on the site reaches it: private mode, a blocked
 * storage or a sandboxed frame make `window.localStorage` itself throw, so each store asks here
 * and treats `undefined` as "this visit only".
 */
export function localStore(): Storage | undefined {
  try {
    return window.localStorage ?? undefined;
  } catch {
    return undefined;
  }
}

/**
 * Why a write failed, for the store's notice: `full` when the browser's quota is reached (the
 * learner can free space), `unavailable` for anything else. Browsers name the quota error
 * differently (QuotaExceededError, NS_ERROR_DOM_QUOTA_REACHED); old WebKit only gives code 22.
 */
export function writeFailure(error: unknown): 'full' | 'unavailable' {
  const name = (error as { name?: string }).name ?? '';
  return /quota/i.test(name) || (error as { code?: number }).code === 22 ? 'full' : 'unavailable';
}
