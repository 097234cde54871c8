import { qrPath } from '../shared/qr';

/**
 * The QR encoder, kept out of the quiz page's first load: the result-code box (src/client/quiz/
 * result-code.ts) inserts this classic script only when a participant makes a code. It defines
 * `window.bkQrSvg(text, label)`, which draws the code as one SVG path with DOM calls (no HTML
 * string, so nothing in `text` is parsed as markup).
 */
const svgNs = 'http://www.w3.org/2000/svg';

window.bkQrSvg = (text: string, label: string): SVGSVGElement => {
  const { size, d } = qrPath(text);
  const svg = document.createElementNS(svgNs, 'svg');
  svg.setAttribute('viewBox', `0 0 ${size} ${size}`);
  svg.setAttribute('role', 'img');
  svg.setAttribute('aria-label', label);
  svg.setAttribute('shape-rendering', 'crispEdges');
  const background = document.createElementNS(svgNs, 'rect');
  background.setAttribute('width', String(size));
  background.setAttribute('height', String(size));
  background.setAttribute('fill', '#fff');
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
