import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { exportColumns, exportRows, reportCsv, reportXlsx, type ExportRow } from './report-export.ts';
import { xlsxRows } from '../../../tests/support/xlsx-rows.ts';

const period = { from: '2026-01-01', to: '2026-06-30' };


const withoutNulls = (rows: ExportRow[]) => rows.map((r) => Object.fromEntries(Object.entries(r).filter(([, v]) => v !== null && v !== undefined)));

describe('exportRows', () => {
  it('a plain table: one row per cell and one for the total', () => {
    const rows = exportRows({ cells: [{ theme: 'housing', language: 'pl', count: 10 }, { theme: 'work', language: 'lt', count: '<5' }], total: 20 }, 'questions');
    expect(rows).toEqual([
      { table: 'questions', theme: 'housing', language: 'pl', count: 10 },
      { table: 'questions', theme: 'work', language: 'lt', count: '<5' },
      { table: 'questions.total', count: 20 },
    ]);
  });

  it('a view: its figures, its tables, and nested lists labelled by their parent', () => {
    const answer = {
      organization: { slug: 'demostad' }, view: 'x', period, data: {
        count: 15,
        waitingMinutes: { median: 12, p90: null, of: 15 },
        byOutcome: { cells: [{ outcome: 'resolved', count: 10 }], total: 15 },
        languages: [{ language: 'pl', tiles: [{ tile: 'a', rated: 10, helpfulRate: 0.5 }] }],
        themes: [{ theme: null, questions: '<5', answered: { count: '<5', denominator: 'questions', of: '<5', rate: null } }],
      },
    };
    expect(exportRows(answer, 'handoffs')).toEqual([
      { table: 'handoffs', count: 15, 'waitingMinutes.median': 12, 'waitingMinutes.p90': null, 'waitingMinutes.of': 15 },
      { table: 'byOutcome', outcome: 'resolved', count: 10 },
      { table: 'byOutcome.total', count: 15 },
      { table: 'languages.tiles', language: 'pl', tile: 'a', rated: 10, helpfulRate: 0.5 },
      { table: 'themes', theme: null, questions: '<5', 'answered.count': '<5', 'answered.denominator': 'questions', 'answered.of': '<5', 'answered.rate': null },
    ]);
  });

  it('a region: every municipality\'s rows with its slug', () => {
    const answer = { municipalities: [
      { slug: 'a', name: 'A', data: { byTheme: { cells: [{ theme: 'work', count: 5 }], total: 5 } } },
      { slug: 'b', name: 'B', data: { byTheme: { cells: [], total: '<5' } } },
    ] };
    expect(exportRows(answer, 'overview')).toEqual([
      { table: 'byTheme', municipality: 'a', theme: 'work', count: 5 },
      { table: 'byTheme.total', municipality: 'a', count: 5 },
      { table: 'byTheme.total', municipality: 'b', count: '<5' },
    ]);
    expect(exportColumns(exportRows(answer, 'overview'))).toEqual(['table', 'municipality', 'theme', 'count']);
  });
});

describe('CSV and XLSX', () => {
  const rows = exportRows({ cells: [
    { theme: 'housing', language: 'pl', count: 10 }, { theme: null, language: 'lt', count: '<5' }, { theme: '=cmd', language: 'ro', count: 5 },
  ], total: 20 }, 'questions');

  it('CSV: a header and the same rows; "<5" stays "<5", null is empty, a formula is escaped', () => {
    const csv = reportCsv(rows);
    const parsed = parse(csv, { columns: true }) as Array<Record<string, string>>;
    expect(Object.keys(parsed[0])).toEqual(['table', 'theme', 'language', 'count']);
    expect(parsed.map((r) => r.count)).toEqual(['10', '<5', '5', '20']);
    expect(parsed[1].theme).toBe('');
    expect(parsed[2].theme).toBe("'=cmd");
    expect(csv).toContain('\r\n');
  });

  it('XLSX: sheet "report" holds exactly the rows (numbers as numbers), sheet "about" the period and k', async () => {
    const buffer = await reportXlsx(rows, { organization: 'demostad', view: 'questions', period, k: 5, filters: { language: 'pl', theme: undefined } });
    expect(buffer.subarray(0, 2).toString()).toBe('PK');
    expect(await xlsxRows(buffer)).toEqual(withoutNulls(rows));
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(buffer as unknown as ArrayBuffer);
    const about = workbook.getWorksheet('about')!;
    const pairs = Object.fromEntries(about.getSheetValues().filter(Boolean).map((r) => [(r as unknown[])[1], (r as unknown[])[2]]));
    expect(pairs).toMatchObject({ organization: 'demostad', from: '2026-01-01', to: '2026-06-30', k: 5, 'filter language': 'pl' });
    expect(pairs).not.toHaveProperty('filter theme');
  });
});
