import { describe, expect, it } from 'vitest';
import { barChartLayout } from '../../src/shared/bar-chart';

describe('bar chart layout', () => {
  const layout = barChartLayout(
    [
      { label: 'p01', values: [50, 100] },
      { label: 'p02', values: [undefined, 0] },
    ],
    { max: 100, format: (v) => `${v}%`, empty: '–' },
  );

  it('draws one row per group and one bar per series, as long as its value', () => {
    expect(layout.rows.map((r) => r.label)).toEqual(['p01', 'p02']);
    const [half, full] = layout.rows[0]!.bars;
    expect(full!.width).toBeCloseTo(half!.width * 2);
    expect(layout.rows[1]!.bars.map((b) => b.width)).toEqual([0, 0]);
  });

  it('writes every value, and a mark where there is none, so the chart reads without colour', () => {
    expect(layout.rows.flatMap((r) => r.bars.map((b) => b.text))).toEqual(['50%', '100%', '–', '0%']);
  });

  it('stacks rows without overlap and puts gridlines at quarters of the scale', () => {
    const ys = layout.rows.flatMap((r) => r.bars.map((b) => [b.y, b.y + b.height]));
    for (let i = 1; i < ys.length; i++) expect(ys[i]![0]).toBeGreaterThanOrEqual(ys[i - 1]![1]!);
    expect(layout.grid.map((g) => g.text)).toEqual(['0%', '25%', '50%', '75%', '100%']);
    expect(layout.height).toBeGreaterThan(ys.at(-1)![1]!);
  });
});
