import type { SeedDimensions, SeedTile } from './dimension-repository.ts';
import {
  CHANNEL_WEIGHTS, CHANNEL_WEIGHTS_UK, DEFAULT_AGENCY_WEIGHTS, EMPLOYMENT_WEIGHTS, ENTRY_SHARES, HANDOFF_OUTCOME_WEIGHTS,
  HANDOFF_REASON_WEIGHTS, HOUSING_WEIGHTS_AGENCY, HOUSING_WEIGHTS_OTHER, OUTCOME_WEIGHTS, URGENT_THEMES,
  apportion, categorical, daySchedule, languageWeights, seedNumber, thresholds, tileWeight,
} from './distributions.ts';

/**
 * Turns an organization's dimensions, a row count and a seed into the
 * arrays the SQL draws from (pure): one batch of rows per entry point, each
 * with its codes and the tiles a chat through it shows, and the shared
 * category lists with their thresholds. Every list is non-empty: a missing
 * choice is a single `null` (no tile, no code).
 */

/** A weighted list: `values[i]` is picked when the row's random number falls in slice i (`thresholds`, see distributions.ts). */
export interface Choice<T> {
  values: T[];
  thresholds: number[];
}

/** The rows of one entry point: numbers `start..end` (inclusive) of the organization's synthetic rows. */
export interface LogBatch {
  start: number;
  end: number;
  entryKind: 'municipality' | 'employer' | 'housing_provider' | 'region';
  entryOrganizationId: string | null;
  codes: Choice<string | null>;
  /** Tiles for answered and clarify questions, and (when it has help or abuse tiles) for urgent ones. */
  tiles: Choice<SeedTile | null>;
  urgentTiles: Choice<SeedTile | null>;
}

export interface SeedPlan {
  organizationId: string;
  slug: string;
  /** Base of the SQL hash seeds (each dimension adds its own number). */
  seed: number;
  languages: Choice<string>;
  channels: Choice<string>;
  /** The same channel values, with the thresholds for Ukrainian speakers. */
  ukChannelThresholds: number[];
  outcomes: Choice<string>;
  days: Choice<string>;
  batches: LogBatch[];
  handoff: {
    reasons: Choice<string>;
    outcomes: Choice<string>;
    agencies: Choice<string>;
    /** `''` stands for null (not known). */
    employment: Choice<string>;
    housingAgency: Choice<string>;
    housingOther: Choice<string>;
  };
}

const choice = (table: Readonly<Record<string, number>>): Choice<string> => {
  const { keys, thresholds: t } = categorical(table);
  return { values: keys, thresholds: t };
};

const nothing = <T>(): Choice<T | null> => ({ values: [null], thresholds: [0] });

/** Tiles weighted by theme popularity and place within the theme; `boostOwner`'s own tiles three times more. */
function tileChoice(tiles: readonly SeedTile[], boostOwner?: string): Choice<SeedTile | null> {
  if (tiles.length === 0) return nothing();
  const rank = new Map<string, number>();
  const weights = tiles.map((t) => {
    const r = rank.get(t.theme) ?? 0;
    rank.set(t.theme, r + 1);
    return tileWeight(t.theme, r) * (boostOwner !== undefined && t.ownerId === boostOwner ? 3 : 1);
  });
  return { values: [...tiles], thresholds: thresholds(weights) };
}

/** Codes, the first ones most used (1, 1/2, 1/3...); `[null]` when there are none. */
function codeChoice(codes: readonly string[]): Choice<string | null> {
  if (codes.length === 0) return nothing();
  return { values: [...codes], thresholds: thresholds(codes.map((_, i) => 1 / (i + 1))) };
}

/** The entry points with their shares; only the kinds the organization has. */
function entryPoints(d: SeedDimensions) {
  const municipal = { tiles: tileChoice(d.tiles), urgentTiles: tileChoice(d.tiles.filter((t) => URGENT_THEMES.has(t.theme))), entryOrganizationId: null };
  const points: Array<Omit<LogBatch, 'start' | 'end'> & { share: number }> = [
    { ...municipal, entryKind: 'municipality', codes: nothing(), share: ENTRY_SHARES.direct },
  ];
  if (d.hasRegion) points.push({ ...municipal, entryKind: 'region', codes: nothing(), share: ENTRY_SHARES.region });
  if (d.municipalityCodes.length > 0) {
    points.push({ ...municipal, entryKind: 'municipality', codes: codeChoice(d.municipalityCodes), share: ENTRY_SHARES.municipalityCodes });
  }
  const layerWeights = d.layers.map((_, i) => 1 / (1 + 0.6 * i));
  const layerTotal = layerWeights.reduce((a, b) => a + b, 0);
  d.layers.forEach((layer, i) => points.push({
    entryKind: layer.kind,
    entryOrganizationId: layer.id,
    codes: codeChoice(layer.codes),
    tiles: tileChoice(layer.tiles, layer.id),
    urgentTiles: tileChoice(layer.tiles.filter((t) => URGENT_THEMES.has(t.theme))),
    share: (ENTRY_SHARES.layerCodes * layerWeights[i]) / layerTotal,
  }));
  return points;
}

/** Referral agencies: the configured ones (first most used), else the defaults. */
function agencyChoice(configured: readonly string[]): Choice<string> {
  if (configured.length === 0) {
    return { values: DEFAULT_AGENCY_WEIGHTS.map(([name]) => name), thresholds: thresholds(DEFAULT_AGENCY_WEIGHTS.map(([, w]) => w)) };
  }
  return { values: [...configured], thresholds: thresholds(configured.map((_, i) => 1 / (i + 1) ** 0.7)) };
}

/**
 * The plan for `rows` rows of organization `d`, over the two years up to and
 * including `lastDay`, for `seed`.
 */
export function planSeed(d: SeedDimensions, rows: number, seed: string, lastDay: Date): SeedPlan {
  const points = entryPoints(d);
  const counts = apportion(rows, points.map((p) => p.share));
  let next = 1;
  const batches: LogBatch[] = [];
  points.forEach(({ share: _share, ...point }, i) => {
    if (counts[i] === 0) return;
    batches.push({ ...point, start: next, end: next + counts[i] - 1 });
    next += counts[i];
  });
  const channels = choice(CHANNEL_WEIGHTS);
  const schedule = daySchedule(lastDay);
  return {
    organizationId: d.organizationId,
    slug: d.slug,
    seed: seedNumber(seed) * 64,
    languages: choice(languageWeights(d.languages)),
    channels,
    ukChannelThresholds: thresholds(channels.values.map((c) => CHANNEL_WEIGHTS_UK[c] ?? 0)),
    outcomes: choice(OUTCOME_WEIGHTS),
    days: { values: schedule.days, thresholds: schedule.thresholds },
    batches,
    handoff: {
      reasons: choice(HANDOFF_REASON_WEIGHTS),
      outcomes: choice(HANDOFF_OUTCOME_WEIGHTS),
      agencies: agencyChoice(d.agencies),
      employment: choice(EMPLOYMENT_WEIGHTS),
      housingAgency: choice(HOUSING_WEIGHTS_AGENCY),
      housingOther: choice(HOUSING_WEIGHTS_OTHER),
    },
  };
}
