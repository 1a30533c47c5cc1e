import { Prisma, type Db } from '../../platform/db.ts';
import {
  FEEDBACK_GIVEN, HANDOFF_CLOSED, HELPFUL_RATE, MEAN_HANDLING, MEAN_WAIT_INSIDE, MEAN_WAIT_OUTSIDE, OUTSIDE_HOURS,
  RESOLVED_WITH_AGENCY, WEAK_HELPFUL_RATE, WEAK_PAIR_SHARE,
} from './distributions.ts';
import type { Choice, LogBatch, SeedPlan } from './seed-plan.ts';

/**
 * Writes a seed plan as question_logs and handoff_records rows, entirely in
 * SQL: `generate_series` numbers the rows, and each row's random numbers are
 * `hashtextextended('<slug>:<n>', seed + dimension)` scaled to [0, 1), so a
 * row depends only on the seed, the organization's slug and content and its
 * number — not on the order PostgreSQL produces rows in, nor on the
 * database's ids. A weighted choice is `values[width_bucket(r, thresholds)]`.
 *
 * Synthetic rows are marked by their id alone: `synthetic:<organization id>:<YYYYMMDD>:<n>`
 * (handoff records `…:h<n>`). Real rows have uuid or cuid ids, and no report
 * shows ids, so the mark never reaches a figure, while
 * {@link deleteSyntheticRows} can find exactly these rows again.
 */

/** The id prefix of synthetic rows (question_logs and handoff_records). */
export const SYNTHETIC_ID_PREFIX = 'synthetic:';

/** How long a writing transaction may stay open: Prisma's default of 5 s is far too short for millions of rows. */
const WRITE_TIMEOUT_MS = 30 * 60_000;

const raw = (n: number) => Prisma.raw(String(n));

/** A uniform number in [0, 1) from a text and a seed: the top 53 bits of PostgreSQL's 64-bit text hash. */
const uniform = (input: Prisma.Sql, seed: number) =>
  Prisma.sql`(((hashtextextended(${input}, ${raw(seed)}) >> 11) & 9007199254740991)::float8 / 9007199254740992.0)`;

const pick = (values: Prisma.Sql, thresholds: readonly number[], r: Prisma.Sql) =>
  Prisma.sql`(${values})[width_bucket(${r}, ${[...thresholds]}::float8[])]`;

const textArray = (values: ReadonlyArray<string | null>) => Prisma.sql`${[...values]}::text[]`;

/** `(values)[width_bucket(r, thresholds)]` of a text choice. */
const pickText = (c: Choice<string | null>, r: Prisma.Sql) => pick(textArray(c.values), c.thresholds, r);

/** Deletes the organization's synthetic rows (one transaction); returns how many of each there were. */
export async function deleteSyntheticRows(db: Db, organizationId: string): Promise<{ rows: number; handoffRecords: number }> {
  const like = `${SYNTHETIC_ID_PREFIX}%`;
  return db.$transaction(async (tx) => {
    const handoffRecords = await tx.$executeRaw`DELETE FROM handoff_records WHERE organization_id = ${organizationId} AND id LIKE ${like}`;
    const rows = await tx.$executeRaw`DELETE FROM question_logs WHERE organization_id = ${organizationId} AND id LIKE ${like}`;
    return { rows, handoffRecords };
  }, { timeout: WRITE_TIMEOUT_MS, maxWait: 10_000 });
}

/**
 * The INSERT of one entry point's rows, in day order: the day-led indexes
 * ((organization_id, day), (tile_owner_id, day), (entry_organization_id, day),
 * created_at) and the id (which starts with the day) then grow at their ends
 * instead of at random places, which halves the time of a large insert.
 */
