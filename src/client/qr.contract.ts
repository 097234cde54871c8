import { clientScript } from '../shared/client-script';

/** The QR encoder (qr.ts), loaded by quiz.ts only when a result code is made; its label comes from the caller. */
export const qrScript = clientScript('qr');
