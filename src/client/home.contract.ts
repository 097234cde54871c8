import { clientScript } from '../shared/client-script';
import { storageNoticeStrings } from './lib/notice.contract';
import { moduleStatusStrings } from './lib/module-status.contract';
import { updateBarStrings } from './lib/service-worker.contract';

/** The home page's script (home.ts): each module's status, the course progress, and "save all modules". */
export const homeScript = clientScript('home', [
  ...storageNoticeStrings.keys,
  ...moduleStatusStrings.keys,
  'home.courseProgress',
  'offline.saveAllCount', 'offline.saveAllProgress', 'offline.saveAllDone', 'offline.saveAllFailed',
  ...updateBarStrings.keys,
], { progress: true });
