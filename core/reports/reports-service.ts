import { reportScope, type ReportScope } from '../access/index.ts';
import { AppError } from '../platform/errors.ts';
import type { DbClient } from '../platform/db.ts';
import type { OrganizationKind, StaffPrincipal } from '../staff/index.ts';
import { DEFAULT_K, protectCount, snapPeriod } from './disclosure.ts';
import { comparisonView, funnelView, overviewView, questionTable, type Granularity } from './queries/question-views.ts';
import { handoffsView, referralsView } from './queries/handoff-views.ts';
import { gapsView } from './queries/gap-views.ts';
import { layerView, nationalTilesView, weakTilesView } from './queries/tile-views.ts';
import type { PublishedCell, PublishedTable, ViewContext } from './queries/published.ts';
import { regionMunicipalities, reportCandidates, type ReportUnitOrganization } from './queries/report-organizations.ts';
import { handoffFilters, type PublicDimension, type ReportFilters, type ReportPeriod, type RowScope } from './queries/report-query.ts';

/**
 * The reports (issue 13): every view of the dashboard and its exports, for
 * one organization the caller may read (core/access reportScope), over a
 * period snapped to whole months, with the dashboard's filters. Every count
 * is protected by core/reports/disclosure before it leaves this module.
 *
 * Whose figures:
 * - a municipality: its own;
 * - a region: each of its municipalities on its own (`municipalities`), each protected separately;
 * - the national organization: every municipality together (the national figures), and the national tiles view;
 * - an employer or housing provider: only the layer view (its tiles' shows, chats started through its codes).
 */

/** The views, as the API names them. */
export const FULL_VIEWS = ['overview', 'funnel', 'handoffs', 'referrals', 'weak-tiles', 'comparison', 'gaps'] as const;
export type FullView = (typeof FULL_VIEWS)[number];
export type ReportView = FullView | 'questions' | 'layer' | 'national-tiles';

/** The organization a report is about, as resolved for the caller. */
export interface ReportTarget {
  id: string;
  slug: string;
  name: string;
  kind: OrganizationKind;
  scope: Exclude<ReportScope, 'none'>;
}

/** What a report request asks for. */
export interface ReportRequest {
  from: string;
  to: string;
  filters?: ReportFilters;
  /** Questions over time per month (default) or per week. */
  granularity?: Granularity;
}

/** A view's answer: the organization, the snapped period, k, and the view's figures (per municipality for a region). */
export interface ReportEnvelope<V> {
  organization: { slug: string; name: string; kind: OrganizationKind };
  view: ReportView;
  period: ReportPeriod;
  /** The period of the same length just before (the comparison's). */
  previousPeriod: ReportPeriod;
  k: number;
  filters: ReportFilters;
  /** The figures of a municipality, the national figures, or a layer's view. */
  data?: V;
  /** A region: each municipality's figures, protected on its own. */
  municipalities?: Array<{ slug: string; name: string; data: V }>;
}

/** The longest period a report covers, in months. */
export const MAX_PERIOD_MONTHS = 60;

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

function parseDay(value: string, field: string): Date {
  const m = DATE.exec(value);
  const at = m ? new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]))) : undefined;
  if (!m || !at || at.toISOString().slice(0, 10) !== value) throw new AppError('VALIDATION_FAILED', { details: `${field}: "${value}" is not a date (YYYY-MM-DD)` });
  return at;
}

const day = (d: Date) => d.toISOString().slice(0, 10);

/**
 * The period as reported (snapped to whole calendar months, so no query can
 * isolate a few days) and the period of the same length before it.
 * @throws AppError VALIDATION_FAILED for a malformed date, `from` after `to`, or more than {@link MAX_PERIOD_MONTHS} months
 */
