/**
 * Geometry of a horizontal grouped bar chart (the recap's charts: scores pre vs post, % correct
 * per skill pre vs post), kept apart from drawing so it can be tested without a DOM. One row per
 * group, one bar per series inside it, a value written at the end of each bar (so the chart reads
 * without colour), gridlines at quarters of the scale. Units are SVG user units; the SVG scales
 * to the width of its container.
 */

export interface BarGroup {
  /** Short label left of the group's bars (e.g. `p03` or `40–59%`). */
  label: string;
  /** One value per series; undefined draws no bar and writes `empty`. */
  values: (number | undefined)[];
}

export interface BarChartOptions {
  /** The value of a full-length bar. */
  max: number;
  /** How a value is written at the end of its bar. */
  format: (value: number) => string;
  /** Written where a series has no value. */
  empty: string;
}

export interface Bar {
  series: number;
  x: number;
  y: number;
  width: number;
  height: number;
  /** Where the value text starts (baseline), and the text. */
  textX: number;
  textY: number;
  text: string;
}

export interface BarChartLayout {
  width: number;
  height: number;
  rows: { label: string; labelX: number; labelY: number; bars: Bar[] }[];
  /** Vertical gridlines with their value text, at 0, ¼, ½, ¾ and all of `max`. */
  grid: { x: number; y1: number; y2: number; text: string }[];
}

const WIDTH = 640;
const LABEL = 80;
const VALUE_ROOM = 64;
const BAR = 14;
const BAR_GAP = 2;
const GROUP_GAP = 10;
const TOP = 6;
const AXIS = 22;

export function barChartLayout(groups: readonly BarGroup[], options: BarChartOptions): BarChartLayout {
  const series = Math.max(1, ...groups.map((g) => g.values.length));
  const span = WIDTH - LABEL - VALUE_ROOM;
  const max = options.max > 0 ? options.max : 1;
  const groupHeight = series * BAR + (series - 1) * BAR_GAP;
  const rows = groups.map((group, g) => {
    const top = TOP + g * (groupHeight + GROUP_GAP);
    const bars = group.values.map((value, s) => {
      const y = top + s * (BAR + BAR_GAP);
      const width = value === undefined ? 0 : Math.max(0, Math.min(1, value / max)) * span;
      return {
        series: s,
        x: LABEL,
        y,
        width,
        height: BAR,
        textX: LABEL + width + 4,
        textY: y + BAR - 3,
        text: value === undefined ? options.empty : options.format(value),
      };
    });
    return { label: group.label, labelX: LABEL - 6, labelY: top + groupHeight / 2 + 4, bars };
  });
  const bottom = TOP + groups.length * (groupHeight + GROUP_GAP) - GROUP_GAP + 4;
  const grid = [0, 0.25, 0.5, 0.75, 1].map((f) => ({ x: LABEL + f * span, y1: TOP - 2, y2: bottom, text: options.format(Math.round(f * max * 10) / 10) }));
  return { width: WIDTH, height: bottom + AXIS, rows, grid };
}
