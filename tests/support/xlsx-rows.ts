import ExcelJS from 'exceljs';
import type { ExportRow } from '../../admin/api/reports/report-export.ts';

/** The rows of an exported workbook's `report` sheet, by column name (empty cells left out, like null in the rows). */
export async function xlsxRows(payload: Buffer): Promise<ExportRow[]> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(payload as unknown as ArrayBuffer);
  const sheet = workbook.getWorksheet('report')!;
  const header = (sheet.getRow(1).values as unknown[]).slice(1).map(String);
  const rows: ExportRow[] = [];
  sheet.eachRow((row, n) => {
    if (n === 1) return;
    const values = (row.values as unknown[]).slice(1);
    rows.push(Object.fromEntries(header.map((c, i) => [c, values[i]]).filter(([, v]) => v !== undefined && v !== null)) as ExportRow);
  });
  return rows;
}
