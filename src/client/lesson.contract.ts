import { clientScript } from '../shared/client-script';
import { storageNoticeStrings } from './lib/notice.contract';
import { moduleSaveStrings } from './lib/module-save.contract';
import { updateBarStrings } from './lib/service-worker.contract';

/** A lesson page's script (lesson.ts): "mark as read", and saving the module for offline reading. */
export const lessonScript = clientScript('lesson', [
  ...storageNoticeStrings.keys,
  'lesson.markRead', 'lesson.markedRead',
  ...moduleSaveStrings.keys,
  ...updateBarStrings.keys,
]);
