import { describe, expect, it } from 'vitest';
import { pageText, pdfPageCount } from '../../entry-codes/testing/pdf-inspection.ts';
import type { ReportContent } from './report-content.ts';
import { renderReportPdf } from './report-pdf.ts';
import { reportSummary } from './report-summary.ts';

/** A half-year's protected figures, with small cells shown as `<5`. */
function content(overrides: Partial<ReportContent> = {}): ReportContent {
  return {
    municipality: { slug: 'demostad', name: 'Demostad' },
    kind: 'half_year',
    period: { from: '2026-01-01', to: '2026-06-30' },
    previousPeriod: { from: '2025-07-01', to: '2025-12-31' },
    k: 5,
    total: 1240,
    previousTotal: 1105,
    months: [
      { key: '2026-01', count: 180 }, { key: '2026-02', count: 205 }, { key: '2026-03', count: 230 },
      { key: '2026-04', count: 210 }, { key: '2026-05', count: 195 }, { key: '2026-06', count: 220 },
    ],
    themes: [{ key: 'housing', count: 420 }, { key: 'work', count: 310 }, { key: 'registration', count: 200 }, { key: 'abuse', count: '<5' }, { key: '', count: 35 }],
    languages: [{ key: 'pl', count: 530 }, { key: 'ro', count: 300 }, { key: 'bg', count: 150 }, { key: 'lv', count: '<5' }],
    channels: [{ key: 'whatsapp', count: 700 }, { key: 'webchat', count: 400 }, { key: 'telegram', count: 140 }],
    outcomes: [{ key: 'answered', count: 1000 }, { key: 'unanswered', count: 120 }, { key: 'handoff', count: 115 }, { key: 'urgent', count: '<5' }],
    referrals: [{ key: 'Juridisch Loket', count: 15 }, { key: 'FairWork', count: 10 }, { key: 'Veilig Thuis', count: '<5' }],
    referralTotal: 35,
    openGapGroups: 5,
    themeNames: {
      housing: { nl: 'Wonen', en: 'Housing' }, work: { nl: 'Werk', en: 'Work' },
      registration: { nl: 'Inschrijving & BSN', en: 'Registration & BSN' }, abuse: { nl: 'Uitbuiting & discriminatie', en: 'Exploitation & discrimination' },
    },
    generatedAt: new Date('2026-07-01T00:30:00+02:00'),
    ...overrides,
  };
}

const flat = (text: string) => text.replace(/\s+/g, ' ');
const allText = (pdf: Buffer) => flat(Array.from({ length: pdfPageCount(pdf) }, (_, i) => pageText(pdf, i)).join(' '));

describe('the report document', () => {
  it('in English: title, period, the summary and every chart with its published figures', async () => {
    const pdf = await renderReportPdf(content(), 'en');
    const text = allText(pdf);
    expect(text).toContain('Half-yearly report Demostad');
    expect(text).toContain('1 January 2026 to 30 June 2026');
    for (const sentence of reportSummary(content(), 'en')) expect(text).toContain(flat(sentence));
    expect(text).toContain('people asked the information bot 1,240 questions');
    expect(text).toContain('That is 12% more than in the period before (1,105)');
    expect(text).toContain('Most questions were about Housing (420), Work (310) and Registration & BSN (200).');
    expect(text).toContain('The languages used most were Polish (530), Romanian (300) and Bulgarian (150).');
    expect(text).toContain('People asked mostly through WhatsApp (700), Web chat (400) and Telegram (140).');
    expect(text).toContain('Workers referred people 35 times, most often to Juridisch Loket (15) and FairWork (10).');
    for (const part of ['Questions per month', 'Jan 2026', 'Questions per theme', 'Exploitation & discrimination <5', 'Latvian <5', 'Veilig Thuis <5', 'Urgent <5']) {
      expect(text).toContain(part);
    }
  });

  it('in Dutch, with Dutch names of languages, themes and months', async () => {
    const text = allText(await renderReportPdf(content(), 'nl'));
    expect(text).toContain('Halfjaarrapportage Demostad');
    expect(text).toContain('1 januari 2026 t/m 30 juni 2026');
    for (const sentence of reportSummary(content(), 'nl')) expect(text).toContain(flat(sentence));
    expect(text).toContain('stelden mensen 1.240 vragen');
    expect(text).toContain('De meeste vragen gingen over Wonen (420), Werk (310) en Inschrijving & BSN (200).');
    expect(text).toContain('Pools (530)');
    expect(text).toContain('Lets <5');
    expect(text).toContain('Open groepen onbeantwoorde of niet-behulpzame vragen (onderwerpen waar mogelijk informatie ontbreekt): 5.');
    expect(text).toContain('Vragen per maand');
  });

  it('writes a suppressed count as "<5" or "fewer than 5", never names it as a main one, and cannot compare with a suppressed total', async () => {
    const small = content({ total: 12, previousTotal: '<5', themes: [{ key: 'housing', count: 7 }, { key: 'work', count: '<5' }], openGapGroups: '<5', referralTotal: '<5', referrals: [{ key: 'GGD', count: '<5' }] });
    const sentences = reportSummary(small, 'en');
    expect(sentences.join(' ')).toContain('cannot be compared with the period before (fewer than 5)');
    expect(sentences.join(' ')).toContain('Most questions were about Housing (7).');
    expect(sentences.join(' ')).toContain('(topics where information may be missing): fewer than 5.');
    expect(sentences.join(' ')).toContain('Workers referred people fewer than 5 times.');
    expect(sentences.join(' ')).not.toMatch(/\((?:[1-4])\)/);
  });

  it('says so when nothing was asked, and renders a half-year', async () => {
    const empty = content({ total: 0, previousTotal: 0, months: [], themes: [], languages: [], channels: [], outcomes: [], referrals: [], referralTotal: 0, openGapGroups: 0 });
    expect(reportSummary(empty, 'en')).toEqual(['No questions were asked in this period.', 'No groups of unanswered questions are open.']);
    const pdf = await renderReportPdf(content(), 'nl');
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    expect(allText(await renderReportPdf(empty, 'en'))).toContain('No data in this period.');
  });
});
