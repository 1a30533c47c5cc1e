import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FAULT_QUESTIONS } from '../../bench/faults-questions.ts';
import { runFaultScenario, type FaultRow } from '../../bench/faults-scenario.ts';
import { importTiles } from '../../core/content/index.ts';
import { engineLibraryFile } from '../fixtures/engine-library.ts';
import { createTestDb, testDatabaseUrl, truncateAll } from '../support/test-db.ts';

/**
 * The fault scenario of `npm run bench:faults`, shorter (20 conversations ×
 * 5 messages per row): the same module with real processes — a Redis of
 * its own (FAULTS_TEST_REDIS_PORT, default 6396), the HTTP server and the
 * workers as child processes — and the same counts. One row kills the
 * worker process once, one restarts Redis empty; every message that got
 * 2xx must be answered exactly once: nothing lost, nothing shown twice.
 */
const db = createTestDb();
const port = Number(process.env.FAULTS_TEST_REDIS_PORT ?? 6396);
const progress: string[] = [];
let rows: FaultRow[];

beforeAll(async () => {
  await truncateAll(db);
  await importTiles(db, engineLibraryFile(), 'test');
  rows = await runFaultScenario({
    databaseUrl: testDatabaseUrl(), db, org: 'testdorp', questions: FAULT_QUESTIONS, redisPort: port,
    conversations: 20, messages: 5, thinkMs: [500, 1500],
    faults: [{ kind: 'kill-worker', times: 1 }, { kind: 'redis-empty' }],
    progress: (line) => progress.push(line),
  });
}, 300_000);

afterAll(() => db.$disconnect());

describe('web chat under faults (real processes, SIGKILL, Redis restarts)', () => {
  it.each([['worker SIGKILL ×1'], ['Redis restarted empty']])('%s: every message answered exactly once', (fault) => {
    const row = rows.find((r) => r.fault === fault);
    expect(row, progress.join('\n')).toBeDefined();
    const { sent, answeredOnce, lost, duplicated, gaveUp, peopleNotStarted, strayActivities } = row!;
    expect({ sent, answeredOnce, lost, duplicated, gaveUp, peopleNotStarted, strayActivities }, progress.join('\n')).toEqual({
      sent: 100, answeredOnce: 100, lost: 0, duplicated: 0, gaveUp: 0, peopleNotStarted: 0, strayActivities: 0,
    });
  });
});
