import { clientScript } from '../shared/client-script';

/** The print button of the printable pages (print.ts): no text of its own. */
export const printScript = clientScript('print');
