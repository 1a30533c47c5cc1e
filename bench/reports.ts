/**
 * `npm run bench:reports`: how fast the dashboard's queries and the
 * half-yearly PDF are on a realistic amount of data.
 *
 * On a scratch database (`migrantbot_bench_reports` next to DATABASE_URL,
 * dropped and migrated on every run): the starter national library, a region,
 * and 50 municipalities in it, each with a local tile, a poster code, an
 * employer and (every other one) a housing provider with their own tiles and
 * codes, all offering the 18 languages. Then 1,000,000 synthetic question-log
 * rows over the two years up to yesterday (core/reports/seed), spread over the
 * municipalities like towns of different sizes (the largest gets about a
 * tenth), with their handoff records.
 *
 * Measured for the largest municipality and its last whole half-year: every
 * dashboard query ({@link dashboardQueries}), each run `RUNS` times after
 * `WARMUP` runs, p50 and p95 in milliseconds; and the time to make that
 * half-year's report (figures read once, PDF rendered in Dutch and English).
 * Targets: p95 ≤ 200 ms per query, PDF ≤ 5 s. Ends with one JSON line.
 *
 * `npm run bench:reports -- <rows>` seeds another number of rows.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  enableAllLanguages, ensureEntryCode, importTiles, setParentOrganization, subscribeToLibrary, type TileFileV1,
} from '../core/content/index.ts';
import { config } from '../core/platform/config.ts';
import { createDb, type Db } from '../core/platform/db.ts';
import { previousHalfYear } from '../core/reports/pdf/index.ts';
import { seedReportRows } from '../core/reports/seed/index.ts';
import { apportion } from '../core/reports/seed/distributions.ts';
import { dropDatabase, withDatabase } from '../prisma/databases.ts';
import { applyMigrations } from '../prisma/migrate.ts';
import { dashboardQueries, makeHalfYearReport } from './reports-queries.ts';

const TARGET_P95_MS = 200;
const TARGET_PDF_MS = 5_000;
const MUNICIPALITIES = 50;
const WARMUP = 3;
const RUNS = 30;

const rows = Number(process.argv[2] ?? 1_000_000);
if (!Number.isInteger(rows) || rows < MUNICIPALITIES) {
  console.error('usage: npm run bench:reports [-- <rows, default 1000000>]');
  process.exit(2);
}

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const demo = (name: string): TileFileV1 => JSON.parse(readFileSync(path.join(root, 'prisma/demo', name), 'utf8'));
const slugOf = (i: number) => `bench-gemeente-${String(i + 1).padStart(2, '0')}`;

/** A demo tile file under another organization. */
const asOrganization = (file: TileFileV1, slug: string, name: string): TileFileV1 => ({ ...file, organization: { ...file.organization, slug, name } });

/** The national library, a region, and the 50 municipalities with their layers and codes. */
async function buildLandscape(db: Db): Promise<void> {
  const national = await importTiles(db, demo('national-library.json'), 'bench');
  const region = await importTiles(db, demo('region.json'), 'bench');
  const [town, employer, housing] = [demo('demostad.json'), demo('agrifarm.json'), demo('flexwonen.json')];
  for (let i = 0; i < MUNICIPALITIES; i += 1) {
    const slug = slugOf(i);
    await importTiles(db, asOrganization(town, slug, `Gemeente Bench ${i + 1}`), 'bench');
    await setParentOrganization(db, slug, region.organization, 'bench');
    await enableAllLanguages(db, slug);
    await subscribeToLibrary(db, slug, national.organization);
    await ensureEntryCode(db, { code: `${slug}-poster`, municipalitySlug: slug }, 'bench');
    await ensureEntryCode(db, { code: `${slug}-loket`, municipalitySlug: slug }, 'bench');
    const layers: TileFileV1[] = [asOrganization(employer, `${slug}-uitzend`, `Uitzendbureau ${i + 1}`)];
    if (i % 2 === 0) layers.push(asOrganization(housing, `${slug}-wonen`, `Huisvester ${i + 1}`));
    for (const layer of layers) {
      await importTiles(db, layer, 'bench');
      await setParentOrganization(db, layer.organization.slug, slug, 'bench');
      await ensureEntryCode(db, { code: layer.organization.slug, municipalitySlug: slug, layerSlug: layer.organization.slug }, 'bench');
    }
  }
}

