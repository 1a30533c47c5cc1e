import PDFDocument from 'pdfkit';
import { flyerFonts } from '../../entry-codes/flyer-fonts.ts';
import { COLUMN_CHART_HEIGHT, CHART_STYLE, barChartHeight, drawBarChart, drawColumnChart, type ChartBar } from './report-charts.ts';
import { largestFirst, type PublishedCount, type ReportContent, type ReportRow } from './report-content.ts';
import { reportSummary, themeName } from './report-summary.ts';
import { REPORT_TEXTS, fill, reportFormat, type ReportLanguage } from './report-texts.ts';
import { pdfBytes } from '../../platform/pdf-output.ts';

/**
 * The report as an A4 PDF in one language: title and period, the summary
 * in plain language, then the charts (questions per month, per theme, per
 * language, per channel), the outcomes and the referrals per agency as
 * tables, and a note on how small counts are shown. Text in an embedded
 * DejaVu Sans (every letter of the municipality's and agencies' names).
 */

/** A4 in PDF points. */
const PAGE = { width: 595.28, height: 841.89, margin: 48 } as const;
const WIDTH = PAGE.width - 2 * PAGE.margin;
const BOTTOM = PAGE.height - PAGE.margin;
const ACCENT = '#2b6cb0';

/** The document's title: "Halfjaarrapportage Demostad". */
export function reportTitle(content: Pick<ReportContent, 'kind' | 'municipality'>, language: ReportLanguage): string {
  const texts = REPORT_TEXTS[language];
  return fill(content.kind === 'half_year' ? texts.titleHalfYear : texts.titleOnDemand, { name: content.municipality.name });
}

/** Renders the report. Pure: the same content and language give the same pages. */
export async function renderReportPdf(content: ReportContent, language: ReportLanguage): Promise<Buffer> {
  const texts = REPORT_TEXTS[language];
  const format = reportFormat(language);
  const fonts = flyerFonts();
  const title = reportTitle(content, language);
  const doc = new PDFDocument({
    size: 'A4', margin: PAGE.margin, lang: language, displayTitle: true,
    info: { Title: title, Subject: format.period(content.period), Creator: 'migrant-info-bot', CreationDate: content.generatedAt },
  });
  const done = pdfBytes(doc);
  doc.registerFont('regular', fonts.regular);
  doc.registerFont('bold', fonts.bold);
  const value = (count: PublishedCount) => (typeof count === 'number' ? format.number(count) : count);
  const bars = (rows: readonly ReportRow[], label: (key: string) => string): ChartBar[] =>
    rows.map((row) => ({ label: label(row.key), count: row.count, value: value(row.count) }));

  // Up to a year's months are labelled `jan 2026`; a longer period's `jan` with the year under it.
  const monthBars = (rows: readonly ReportRow[]): ChartBar[] => rows.map((row) => ({
    count: row.count, value: value(row.count),
    ...(rows.length <= 12 ? { label: format.month(row.key) } : { label: format.month(row.key).split(' ')[0], sublabel: row.key.slice(0, 4) }),
  }));

  /** A heading and a block of `height`; a new page first when they do not fit. */
  const section = (heading: string, height: number, draw: (y: number) => void) => {
    if (doc.y + 30 + height > BOTTOM) doc.addPage();
    doc.moveDown(0.8).font('bold').fontSize(13).fillColor(CHART_STYLE.ink).text(heading, PAGE.margin, doc.y, { width: WIDTH });
    const top = doc.y + 6;
    draw(top);
    doc.x = PAGE.margin;
    doc.y = top + height;
  };
  const chart = (heading: string, rows: readonly ReportRow[], label: (key: string) => string) => {
    if (rows.length === 0) {
      section(heading, 14, (y) => doc.font('regular').fontSize(10).fillColor(CHART_STYLE.muted).text(texts.noData, PAGE.margin, y, { width: WIDTH }));
      return;
    }
    section(heading, barChartHeight(rows.length), (y) => drawBarChart(doc, { x: PAGE.margin, y, width: WIDTH }, bars(largestFirst(rows), label)));
  };

  doc.font('bold').fontSize(22).fillColor(CHART_STYLE.ink).text(title, { width: WIDTH });
  doc.moveDown(0.2).font('regular').fontSize(12).fillColor(CHART_STYLE.muted).text(format.period(content.period), { width: WIDTH });
  const made = new Intl.DateTimeFormat(language === 'nl' ? 'nl-NL' : 'en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'Europe/Amsterdam' }).format(content.generatedAt);
  doc.font('regular').fontSize(9).text(fill(texts.generated, { date: made }), { width: WIDTH });
  doc.rect(PAGE.margin, doc.y + 6, 90, 3).fill(ACCENT);
  doc.y += 12;

  doc.moveDown(0.8).font('bold').fontSize(15).fillColor(CHART_STYLE.ink).text(texts.summaryHeading, PAGE.margin, doc.y, { width: WIDTH });
  doc.moveDown(0.3);
  for (const sentence of reportSummary(content, language)) {
    doc.font('regular').fontSize(10.5).fillColor(CHART_STYLE.ink).text(sentence, PAGE.margin + 12, doc.y, { width: WIDTH - 12, lineGap: 1.5 });
    doc.moveDown(0.35);
  }

  section(texts.chartOverTime, COLUMN_CHART_HEIGHT, (y) => drawColumnChart(doc, { x: PAGE.margin, y, width: WIDTH }, monthBars(content.months)));
  chart(texts.chartThemes, content.themes, (key) => themeName(content, key, language));
  chart(texts.chartLanguages, content.languages, format.languageName);
  chart(texts.chartChannels, content.channels, (key) => texts.channels[key] ?? key);
  chart(texts.tableOutcomes, content.outcomes, (key) => texts.outcomes[key] ?? key);
  chart(texts.tableReferrals, content.referrals, (key) => key);

  doc.moveDown(1.2);
  if (doc.y + 40 > BOTTOM) doc.addPage();
  doc.font('regular').fontSize(8.5).fillColor(CHART_STYLE.muted).text(fill(texts.disclosureNote, { k: content.k }), PAGE.margin, doc.y, { width: WIDTH });
  doc.end();
  return done;
}
