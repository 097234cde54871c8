import { clientScript } from '../shared/client-script';

/** The action-plan worksheet's script (worksheet.ts): rows, saving, files, notices. */
export const worksheetScript = clientScript('worksheet', [
  'worksheet.cellLabel', 'worksheet.removeRow', 'worksheet.removeConfirm', 'worksheet.rowsFull', 'worksheet.saved',
  'worksheet.exported', 'worksheet.imported', 'worksheet.importFailed', 'worksheet.importConfirm', 'worksheet.clearConfirm',
  'worksheet.cleared', 'worksheet.unavailable', 'worksheet.full', 'worksheet.damaged', 'worksheet.damagedDownload',
  'worksheet.merged', 'worksheet.updatedElsewhere',
]);
