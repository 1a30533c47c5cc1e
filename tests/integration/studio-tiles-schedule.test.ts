import { describe, expect, it } from 'vitest';
import { runScheduledAction, type ScheduleOutcome, type TileScheduleJob } from '../../core/content/index.ts';
import { newTileBody, useStudioWorld, type StudioClient } from './studio-tiles-world.ts';

/**
 * Scheduled publish and unpublish through the API and a real BullMQ queue
 * on Redis, with a controllable clock: job delays are counted from the
 * world's clock, and the jobs judge their lateness by it. Real delays are
 * kept to about a second.
 */
const w = useStudioWorld({ scheduler: true });
const HOUR = 3_600_000;

async function until<T>(probe: () => Promise<T | undefined>, what: string, timeoutMs = 15_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** The outcome of a scheduled job once it finished. */
function outcomeOf(job: TileScheduleJob): Promise<ScheduleOutcome> {
  return until(async () => {
    const status = await w.scheduler.status(job);
    return status?.state === 'completed' ? status.outcome : undefined;
  }, `job ${job.action} at ${job.at}`);
}

async function tileRow(key: string) {
  return w.db.tile.findFirstOrThrow({ where: { key }, select: { id: true, status: true, revision: true, publishAt: true, unpublishAt: true, scheduleProblem: true } });
}

async function draftTile(editor: StudioClient, key: string): Promise<void> {
  expect((await editor.post('/api/layers/testdorp/tiles', newTileBody(key))).statusCode).toBe(201);
}

describe('scheduled publish and unpublish', () => {
  it('a scheduled publish fires at its time and publishes the draft', async () => {
    const editor = await w.as('editor@testdorp.example');
    await draftTile(editor, 'job-fair');
    const publishAt = new Date(w.clock.now().getTime() + 1200);
    const scheduled = await editor.put('/api/layers/testdorp/tiles/job-fair/schedule', { publishAt: publishAt.toISOString() });
    expect(scheduled.statusCode).toBe(200);
    expect(scheduled.json()).toMatchObject({ status: 'draft', schedule: { publishAt: publishAt.toISOString(), unpublishAt: null, problem: null } });
    const { id } = await tileRow('job-fair');
    const job: TileScheduleJob = { tileId: id, action: 'publish', at: publishAt.toISOString() };
    expect((await w.scheduler.status(job))?.state).toBe('delayed');

    w.clock.advance(1200); // the clock reaches the scheduled time as the job comes due
    expect(await outcomeOf(job)).toBe('done');
    expect(await tileRow('job-fair')).toMatchObject({ status: 'published', revision: 1, publishAt: null, scheduleProblem: null });
    const tile = (await editor.get('/api/layers/testdorp/tiles/job-fair')).json();
    expect(tile).toMatchObject({ status: 'published', draft: null, live: { content: { en: { title: 'job-fair title' } } }, schedule: { publishAt: null } });
    const audit = await w.db.auditLog.findMany({ where: { entityId: id }, orderBy: { createdAt: 'asc' }, select: { actor: true, action: true } });
    expect(audit).toEqual([
      { actor: `user:${w.staff.editor}`, action: 'tile.created' },
      { actor: `user:${w.staff.editor}`, action: 'tile.scheduled' },
      { actor: 'system', action: 'tile.published' },
    ]);
  });

  it('a scheduled unpublish fires and archives the tile', async () => {
    const editor = await w.as('editor@testdorp.example');
    await draftTile(editor, 'summer-event');
    await editor.post('/api/layers/testdorp/tiles/summer-event/publish');
    const unpublishAt = new Date(w.clock.now().getTime() + 1000);
    expect((await editor.put('/api/layers/testdorp/tiles/summer-event/schedule', { unpublishAt: unpublishAt.toISOString() })).statusCode).toBe(200);
    w.clock.advance(1000);
    const { id } = await tileRow('summer-event');
    expect(await outcomeOf({ tileId: id, action: 'unpublish', at: unpublishAt.toISOString() })).toBe('done');
    expect(await tileRow('summer-event')).toMatchObject({ status: 'archived', unpublishAt: null });
    expect(await w.db.tileTranslation.count({ where: { tileId: id } })).toBe(1);
  });

  it('a job that runs 25 h after its time does not publish: the tile is flagged and audited', async () => {
    const editor = await w.as('editor@testdorp.example');
    await draftTile(editor, 'late');
    const publishAt = new Date(w.clock.now().getTime() + 800);
    await editor.put('/api/layers/testdorp/tiles/late/schedule', { publishAt: publishAt.toISOString() });
    // The servers were down: by the time the job runs, 25 hours have passed.
    w.clock.advance(25 * HOUR);
    const { id } = await tileRow('late');
    expect(await outcomeOf({ tileId: id, action: 'publish', at: publishAt.toISOString() })).toBe('missed');

    const row = await tileRow('late');
    expect(row).toMatchObject({ status: 'draft', revision: 0, publishAt: null });
    expect(row.scheduleProblem).toBe(`The publish scheduled for ${publishAt.toISOString()} did not happen: it came 25 hours late (more than 24 hours), so it was not done. Check the tile and publish it yourself or schedule it again.`);
    const tile = (await editor.get('/api/layers/testdorp/tiles/late')).json();
    expect(tile).toMatchObject({ status: 'draft', draft: { content: { en: { title: 'late title' } } }, schedule: { publishAt: null, problem: row.scheduleProblem } });
    expect((await editor.get('/api/layers/testdorp/tiles')).json().tiles[0]).toMatchObject({ scheduleProblem: row.scheduleProblem });
    const missed = await w.db.auditLog.findFirstOrThrow({ where: { action: 'tile.schedule_missed' } });
    expect(missed).toMatchObject({ actor: 'system', entityId: id, data: { key: 'late', action: 'publish', at: publishAt.toISOString() } });
    expect(await w.db.tileTranslation.count()).toBe(0);

    // Scheduling again clears the problem.
    const again = await editor.put('/api/layers/testdorp/tiles/late/schedule', { publishAt: new Date(w.clock.now().getTime() + HOUR).toISOString() });
    expect(again.json()).toMatchObject({ schedule: { problem: null } });
  });

  it('a job exactly 24 h late still acts (more than 24 h is the limit)', async () => {
    const editor = await w.as('editor@testdorp.example');
    await draftTile(editor, 'edge');
    const { id } = await tileRow('edge');
    const at = new Date(w.clock.now().getTime() + HOUR);
    await w.db.tile.update({ where: { id }, data: { publishAt: at } });
    const job: TileScheduleJob = { tileId: id, action: 'publish', at: at.toISOString() };
    expect(await runScheduledAction(w.db, job, new Date(at.getTime() + 24 * HOUR))).toBe('done');
    expect(await tileRow('edge')).toMatchObject({ status: 'published' });
  });

  it('rescheduling and cancelling turn the old jobs into no-ops', async () => {
    const editor = await w.as('editor@testdorp.example');
    await draftTile(editor, 'moved');
    await draftTile(editor, 'cancelled');
    const soon = new Date(w.clock.now().getTime() + 900);
    const later = new Date(w.clock.now().getTime() + 48 * HOUR);
    await editor.put('/api/layers/testdorp/tiles/moved/schedule', { publishAt: soon.toISOString() });
    await editor.put('/api/layers/testdorp/tiles/cancelled/schedule', { publishAt: soon.toISOString() });
    // Moved two days on, and cancelled, before the first jobs come due.
    const moved = await editor.put('/api/layers/testdorp/tiles/moved/schedule', { publishAt: later.toISOString() });
    expect(moved.json()).toMatchObject({ schedule: { publishAt: later.toISOString() } });
    const cancelled = await editor.delete('/api/layers/testdorp/tiles/cancelled/schedule');
    expect(cancelled.statusCode).toBe(200);
    expect(cancelled.json()).toMatchObject({ schedule: { publishAt: null, unpublishAt: null } });

    w.clock.advance(900);
    const movedId = (await tileRow('moved')).id;
    const cancelledId = (await tileRow('cancelled')).id;
    expect(await outcomeOf({ tileId: movedId, action: 'publish', at: soon.toISOString() })).toBe('skipped');
    expect(await outcomeOf({ tileId: cancelledId, action: 'publish', at: soon.toISOString() })).toBe('skipped');
    expect(await tileRow('moved')).toMatchObject({ status: 'draft', publishAt: later, scheduleProblem: null });
    expect(await tileRow('cancelled')).toMatchObject({ status: 'draft', publishAt: null, scheduleProblem: null });
    // The new time has its own delayed job.
    expect((await w.scheduler.status({ tileId: movedId, action: 'publish', at: later.toISOString() }))?.state).toBe('delayed');
    const actions = (await w.db.auditLog.findMany({ where: { entityId: cancelledId }, orderBy: { createdAt: 'asc' }, select: { action: true } })).map((a) => a.action);
    expect(actions).toEqual(['tile.created', 'tile.scheduled', 'tile.schedule_cancelled']);
  });

  it('refuses schedules that cannot work (400 SCHEDULE_INVALID), and read access (403)', async () => {
    const editor = await w.as('editor@testdorp.example');
    await draftTile(editor, 's');
    const at = (ms: number) => new Date(w.clock.now().getTime() + ms).toISOString();
    const cases: Array<[Record<string, unknown>, string]> = [
      [{ publishAt: at(-1000) }, 'Schedule is invalid: publishAt must be in the future'],
      [{ unpublishAt: at(HOUR) }, 'Schedule is invalid: the tile is not published and no publish is scheduled'],
      [{ publishAt: at(2 * HOUR), unpublishAt: at(HOUR) }, 'Schedule is invalid: unpublishAt must be after publishAt'],
      [{ publishAt: at(3 * 366 * 24 * HOUR) }, 'Schedule is invalid: publishAt is more than two years ahead'],
    ];
    for (const [body, message] of cases) {
      const res = await editor.put('/api/layers/testdorp/tiles/s/schedule', body);
      expect(res.statusCode).toBe(400);
      expect(res.json()).toEqual({ code: 'SCHEDULE_INVALID', message });
    }
    expect((await editor.put('/api/layers/testdorp/tiles/s/schedule', { publishAt: 'tomorrow' })).json()).toMatchObject({ code: 'VALIDATION_FAILED' });
    await editor.post('/api/layers/testdorp/tiles/s/publish');
    const nothing = await editor.put('/api/layers/testdorp/tiles/s/schedule', { publishAt: at(HOUR) });
    expect(nothing.json()).toEqual({ code: 'SCHEDULE_INVALID', message: 'Schedule is invalid: there is no draft to publish' });
    const both = await editor.put('/api/layers/testdorp/tiles/s/schedule', { unpublishAt: at(HOUR) });
    expect(both.statusCode).toBe(200);

    const worker = await w.as('worker@testdorp.example');
    expect((await worker.put('/api/layers/testdorp/tiles/s/schedule', { unpublishAt: at(2 * HOUR) })).statusCode).toBe(403);
    expect((await worker.delete('/api/layers/testdorp/tiles/s/schedule')).statusCode).toBe(403);
    expect(await tileRow('s')).toMatchObject({ unpublishAt: new Date(at(HOUR)) });
  });
});