/** p-th percentile (nearest rank) of sorted milliseconds. */
const percentile = (sorted: readonly number[], p: number) => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
const round = (ms: number) => Math.round(ms * 10) / 10;

const databaseUrl = withDatabase(config().DATABASE_URL, 'migrantbot_bench_reports');
await dropDatabase(databaseUrl);
await applyMigrations(databaseUrl);
const db = createDb(databaseUrl);

try {
  let started = performance.now();
  await buildLandscape(db);
  const setupSeconds = (performance.now() - started) / 1000;
  console.log(`bench:reports: ${MUNICIPALITIES} municipalities with layers and codes set up in ${setupSeconds.toFixed(1)} s`);

  // Towns of different sizes: the i-th largest gets a share ∝ 1/(i+1)^0.6.
  const sizes = apportion(rows, Array.from({ length: MUNICIPALITIES }, (_, i) => 1 / (i + 1) ** 0.6));
  started = performance.now();
  let handoffRecords = 0;
  for (let i = 0; i < MUNICIPALITIES; i += 1) {
    handoffRecords += (await seedReportRows(db, { org: slugOf(i), rows: sizes[i], seed: `bench-${i}` })).handoffRecords;
  }
  await db.$executeRawUnsafe('ANALYZE question_logs, handoff_records');
  const seedSeconds = (performance.now() - started) / 1000;
  console.log(`seeded ${rows} question-log rows and ${handoffRecords} handoff records in ${seedSeconds.toFixed(1)} s`);

  const org = await db.organization.findUniqueOrThrow({ where: { slug: slugOf(0) }, select: { id: true, slug: true, name: true } });
  const period = previousHalfYear(new Date());
  const inPeriod = await db.questionLog.count({ where: { organizationId: org.id, day: { gte: new Date(period.from), lte: new Date(period.to) } } });
  console.log(`measured: ${org.slug} (${sizes[0]} rows, ${inPeriod} in ${period.from}..${period.to}), ${RUNS} runs after ${WARMUP} warm-up runs`);

  const queries = dashboardQueries(db, org, period);
  const results: Array<{ name: string; p50: number; p95: number; max: number }> = [];
  for (const query of queries) {
    for (let i = 0; i < WARMUP; i += 1) await query.run();
    const times: number[] = [];
    for (let i = 0; i < RUNS; i += 1) {
      const t = performance.now();
      await query.run();
      times.push(performance.now() - t);
    }
    times.sort((a, b) => a - b);
    const result = { name: query.name, p50: round(percentile(times, 50)), p95: round(percentile(times, 95)), max: round(times[times.length - 1]) };
    results.push(result);
    console.log(`${query.name.padEnd(40)} p50 ${String(result.p50).padStart(7)} ms  p95 ${String(result.p95).padStart(7)} ms${result.p95 > TARGET_P95_MS ? '  > target' : ''}`);
  }

  started = performance.now();
  const pdf = await makeHalfYearReport(db, org, period);
  const pdfMs = Math.round(performance.now() - started);
  console.log(`half-year report ${period.from}..${period.to}: ${pdf.documents} PDF(s), ${pdf.bytes} bytes, ${pdfMs} ms${pdfMs > TARGET_PDF_MS ? '  > target' : ''}`);

  const slow = results.filter((r) => r.p95 > TARGET_P95_MS).map((r) => r.name);
  const targetMet = slow.length === 0 && pdfMs <= TARGET_PDF_MS && results.length > 0;
  console.log(`targets p95 ≤ ${TARGET_P95_MS} ms, PDF ≤ ${TARGET_PDF_MS} ms: ${targetMet ? 'met' : 'NOT met'}${slow.length ? ` (slow: ${slow.join(', ')})` : ''}`);
  console.log(JSON.stringify({
    benchmark: 'reports', rows, handoffRecords, municipalities: MUNICIPALITIES, organization: org.slug,
    organizationRows: sizes[0], periodRows: inPeriod, period, runs: RUNS, setupSeconds: round(setupSeconds), seedSeconds: round(seedSeconds),
    queries: results, p95MaxMs: Math.max(...results.map((r) => r.p95)), pdfMs, pdfDocuments: pdf.documents,
    targets: { p95Ms: TARGET_P95_MS, pdfMs: TARGET_PDF_MS }, slow, targetMet,
  }));
} finally {
  await db.$disconnect();
  await dropDatabase(databaseUrl);
}
