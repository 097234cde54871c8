import { clientScript } from '../shared/client-script';
import { storageNoticeStrings } from './lib/notice.contract';
import { moduleSaveStrings } from './lib/module-save.contract';
import { updateBarStrings } from './lib/service-worker.contract';
import { moduleStatusStrings } from './lib/module-status.contract';

/** A lesson page's script (lesson.ts): the module's status, "mark as read", and saving the module for offline reading. */
export const lessonScript = clientScript('lesson', [
  ...storageNoticeStrings.keys,
  'lesson.markRead', 'lesson.markedRead', 'lesson.status',
  ...moduleStatusStrings.keys,
  ...moduleSaveStrings.keys,
  ...updateBarStrings.keys,
], { progress: true });
