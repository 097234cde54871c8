import { encode } from 'uqr';

/**
 * The QR encoder, kept out of the quiz page's first load: quiz.ts inserts this classic script only
 * when a participant makes a result code. It defines `window.bkQrSvg(text, label)`, which draws
 * the code as one SVG path with DOM calls (no HTML string, so nothing in `text` is parsed as markup).
 */
const svgNs = 'http://www.w3.org/2000/svg';

window.bkQrSvg = (text: string, label: string): SVGSVGElement => {
  const { data, size } = encode(text, { ecc: 'M', border: 2 });
  const svg = document.createElementNS(svgNs, 'svg');
  svg.setAttribute('viewBox', `0 0 ${size} ${size}`);
  svg.setAttribute('role', 'img');
  svg.setAttribute('aria-label', label);
  svg.setAttribute('shape-rendering', 'crispEdges');
  const background = document.createElementNS(svgNs, 'rect');
  background.setAttribute('width', String(size));
  background.setAttribute('height', String(size));
  background.setAttribute('fill', '#fff');
  let d = '';
  data.forEach((row, y) => row.forEach((dark, x) => {
    if (dark) d += `M${x} ${y}h1v1h-1z`;
  }));
  const path = document.createElementNS(svgNs, 'path');
  path.setAttribute('d', d);
  path.setAttribute('fill', '#000');
  svg.append(background, path);
  return svg;
};

declare global {
  interface Window {
    bkQrSvg?: (text: string, label: string) => SVGSVGElement;
  }
}
