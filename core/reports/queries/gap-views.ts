import { protectCount, protectQuantile, type Count } from '../disclosure.ts';
import { gapResolutionDays } from '../gaps/gap-metrics.ts';
import type { ViewContext } from './published.ts';

/** The dashboard's content-gap figure, protected like every other count. */
export interface GapsView {
  /** Gap groups that got a published answer in the period. */
  answered: Count;
  /** Median days from a gap's first question to its published answer; null unless enough were answered (protectQuantile). */
  medianDays: number | null;
  /** Gap groups drafted as a new tile that is not published yet. */
  waitingForPublish: Count;
}

/**
 * How long content gaps take from first appearing to a published answer
 * (core/reports/gaps gapResolutionDays), for the organization whose editors
 * acted on them: the municipality, or the national library for national tiles.
 */
export async function gapsView(ctx: ViewContext, organizationId: string): Promise<GapsView> {
  const { from, to } = ctx.where.period;
  const end = new Date(`${to}T00:00:00Z`);
  end.setUTCDate(end.getUTCDate() + 1);
  const figures = await gapResolutionDays(ctx.db, organizationId, { from: new Date(`${from}T00:00:00Z`), to: end });
  return {
    answered: protectCount(figures.answered, ctx.k),
    medianDays: protectQuantile(figures.medianDays, figures.answered, 0.5, ctx.k),
    waitingForPublish: protectCount(figures.waitingForPublish, ctx.k),
  };
}
