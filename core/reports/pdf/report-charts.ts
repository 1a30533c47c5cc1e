import type { PublishedCount } from './report-content.ts';

/**
 * The report's charts, drawn from the data with pdfkit's vector drawing:
 * no chart library, no SVG step, no browser. The labels and values are
 * real PDF text (selectable, read by screen readers and by the tests'
 * text extractor), and a chart of a half-year draws in milliseconds.
 *
 * A suppressed count (`<5`) has no length: its bar is an empty outline of a
 * fixed small width, the same for every suppressed bar, with `<5` written
 * next to it — the chart shows no more than the table does.
 */

/** One bar: its label, the published count and how the count is written. */
export interface ChartBar {
  label: string;
  count: PublishedCount;
  /** The count as printed (`1.240`, `<5`). */
  value: string;
  /** A second label line under a column (the year, when a long period's months are labelled short). */
  sublabel?: string;
}

/** Fonts registered on the document (`regular`, `bold`) and the colours. */
export const CHART_STYLE = {
  bar: '#2b6cb0',
  suppressed: '#a0aec0',
  axis: '#718096',
  ink: '#1a1a1a',
  muted: '#4a4a4a',
  fontSize: 9,
} as const;

const ROW = 15;
const BAR = 10;
/** Width of a suppressed bar's outline: a fixed mark, not a length. */
const SUPPRESSED_WIDTH = 5;

/** The text cut to `width` at the current font, with an ellipsis when it was too long. */
function fitted(doc: PDFKit.PDFDocument, text: string, width: number): string {
  if (doc.widthOfString(text) <= width) return text;
  let cut = text;
  while (cut.length > 1 && doc.widthOfString(`${cut}…`) > width) cut = cut.slice(0, -1);
  return `${cut.trimEnd()}…`;
}

const largest = (bars: readonly ChartBar[]) => Math.max(1, ...bars.map((b) => (typeof b.count === 'number' ? b.count : 0)));

/** Height of a horizontal bar chart of `n` bars. */
export function barChartHeight(n: number): number {
  return Math.max(1, n) * ROW;
}

/**
 * Horizontal bars, one per row: the label left (cut with an ellipsis when
 * too long), the bar, the value after it. Returns the height used.
 */
export function drawBarChart(doc: PDFKit.PDFDocument, box: { x: number; y: number; width: number }, bars: readonly ChartBar[]): number {
  const labelWidth = Math.min(170, box.width * 0.34);
  const valueWidth = 48;
  const area = box.width - labelWidth - valueWidth - 8;
  const max = largest(bars);
  doc.save();
  bars.forEach((bar, i) => {
    const top = box.y + i * ROW;
    doc.font('regular').fontSize(CHART_STYLE.fontSize).fillColor(CHART_STYLE.ink);
    doc.text(fitted(doc, bar.label, labelWidth - 8), box.x, top + 1, { lineBreak: false });
    const x = box.x + labelWidth;
    let end: number;
    if (typeof bar.count === 'number') {
      const length = Math.max(bar.count > 0 ? 1 : 0, (bar.count / max) * area);
      if (length > 0) doc.rect(x, top + (ROW - BAR) / 2, length, BAR).fill(CHART_STYLE.bar);
      end = x + length;
    } else {
      doc.lineWidth(0.75).rect(x + 0.5, top + (ROW - BAR) / 2 + 0.5, SUPPRESSED_WIDTH - 1, BAR - 1).stroke(CHART_STYLE.suppressed);
      end = x + SUPPRESSED_WIDTH;
    }
    doc.font('bold').fontSize(CHART_STYLE.fontSize).fillColor(CHART_STYLE.ink)
      .text(bar.value, end + 4, top + 1, { width: valueWidth + 4, lineBreak: false });
  });
  doc.moveTo(box.x + labelWidth, box.y).lineTo(box.x + labelWidth, box.y + barChartHeight(bars.length)).lineWidth(0.5).stroke(CHART_STYLE.axis);
  doc.restore();
  return barChartHeight(bars.length);
}

/** Height of the column chart (columns, values above, labels below). */
export const COLUMN_CHART_HEIGHT = 150;

/**
 * Vertical columns over time (one per month): the value above each column,
 * the month under it. Returns the height used.
 */
export function drawColumnChart(doc: PDFKit.PDFDocument, box: { x: number; y: number; width: number }, bars: readonly ChartBar[]): number {
  const labelHeight = bars.some((bar) => bar.sublabel) ? 22 : 14;
  const valueHeight = 12;
  const plot = COLUMN_CHART_HEIGHT - labelHeight - valueHeight;
  const baseline = box.y + valueHeight + plot;
  const slot = box.width / Math.max(1, bars.length);
  const width = Math.min(36, slot * 0.7);
  const max = largest(bars);
  const fontSize = bars.length > 12 ? 6.5 : 8;
  doc.save();
  bars.forEach((bar, i) => {
    const centre = box.x + slot * i + slot / 2;
    let top: number;
    if (typeof bar.count === 'number') {
      const height = Math.max(bar.count > 0 ? 1 : 0, (bar.count / max) * plot);
      if (height > 0) doc.rect(centre - width / 2, baseline - height, width, height).fill(CHART_STYLE.bar);
      top = baseline - height;
    } else {
      doc.lineWidth(0.75).rect(centre - width / 2 + 0.5, baseline - SUPPRESSED_WIDTH + 0.5, width - 1, SUPPRESSED_WIDTH - 1).stroke(CHART_STYLE.suppressed);
      top = baseline - SUPPRESSED_WIDTH;
    }
    doc.font('bold').fontSize(fontSize).fillColor(CHART_STYLE.ink)
      .text(bar.value, centre - slot / 2, top - valueHeight + 2, { width: slot, align: 'center', lineBreak: false });
    doc.font('regular').fontSize(fontSize).fillColor(CHART_STYLE.muted)
      .text(bar.label, centre - slot / 2, baseline + 4, { width: slot, align: 'center', lineBreak: false });
    if (bar.sublabel) doc.text(bar.sublabel, centre - slot / 2, baseline + 4 + fontSize + 1, { width: slot, align: 'center', lineBreak: false });
  });
  doc.moveTo(box.x, baseline).lineTo(box.x + box.width, baseline).lineWidth(0.5).stroke(CHART_STYLE.axis);
  doc.restore();
  return COLUMN_CHART_HEIGHT;
}
