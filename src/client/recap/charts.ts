import { barChartLayout, type BarGroup, type BarChartOptions } from '../../shared/bar-chart';

const svgNs = 'http://www.w3.org/2000/svg';

function el<K extends keyof SVGElementTagNameMap>(tag: K, attributes: Record<string, string | number>, text?: string): SVGElementTagNameMap[K] {
  const node = document.createElementNS(svgNs, tag);
  for (const [name, value] of Object.entries(attributes)) node.setAttribute(name, String(value));
  if (text !== undefined) node.textContent = text;
  return node;
}

/**
 * Draws a horizontal grouped bar chart (geometry: src/shared/bar-chart.ts) as an inline SVG at the
 * start of `figure`, replacing the previous one: no chart library, nothing fetched, text only set
 * through textContent. The SVG is one image for screen readers, labelled with `label`; the table
 * after the figure carries the same numbers. Series are told apart by fill and outline as well as
 * colour, with a legend, and every bar has its value written at its end.
 */
export function drawBarChart(figure: HTMLElement, groups: readonly BarGroup[], options: BarChartOptions, legend: readonly string[], label: string): void {
  const layout = barChartLayout(groups, options);
  const legendY = layout.height + 4;
  const svg = el('svg', { viewBox: `0 0 ${layout.width} ${legendY + 22}`, role: 'img', 'aria-label': label, class: 'bk-chart__svg' });
  for (const line of layout.grid) {
    svg.append(
      el('line', { x1: line.x, x2: line.x, y1: line.y1, y2: line.y2, class: 'bk-chart__grid' }),
      el('text', { x: line.x, y: line.y2 + 14, 'text-anchor': 'middle', class: 'bk-chart__axis' }, line.text),
    );
  }
  for (const row of layout.rows) {
    svg.append(el('text', { x: row.labelX, y: row.labelY, 'text-anchor': 'end', class: 'bk-chart__label' }, row.label));
    for (const bar of row.bars) {
      if (bar.width > 0) svg.append(el('rect', { x: bar.x, y: bar.y, width: bar.width, height: bar.height, class: `bk-chart__bar bk-chart__bar--${bar.series}` }));
      svg.append(el('text', { x: bar.textX, y: bar.textY, class: 'bk-chart__value' }, bar.text));
    }
  }
  legend.forEach((name, series) => {
    const x = 80 + series * 150;
    svg.append(
      el('rect', { x, y: legendY + 4, width: 14, height: 14, class: `bk-chart__bar bk-chart__bar--${series}` }),
      el('text', { x: x + 20, y: legendY + 16, class: 'bk-chart__label' }, name),
    );
  });
  figure.querySelector('svg')?.remove();
  figure.append(svg);
}