function insertBatch(plan: SeedPlan, b: LogBatch) {
  const h = Prisma.sql`g.h`;
  const r = (k: number) => uniform(h, plan.seed + k);
  const tile = (field: 'key' | 'theme' | 'ownerId') => Prisma.sql`CASE
      WHEN s.o <= 2 THEN (${textArray(b.tiles.values.map((t) => t?.[field] ?? null))})[s.t]
      WHEN s.o = 5 AND s.r_urgent_tile < 0.7 THEN (${textArray(b.urgentTiles.values.map((t) => t?.[field] ?? null))})[s.ut]
    END`;
  const weak = uniform(Prisma.sql`coalesce(c.tile_key, '') || ':' || c.language`, plan.seed + 20);
  return Prisma.sql`
    INSERT INTO question_logs (id, organization_id, channel, language, theme_key, tile_key, tile_owner_id,
                               entry_kind, entry_code, entry_organization_id, outcome, feedback, day, created_at)
    SELECT ${SYNTHETIC_ID_PREFIX + plan.organizationId + ':'}::text || to_char(c.day, 'YYYYMMDD') || ':' || c.n, ${plan.organizationId}::text,
           (${textArray(plan.channels.values)})[width_bucket(c.r_channel,
             CASE WHEN c.language = 'uk' THEN ${plan.ukChannelThresholds}::float8[] ELSE ${plan.channels.thresholds}::float8[] END)]::channel,
           c.language, c.theme_key, c.tile_key, c.tile_owner_id,
           ${b.entryKind}::text, c.entry_code, ${b.entryOrganizationId}::text,
           c.outcome::question_outcome,
           (CASE WHEN c.outcome = 'answered' AND c.r_feedback < ${raw(FEEDBACK_GIVEN)} THEN
              CASE WHEN c.r_helpful < (CASE WHEN ${weak} < ${raw(WEAK_PAIR_SHARE)} THEN ${raw(WEAK_HELPFUL_RATE)} ELSE ${raw(HELPFUL_RATE)} END)
                   THEN 'helpful' ELSE 'not_helpful' END
            END)::feedback,
           c.day, c.day + interval '12 hours'
    FROM (
      SELECT s.n, s.r_channel, s.r_feedback, s.r_helpful,
             (${textArray(plan.languages.values)})[s.l] AS language,
             (${textArray(plan.outcomes.values)})[s.o] AS outcome,
             ${tile('key')} AS tile_key, ${tile('theme')} AS theme_key, ${tile('ownerId')} AS tile_owner_id,
             (${textArray(plan.days.values)})[s.d]::date AS day,
             (${textArray(b.codes.values)})[s.c] AS entry_code
      FROM (
        SELECT g.n,
               width_bucket(${r(1)}, ${plan.languages.thresholds}::float8[]) AS l,
               width_bucket(${r(2)}, ${plan.outcomes.thresholds}::float8[]) AS o,
               width_bucket(${r(3)}, ${b.tiles.thresholds}::float8[]) AS t,
               width_bucket(${r(3)}, ${b.urgentTiles.thresholds}::float8[]) AS ut,
               width_bucket(${r(4)}, ${plan.days.thresholds}::float8[]) AS d,
               width_bucket(${r(5)}, ${b.codes.thresholds}::float8[]) AS c,
               ${r(6)} AS r_channel, ${r(7)} AS r_feedback, ${r(8)} AS r_helpful, ${r(9)} AS r_urgent_tile
        FROM (
          SELECT n, ${plan.slug + ':'}::text || n AS h
          FROM generate_series(${b.start}::int, ${b.end}::int) AS n
        ) g
      ) s
    ) c
    ORDER BY c.day, c.n`;
}

/**
 * The handoff records of the synthetic handed-off and urgent questions a
 * worker closed ({@link HANDOFF_CLOSED} of them), with the question's day,
 * channel, language and entry point.
 */