export function reportPeriods(from: string, to: string): { period: ReportPeriod; previousPeriod: ReportPeriod } {
  const start = parseDay(from, 'from');
  const end = parseDay(to, 'to');
  if (start > end) throw new AppError('VALIDATION_FAILED', { details: `from (${from}) is after to (${to})` });
  const period = snapPeriod(from, to);
  const [fy, fm] = period.from.split('-').map(Number);
  const [ty, tm] = period.to.split('-').map(Number);
  const months = (ty * 12 + tm) - (fy * 12 + fm) + 1;
  if (months > MAX_PERIOD_MONTHS) throw new AppError('VALIDATION_FAILED', { details: `the period covers ${months} months; at most ${MAX_PERIOD_MONTHS}` });
  const previousStart = new Date(Date.UTC(fy, fm - 1 - months, 1));
  const previousEnd = new Date(Date.UTC(fy, fm - 1, 0));
  return { period, previousPeriod: { from: day(previousStart), to: day(previousEnd) } };
}

/** Which views apply to an organization of this kind read with this scope (the others answer 400, or 403 for a layer-only reader). */
export function viewsFor(kind: OrganizationKind, scope: ReportScope): ReportView[] {
  if (scope === 'none') return [];
  if (scope === 'layer_only') return ['layer'];
  const full: ReportView[] = ['questions', ...FULL_VIEWS];
  return kind === 'national' ? [...full, 'national-tiles'] : full;
}

/** An organization whose reports the caller may open, for the dashboard's picker. */
export interface ReportableOrganization {
  slug: string;
  name: string;
  kind: OrganizationKind;
  scope: Exclude<ReportScope, 'none'>;
  views: ReportView[];
}

/** Options of {@link ReportsService}. */
export interface ReportsServiceOptions {
  /** The disclosure threshold: every published count is at least k or `<k`. Default {@link DEFAULT_K}. */
  k?: number;
}

export class ReportsService {
  readonly k: number;

  constructor(private readonly db: DbClient, options: ReportsServiceOptions = {}) {
    this.k = options.k ?? DEFAULT_K;
  }

  /** The organizations whose reports the principal may read: its own, and a region's municipalities. */
  async reportableOrganizations(principal: StaffPrincipal): Promise<ReportableOrganization[]> {
    const candidates = await reportCandidates(this.db, principal.memberships.map((m) => m.organizationId));
    return candidates.flatMap((org) => {
      const scope = reportScope(principal, { id: org.id, kind: org.kind, parentId: org.parentId });
      return scope === 'none' ? [] : [{ slug: org.slug, name: org.name, kind: org.kind, scope, views: viewsFor(org.kind, scope) }];
    });
  }

  /** The main table: questions by 1–2 of theme, language, channel, outcome, entry; a region's cells carry `municipality`. */
  async questions(target: ReportTarget, request: ReportRequest, dims: readonly PublicDimension[]): Promise<PublishedTable> {
    const units = await this.unitsOf(target);
    const { period } = reportPeriods(request.from, request.to);
    const tables = await Promise.all(units.map((unit) => questionTable(this.context(unit.scope, period, request.filters), dims)));
    if (target.kind !== 'region') return tables[0];
    return {
      cells: tables.flatMap((table, i) => table.cells.map((cell): PublishedCell => ({ municipality: units[i].slug, ...cell }) as PublishedCell)),
      total: this.regionTotal(tables),
    };
  }

  /** One of the dashboard's views (not `questions`, `layer` nor `national-tiles`). */
  async view(target: ReportTarget, name: FullView, request: ReportRequest): Promise<ReportEnvelope<unknown>> {
    const { period, previousPeriod } = reportPeriods(request.from, request.to);
    const build = (scope: RowScope): Promise<unknown> => {
      const ctx = this.context(scope, period, request.filters);
      switch (name) {
        case 'overview': return overviewView(ctx, request.granularity ?? 'month');
        case 'funnel': return funnelView(ctx);
        case 'handoffs': return handoffsView(ctx);
        case 'referrals': return referralsView(ctx);
        case 'weak-tiles': return weakTilesView(ctx);
        case 'comparison': return comparisonView(ctx, { ...ctx.where, period: previousPeriod });
        case 'gaps': return gapsView(ctx, 'organizationIds' in scope && scope.organizationIds.length === 1 ? scope.organizationIds[0] : target.id);
      }
    };
    // Handoff records have no theme: the theme filter does not apply to them, and the answer says which filters did.
    const applied = name === 'handoffs' || name === 'referrals' ? handoffFilters(request.filters) : request.filters;
    const envelope = this.envelope(target, name, period, previousPeriod, applied);
    if (target.kind === 'region') {
      const units = await this.unitsOf(target);
      envelope.municipalities = await Promise.all(units.map(async (unit) => ({ slug: unit.slug, name: unit.name, data: await build(unit.scope) })));
    } else {
      envelope.data = await build((await this.unitsOf(target))[0].scope);
    }
    return envelope;
  }

