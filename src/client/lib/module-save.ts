import type { Ui } from './ui-strings';
import type { moduleSaveStrings } from './module-save.contract';
import { moduleCaches, saveLockName, savedState } from '../../browser/saved-modules';

export type ModuleSaveKey = (typeof moduleSaveStrings.keys)[number];

type View = 'none' | 'saved' | 'interrupted' | 'saving';

/** The service worker's answer to a save: `saved`, or `failed` with a reason (`busy`, `storage`, …). */
export interface SaveReply {
  type: string;
  reason?: string;
  done?: number;
  total?: number;
}

const locks = () => navigator.locks as LockManager | undefined;
const lockHeld = async (id: string) => Boolean((await locks()?.query())?.held?.some((l) => l.name === saveLockName(id)));

/**
 * Asks the service worker to save one module (all files or none, a completion marker last:
 * src/sw/save-module.ts) and waits for its answer; `onProgress` gets the files done so far. Used by
 * the box on a lesson page and by "Simpan semua modul" on the home page.
 */
export async function requestSave(id: string, onProgress?: (done: number, total: number) => void): Promise<SaveReply> {
  let watch: ReturnType<typeof setInterval> | undefined;
  const reply = await new Promise<SaveReply>((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = ({ data }: MessageEvent<SaveReply>) => {
      if (data.type === 'progress') onProgress?.(data.done!, data.total!);
      else resolve(data);
    };
    navigator.serviceWorker.ready.then((reg) => reg.active?.postMessage({ type: 'bk-save', module: id }, [channel.port2]));
    // A worker stopped mid-save never answers: once nobody holds the save lock, storage tells.
    if (locks()) watch = setInterval(() => void lockHeld(id).then((held) => held || resolve({ type: 'failed' }), () => undefined), 15_000);
  });
  clearInterval(watch);
  return reply;
}

/** Whether a module is saved completely on this device (its completion marker is there). */
export const isModuleSaved = async (id: string): Promise<boolean> => (await savedState(id).catch(() => 'none')) === 'saved';

/**
 * The "save this module" box on a lesson page. The service worker does the saving (all files or
 * none, a completion marker last: src/sw/save-module.ts); this box asks it to, shows progress, and
 * shows only what storage proves: saved (the marker is there), interrupted (a copy without its
 * marker, offered again), or being saved elsewhere (its lock is held, another tab or an update).
 */
export function initModuleSave(box: HTMLElement, ui: Ui<ModuleSaveKey>): void {
  const id = box.dataset.bkSave ?? '';
  const save = box.querySelector<HTMLButtonElement>('[data-bk-save-button]');
  const remove = box.querySelector<HTMLButtonElement>('[data-bk-remove-button]');
  const status = box.querySelector<HTMLElement>('[data-bk-save-status]');
  if (!id || !save || !remove || !status) return;
  let saving = false;
  const render = (view: View, message?: string) => {
    save.hidden = view === 'saved' || view === 'saving';
    remove.hidden = view === 'none' || view === 'saving';
    status.textContent = message ?? (view === 'none' ? '' : ui(`offline.${view}`));
  };
  const stored = () => savedState(id).catch(() => 'none' as const);
  const refresh = async () => {
    if (saving) return;
    const state = await stored();
    render(state !== 'saved' && (await lockHeld(id).catch(() => false)) ? 'saving' : state);
  };
  box.hidden = false;
  void refresh();
  navigator.serviceWorker.addEventListener('message', (e: MessageEvent<SaveReply & { module?: string }>) => {
    if (e.data?.type === 'bk-saved' && e.data.module === id) void refresh();
  });

  save.addEventListener('click', async () => {
    saving = true;
    render('saving');
    const reply = await requestSave(id, (done, total) => (status.textContent = ui('offline.savingProgress', { done, total })));
    saving = false;
    const state = await stored();
    if (state === 'saved') return render(state);
    const reason = reply.type === 'saved' ? '' : reply.reason;
    render(reason === 'busy' ? 'saving' : state, ui(reason === 'busy' ? 'offline.busy' : reason === 'storage' ? 'offline.saveFull' : 'offline.saveFailed'));
  });

  remove.addEventListener('click', async () => {
    const drop = async () => {
      for (const name of await moduleCaches(id)) await caches.delete(name);
    };
    // Waits for a save in progress to end, so it cannot leave a copy behind.
    const lockManager = locks();
    await (lockManager ? lockManager.request(saveLockName(id), drop) : drop()).catch(() => undefined);
    render('none', ui('offline.removed'));
    save.focus();
  });
}
