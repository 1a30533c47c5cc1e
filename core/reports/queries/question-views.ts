import { protectCount, type Count } from '../disclosure.ts';
import { cellCount, publishTable, publishedRate, type PublishedRate, type PublishedTable, type ViewContext } from './published.ts';
import { countQuestionSets, countQuestions } from './question-counts.ts';
import type { PublicDimension, QuestionDimension, ReportWhere } from './report-query.ts';

/**
 * The dashboard's question views, built from raw counts of question_logs and
 * published only through core/reports/disclosure: the main table (`by=`),
 * the overview (over time and by every dimension), the funnel per theme and
 * the change against the previous period.
 */

/** A published table over `dims`, as GET /api/reports/:slug/questions answers it. */
export async function questionTable(ctx: ViewContext, dims: readonly PublicDimension[]): Promise<PublishedTable> {
  return publishTable(await countQuestions(ctx.db, ctx.where, dims), dims, ctx.k);
}

/** Questions over time: per month (`YYYY-MM`) or per week (its Monday, `YYYY-MM-DD`). */
export type Granularity = 'month' | 'week';

export interface OverviewView {
  total: Count;
  overTime: PublishedTable & { granularity: Granularity };
  byTheme: PublishedTable;
  byLanguage: PublishedTable;
  byChannel: PublishedTable;
  byEntry: PublishedTable;
  byOutcome: PublishedTable;
}

/** Questions over time and by theme, language, channel, entry point and outcome; each table protected on its own. */
export async function overviewView(ctx: ViewContext, granularity: Granularity): Promise<OverviewView> {
  const [time, theme, language, channel, entry, outcome] = await countQuestionSets(ctx.db, ctx.where, [[granularity], ['theme'], ['language'], ['channel'], ['entry'], ['outcome']]);
  const overTime = publishTable(time.map((c) => ({ period: c[granularity] ?? null, count: c.count })), ['period'], ctx.k);
  overTime.cells.sort((a, b) => String(a.period).localeCompare(String(b.period)));
  const byTheme = publishTable(theme, ['theme'], ctx.k);
  return {
    total: byTheme.total,
    overTime: { granularity, ...overTime },
    byTheme,
    byLanguage: publishTable(language, ['language'], ctx.k),
    byChannel: publishTable(channel, ['channel'], ctx.k),
    byEntry: publishTable(entry, ['entry'], ctx.k),
    byOutcome: publishTable(outcome, ['outcome'], ctx.k),
  };
}

/** One theme's funnel: every step a published count with its rate and the denominator next to it. */
export interface FunnelRow {
  theme: string | null;
  questions: Count;
  /** Answered with a tile / all questions of the theme. */
  answered: PublishedRate;
  /** Marked helpful / answered questions whose answer got feedback (`rated`). */
  helpful: PublishedRate;
  /** Handed off to people / all questions. */
  handedOff: PublishedRate;
  /** Left unanswered / all questions. */
  unresolved: PublishedRate;
}

export interface FunnelView {
  themes: FunnelRow[];
}

/**
 * The funnel per theme, answered → helpful → handed off → unresolved. Every
 * count is a cell or a row total of one of two protected tables (theme ×
 * outcome, as `by=theme,outcome` publishes it; theme × feedback over the
 * answers that got feedback), so the funnel reveals nothing those tables do
 * not; rates are computed from published (banded) counts only.
 */
export async function funnelView(ctx: ViewContext): Promise<FunnelView> {
  const { db, where, k } = ctx;
  const [byOutcome, byFeedback] = await countQuestionSets(db, where, [['theme', 'outcome'], ['theme', 'feedback']]);
  const outcomes = publishTable(byOutcome, ['theme', 'outcome'], k, true);
  // Only the answers that got feedback: the rows without feedback are no cell of this table.
  const feedback = publishTable(byFeedback.filter((c) => c.feedback !== null && c.feedback !== undefined), ['theme', 'feedback'], k, true);
  const rated = (theme: string | null): Count => feedback.rowTotals?.find((row) => (row.theme ?? null) === theme)?.count ?? protectCount(0, k);
  const rows = (outcomes.rowTotals ?? []).map((row): FunnelRow => {
    const theme = row.theme ?? null;
    const questions = row.count;
    return {
      theme,
      questions,
      answered: publishedRate(cellCount(outcomes, { theme, outcome: 'answered' }, k), questions, 'questions', k),
      helpful: publishedRate(cellCount(feedback, { theme, feedback: 'helpful' }, k), rated(theme), 'rated', k),
      handedOff: publishedRate(cellCount(outcomes, { theme, outcome: 'handoff' }, k), questions, 'questions', k),
      unresolved: publishedRate(cellCount(outcomes, { theme, outcome: 'unanswered' }, k), questions, 'questions', k),
    };
  });
  return { themes: rows.sort((a, b) => rankOf(b.questions) - rankOf(a.questions) || String(a.theme).localeCompare(String(b.theme))) };
}

/** A value now and in the previous period of the same length, and the change between the published counts. */
export interface ChangeRow {
  current: Count;
  previous: Count;
  /** current − previous; null when either is suppressed. */
  change: number | null;
  /** The change in percent of `previous` (rounded); null when either is suppressed or previous is 0. */
  changePercent: number | null;
}

export interface ComparisonView {
  total: ChangeRow;
  byTheme: Array<ChangeRow & { theme: string | null }>;
  byLanguage: Array<ChangeRow & { language: string | null }>;
  byChannel: Array<ChangeRow & { channel: string | null }>;
  byOutcome: Array<ChangeRow & { outcome: string | null }>;
}

function change(current: Count, previous: Count): ChangeRow {
  const both = typeof current === 'number' && typeof previous === 'number';
  return {
    current, previous,
    change: both ? current - previous : null,
    changePercent: both && previous > 0 ? Math.round(((current - previous) / previous) * 100) : null,
  };
}

/**
 * The change against the previous period of the same length: the same
 * protected tables for both periods, compared cell by cell (never raw counts).
 */
export async function comparisonView(ctx: ViewContext, previous: ReportWhere): Promise<ComparisonView> {
  const dims = ['theme', 'language', 'channel', 'outcome'] as const;
  const before: ViewContext = { ...ctx, where: previous };
  const tablesOf = async (c: ViewContext) => (await countQuestionSets(c.db, c.where, dims.map((d) => [d]))).map((cells, i) => publishTable(cells, [dims[i]], c.k));
  const [now, then] = await Promise.all([tablesOf(ctx), tablesOf(before)]);
  const compare = (i: number, dim: QuestionDimension) => {
    const keys = [...new Set([...now[i].cells, ...then[i].cells].map((c) => c[dim] ?? null))];
    const rows = keys.map((key) => ({
      key,
      row: { [dim]: key, ...change(cellCount(now[i], { [dim]: key }, ctx.k), cellCount(then[i], { [dim]: key }, ctx.k)) } as unknown as ChangeRow,
    }));
    rows.sort((a, b) => rankOf(b.row.current) - rankOf(a.row.current) || String(a.key).localeCompare(String(b.key)));
    return rows.map((r) => r.row) as never;
  };
  return {
    total: change(now[0].total, then[0].total),
    byTheme: compare(0, 'theme'),
    byLanguage: compare(1, 'language'),
    byChannel: compare(2, 'channel'),
    byOutcome: compare(3, 'outcome'),
  };
}

/** A count's size for ordering: a suppressed count sorts below every published number. */
function rankOf(count: Count): number {
  return typeof count === 'number' ? count : -1;
}
