/*
 * The default themes are plain data (names in English and Dutch, no imports):
 * the only core module the dashboard bundles, so a theme key reads as its name.
 */
import { DEFAULT_THEMES } from '../../../../../core/content/default-themes.ts';
import { useSession } from '../../shell/session.tsx';
import { useTexts, type UiLanguage } from '../../shell/texts.ts';
import type { Cell, QuestionsReport } from './reports-api.ts';
import type { ChartModel, ChartRow } from './report-chart.tsx';
import { REPORT_TEXTS } from './reports-texts.ts';

/** The channels, outcomes and entry-point kinds the log knows (filters and labels). */
export const CHANNELS = ['webchat', 'telegram', 'whatsapp'] as const;
export const OUTCOMES = ['answered', 'clarify', 'unanswered', 'handoff', 'urgent'] as const;
export const ENTRY_KINDS = ['municipality', 'employer', 'housing_provider', 'region'] as const;
export const THEME_KEYS: readonly string[] = DEFAULT_THEMES.map((t) => t.key);

/** A language code's name in the interface language (`pl` → Polish / Pools). */
export function languageName(code: string, ui: UiLanguage): string {
  try {
    return new Intl.DisplayNames([ui], { type: 'language' }).of(code) ?? code;
  } catch {
    return code;
  }
}

/** Month `YYYY-MM` as `Jan 2026` / `jan 2026`. */
export function monthLabel(month: string, language: string): string {
  const [year, number] = month.split('-').map(Number);
  if (!year || !number) return month;
  return new Intl.DateTimeFormat(language === 'nl' ? 'nl-NL' : 'en-GB', { month: 'short', year: 'numeric', timeZone: 'UTC' })
    .format(new Date(Date.UTC(year, number - 1, 1)));
}

/** A theme key's name in the interface language (its key when it is not a default theme). */
export function themeName(key: string, ui: UiLanguage): string {
  return DEFAULT_THEMES.find((t) => t.key === key)?.names[ui] ?? key;
}

/** Words for the values of every dimension of the reports. */
export function useValueLabel(): (dimension: string, value: string | number | null | undefined) => string {
  const t = useTexts(REPORT_TEXTS);
  const { language } = useSession();
  return (dimension, value) => {
    if (value === null || value === undefined || value === '') return t.unknown;
    const text = String(value);
    switch (dimension) {
      case 'theme': return themeName(text, language);
      case 'language': return languageName(text, language);
      case 'channel': return t.channels[text] ?? text;
      case 'outcome': return t.outcomes[text] ?? text;
      case 'entry':
      case 'entryKind': {
        // `employer` or `employer:CODE` (kind and code).
        const [kind, code] = text.split(':');
        const name = t.entries[kind] ?? kind;
        return code ? `${name}: ${code}` : name;
      }
      case 'employmentType': return t.employment[text] ?? text;
      case 'housingType': return t.housing[text] ?? text;
      default: return text;
    }
  };
}

/** The value of a cell's dimension (`entry` may come as `entry` or `entryKind`). */
export function cellValue(cell: Cell, dimension: string): string | number | null | undefined {
  return cell[dimension] as string | number | null | undefined;
}

/** A one-dimension breakdown (`by=theme`…) as a bar chart model, largest first (suppressed cells last). */
export function breakdownModel(options: {
  id: string;
  title: string;
  category: string;
  seriesLabel: string;
  dimension: string;
  report: QuestionsReport;
  label: (dimension: string, value: string | number | null | undefined) => string;
  exports?: { csv: string; xlsx: string };
}): ChartModel {
  const { report, dimension } = options;
  const rows: ChartRow[] = report.cells.map((cell) => {
    const value = cellValue(cell, dimension);
    return { key: String(value ?? ''), label: options.label(dimension, value), values: { count: cell.count } };
  });
  const size = (row: ChartRow) => (typeof row.values.count === 'number' ? row.values.count : -1);
  rows.sort((a, b) => size(b) - size(a));
  return {
    id: options.id, title: options.title, category: options.category, kind: 'bar',
    series: [{ key: 'count', label: options.seriesLabel }], rows, total: report.total, exports: options.exports,
  };
}
