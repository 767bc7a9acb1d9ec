/**
 * Geometry of the sidebar's small bar charts, computed here so the sidebar
 * only creates SVG elements (no chart library, works offline) and the
 * numbers are tested. Coordinates are SVG user units; the sidebar is 300 px
 * wide, so charts default to 280 × 120.
 */

export interface Bar {
  label: string;
  value: number;
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface BarChart {
  width: number;
  height: number;
  /** The value a full-height (or full-width) bar stands for. */
  max: number;
  bars: Bar[];
}

const round = (n: number) => Math.round(n * 10) / 10;

/**
 * Vertical bars side by side (interviews per month), bottom-aligned, with a
 * 2-unit gap; a zero value gets no height. `max` is at least 1.
 *
 * @example layoutColumns([{label:'2026-01', value: 2}, {label:'2026-02', value: 4}], 100, 50).bars[0]
 *   // {label:'2026-01', value:2, x:0, y:25, width:49, height:25}
 */
export function layoutColumns(points: readonly { label: string; value: number }[], width = 280, height = 120, max?: number): BarChart {
  const top = Math.max(1, max ?? Math.max(0, ...points.map((point) => point.value)));
  const slot = points.length ? width / points.length : 0;
  const bars = points.map((point, index) => {
    const barHeight = round((Math.max(0, point.value) / top) * height);
    return {
      label: point.label,
      value: point.value,
      x: round(index * slot),
      y: round(height - barHeight),
      width: round(Math.max(slot - 2, 1)),
      height: barHeight,
    };
  });
  return { width, height, max: top, bars };
}

/**
 * Horizontal bars one under another (funnel, response rate by source), left-
 * aligned, each `rowHeight` tall with a 4-unit gap.
 */
export function layoutRows(points: readonly { label: string; value: number }[], width = 280, rowHeight = 18, max?: number): BarChart {
  const top = Math.max(Number.MIN_VALUE, max ?? Math.max(1, ...points.map((point) => point.value)));
  const bars = points.map((point, index) => ({
    label: point.label,
    value: point.value,
    x: 0,
    y: index * (rowHeight + 4),
    width: round((Math.max(0, point.value) / top) * width),
    height: rowHeight,
  }));
  return { width, height: Math.max(0, points.length * (rowHeight + 4) - 4), max: top, bars };
}