  /** An employer's or housing provider's own view: its tiles' shows and the chats started through its codes. */
  async layer(target: ReportTarget, request: ReportRequest): Promise<ReportEnvelope<unknown>> {
    const { period, previousPeriod } = reportPeriods(request.from, request.to);
    const envelope = this.envelope(target, 'layer', period, previousPeriod, {});
    envelope.data = await layerView({ db: this.db, k: this.k }, target.id, period);
    return envelope;
  }

  /** The national editor's view of the national tiles across every municipality: asked for, weak, missing. */
  async nationalTiles(target: ReportTarget, request: ReportRequest): Promise<ReportEnvelope<unknown>> {
    const { period, previousPeriod } = reportPeriods(request.from, request.to);
    const filters = { ...(request.filters?.language ? { language: request.filters.language } : {}), ...(request.filters?.channel ? { channel: request.filters.channel } : {}) };
    const envelope = this.envelope(target, 'national-tiles', period, previousPeriod, filters);
    envelope.data = await nationalTilesView(this.context({ all: true }, period, filters), target.id);
    return envelope;
  }

  /** A region's municipalities (slug and name), each reported on its own. */
  async municipalitiesOf(target: ReportTarget): Promise<Array<{ slug: string; name: string }>> {
    if (target.kind !== 'region') return [];
    return (await regionMunicipalities(this.db, target.id)).map((m) => ({ slug: m.slug, name: m.name }));
  }

  private context(scope: RowScope, period: ReportPeriod, filters: ReportFilters = {}): ViewContext {
    return { db: this.db, k: this.k, where: { scope, period, filters } };
  }

  private envelope(target: ReportTarget, view: ReportView, period: ReportPeriod, previousPeriod: ReportPeriod, filters: ReportFilters = {}): ReportEnvelope<unknown> {
    return { organization: { slug: target.slug, name: target.name, kind: target.kind }, view, period, previousPeriod, k: this.k, filters };
  }

  /** The row sets reported on their own: the municipality; each municipality of a region; all of them for the national figures. */
  private async unitsOf(target: ReportTarget): Promise<Array<{ slug: string; name: string; scope: RowScope }>> {
    switch (target.kind) {
      case 'municipality':
        return [{ slug: target.slug, name: target.name, scope: { organizationIds: [target.id] } }];
      case 'region':
        return (await regionMunicipalities(this.db, target.id)).map((m: ReportUnitOrganization) => ({ slug: m.slug, name: m.name, scope: { organizationIds: [m.id] } }));
      case 'national':
        return [{ slug: target.slug, name: target.name, scope: { all: true } }];
      default:
        throw new AppError('VALIDATION_FAILED', { details: `an organization of kind ${target.kind} has only the layer view` });
    }
  }

  /**
   * A region's total: the sum of its municipalities' PUBLISHED totals (a municipality whose total is suppressed adds
   * nothing), never a protected raw sum, from which a suppressed municipality's total could be worked out.
   */
  private regionTotal(tables: readonly PublishedTable[]): PublishedTable['total'] {
    const sum = tables.reduce((acc, t) => acc + (typeof t.total === 'number' ? t.total : 0), 0);
    return sum > 0 ? sum : protectCount(0, this.k);
  }
}
