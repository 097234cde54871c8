import { encode } from 'uqr';

/**
 * A QR code as one SVG path (no network, no image file): uqr encodes, and each row's dark runs
 * become one path segment, which keeps a typical URL code near 2 KB (uqr's own `renderSVG` draws
 * one rectangle per module, ~8 KB). The build draws slide QR codes with `qrSvg`; the quiz page's
 * result-code QR (src/client/qr.ts) draws the same path with DOM calls.
 */
export function qrPath(text: string): { size: number; d: string } {
  const { data, size } = encode(text, { ecc: 'M', border: 2 });
  let d = '';
  data.forEach((row, y) => {
    for (let x = 0; x < size; x++) {
      if (!row[x]) continue;
      let run = 1;
      while (x + run < size && row[x + run]) run++;
      d += `M${x} ${y}h${run}v1h-${run}z`;
      x += run - 1;
    }
  });
  return { size, d };
}

/** The QR code as a small inline SVG string, labelled for screen readers. */
export function qrSvg(text: string, label: string): string {
  const { size, d } = qrPath(text);
  const escaped = label.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
  return (
    `<svg class="bk-qr" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${size} ${size}" role="img" aria-label="${escaped}" shape-rendering="crispEdges">` +
    `<rect width="${size}" height="${size}" fill="#fff"/><path fill="#000" d="${d}"/></svg>`
  );
}
