import { clientScript } from '../shared/client-script';

/** The QR decoder (qr-scan.ts), loaded by the recap only when the trainer starts the camera; it shows no text. */
export const qrScanScript = clientScript('qr-scan');
