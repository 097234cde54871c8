import jsQR from 'jsqr';

/**
 * The QR decoder (jsQR, a maintained pure-JavaScript reader), kept out of the recap's first load:
 * src/client/recap/scanner.ts inserts this classic script only when the trainer starts the
 * camera. It works from file:// (no module, no worker, no fetch) and defines
 * `window.bkQrDecode(pixels, width, height)`, which returns the text of a QR code in an RGBA
 * frame, or null.
 */
window.bkQrDecode = (pixels: Uint8ClampedArray, width: number, height: number): string | null =>
  // Result-code QR codes are always dark on a white square, so inverted frames need no second pass.
  jsQR(pixels, width, height, { inversionAttempts: 'dontInvert' })?.data ?? null;

declare global {
  interface Window {
    bkQrDecode?: (pixels: Uint8ClampedArray, width: number, height: number) => string | null;
  }
}