function insertHandoffs(plan: SeedPlan) {
  const { handoff } = plan;
  const r = (k: number) => uniform(Prisma.sql`q.h`, plan.seed + 30 + k);
  const exp = (rv: string, mean: number) => Prisma.sql`floor(-ln(1 - ${Prisma.raw(rv)}) * ${raw(mean)})`;
  const housing = Prisma.sql`(${textArray(handoff.housingAgency.values)})[width_bucket(c.r_housing,
    CASE WHEN c.employment = 'agency' THEN ${handoff.housingAgency.thresholds}::float8[] ELSE ${handoff.housingOther.thresholds}::float8[] END)]`;
  return Prisma.sql`
    INSERT INTO handoff_records (id, organization_id, channel, language, entry_kind, entry_code, reason, outcome, agency,
                                 employment_type, housing_type, waiting_minutes, handling_minutes, outside_hours, day)
    SELECT ${SYNTHETIC_ID_PREFIX + plan.organizationId + ':'}::text || to_char(c.day, 'YYYYMMDD') || ':h' || c.n, ${plan.organizationId}::text, c.channel, c.language,
           c.entry_kind, c.entry_code, c.reason, c.closing,
           CASE WHEN c.closing = 'referred' OR (c.closing = 'resolved' AND c.r_agency_given < ${raw(RESOLVED_WITH_AGENCY)})
                THEN ${pickText(handoff.agencies, Prisma.sql`c.r_agency`)} END,
           NULLIF(c.employment, ''), NULLIF(${housing}, ''),
           LEAST(CASE WHEN c.outside THEN 5 + ${exp('c.r_wait', MEAN_WAIT_OUTSIDE)} ELSE 1 + ${exp('c.r_wait', MEAN_WAIT_INSIDE)} END, 4320)::int,
           LEAST(CASE WHEN c.closing = 'no_response' THEN 1 + ${exp('c.r_handle', 4)} ELSE 2 + ${exp('c.r_handle', MEAN_HANDLING)} END, 480)::int,
           c.outside, c.day
    FROM (
      SELECT q.n, q.channel, q.language, q.entry_kind, q.entry_code, q.day,
             CASE WHEN q.outcome = 'urgent' THEN 'urgent' ELSE ${pickText(handoff.reasons, r(1))} END AS reason,
             ${pickText(handoff.outcomes, r(2))} AS closing,
             ${pickText(handoff.employment, r(3))} AS employment,
             ${r(0)} AS r_closed, ${r(4)} AS r_housing, ${r(5)} AS r_agency_given, ${r(6)} AS r_agency,
             ${r(7)} AS r_wait, ${r(8)} AS r_handle, ${r(9)} < ${raw(OUTSIDE_HOURS)} AS outside
      FROM (
        SELECT l.*, split_part(l.id, ':', 4) AS n, ${plan.slug + ':h:'}::text || split_part(l.id, ':', 4) AS h
        FROM question_logs l
        WHERE l.organization_id = ${plan.organizationId}::text AND l.id LIKE ${SYNTHETIC_ID_PREFIX + '%'}::text
          AND l.outcome IN ('handoff', 'urgent')
      ) q
    ) c
    WHERE c.r_closed < ${raw(HANDOFF_CLOSED)}
    ORDER BY c.day, c.n`;
}

/**
 * Replaces the organization's synthetic rows with the plan's, in one
 * transaction: the old synthetic rows go first, real rows are never touched.
 */
export async function writeSyntheticRows(db: Db, plan: SeedPlan): Promise<{ rows: number; handoffRecords: number; replaced: { rows: number; handoffRecords: number } }> {
  const like = `${SYNTHETIC_ID_PREFIX}%`;
  return db.$transaction(async (tx) => {
    // The day-order sort of a large batch fits in memory instead of spilling to disk (this transaction only).
    await tx.$executeRaw`SET LOCAL work_mem = '256MB'`;
    const replacedHandoffs = await tx.$executeRaw`DELETE FROM handoff_records WHERE organization_id = ${plan.organizationId} AND id LIKE ${like}`;
    const replacedRows = await tx.$executeRaw`DELETE FROM question_logs WHERE organization_id = ${plan.organizationId} AND id LIKE ${like}`;
    let rows = 0;
    for (const batch of plan.batches) rows += await tx.$executeRaw(insertBatch(plan, batch));
    const handoffRecords = await tx.$executeRaw(insertHandoffs(plan));
    return { rows, handoffRecords, replaced: { rows: replacedRows, handoffRecords: replacedHandoffs } };
  }, { timeout: WRITE_TIMEOUT_MS, maxWait: 10_000 });
}
