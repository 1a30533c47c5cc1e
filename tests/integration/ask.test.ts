import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { AnswerService } from '../../core/answers/index.ts';
import { createTileSource, importTiles } from '../../core/content/index.ts';
import { isAppError } from '../../core/platform/errors.ts';
import { engineLibraryFile } from '../fixtures/engine-library.ts';
import { runCli } from '../support/cli.ts';
import { createTestDb, truncateAll } from '../support/test-db.ts';

const db = createTestDb();

beforeEach(async () => {
  await truncateAll(db);
  await importTiles(db, engineLibraryFile(), 'test');
});
afterAll(() => db.$disconnect());

describe('import → ask on PostgreSQL', () => {
  it('answers from the imported tiles through the AnswerService, in the question language', async () => {
    const service = new AnswerService(createTileSource(db));
    const engine = await service.engine('testdorp');
    const answer = engine.ask('Jak dostać numer BSN? Gdzie się zameldować?');
    expect(answer).toMatchObject({ outcome: 'answered', lang: 'pl' });
    expect(answer.tile?.key).toBe('bsn');
    expect(answer.tile?.content.pl?.title).toBe('Zameldowanie w gminie i numer BSN');
  });

  it('rebuilds the engine after invalidate, so edited content is answered at once', async () => {
    const service = new AnswerService(createTileSource(db));
    const before = await service.engine('testdorp');
    const file = engineLibraryFile();
    file.tiles[0].content.en!.title = 'Register and get your BSN today';
    await importTiles(db, file, 'test');
    expect(await service.engine('testdorp')).toBe(before);
    service.invalidate('testdorp');
    const after = await service.engine('testdorp');
    expect(after).not.toBe(before);
    expect(after.ask('How do I get a BSN?').tile?.content.en?.title).toBe('Register and get your BSN today');
  });

  it('notices a change made elsewhere through the background version check', async () => {
    const service = new AnswerService(createTileSource(db), { recheckMs: 0 });
    const before = await service.engine('testdorp');
    const file = engineLibraryFile();
    file.tiles[1].content.en!.body += ' Changed.';
    await importTiles(db, file, 'test');
    await service.engine('testdorp'); // triggers the check
    await expect.poll(() => service.engine('testdorp'), { timeout: 5000 }).not.toBe(before);
  });

  it('shares one build between concurrent first questions', async () => {
    const service = new AnswerService(createTileSource(db));
    const engines = await Promise.all([service.engine('testdorp'), service.engine('testdorp'), service.engine('testdorp')]);
    expect(new Set(engines).size).toBe(1);
  });

  it('rejects an unknown organization with ORGANIZATION_NOT_FOUND and does not cache the failure', async () => {
    const service = new AnswerService(createTileSource(db));
    const error = await service.engine('nowhere').catch((e: unknown) => e);
    expect(isAppError(error, 'ORGANIZATION_NOT_FOUND')).toBe(true);
    await importTiles(db, { ...engineLibraryFile(), organization: { slug: 'nowhere', name: 'Nowhere', kind: 'municipality' } }, 'test');
    await expect(service.engine('nowhere')).resolves.toBeDefined();
  });
});

describe('npm run ask (CLI contract)', () => {
  it('answers one question given as argument with one JSON object', async () => {
    const run = await runCli('ask.ts', ['--org', 'testdorp', 'Колко е минималната заплата на час?']);
    expect(run).toMatchObject({ code: 0, stderr: '' });
    const lines = run.stdout.trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(JSON.parse(lines[0])).toMatchObject({ lang: 'bg', outcome: 'answered', tile: 'minimum-wage', theme: 'income' });
  });

  it('answers JSONL in order, ignores a given lang, and keeps bad lines in place as errors', async () => {
    const input = [
      JSON.stringify({ id: 'a', lang: 'en', text: 'Jak dostać numer BSN?' }),
      'this is not json',
      JSON.stringify({ id: 'c', text: 'I want to talk to a real person' }),
      JSON.stringify({ id: 'd' }),
      '',
      JSON.stringify({ id: 'e', text: 'Яка мінімальна зарплата за годину?' }),
    ].join('\n');
    const run = await runCli('ask.ts', ['--org', 'testdorp', '--jsonl'], input);
    expect(run.code).toBe(0);
    expect(run.stderr).toMatch(/2 input line\(s\) could not be read/);
    const out = run.stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(out.map((o) => o.id)).toEqual(['a', null, 'c', 'd', 'e']);
    expect(out[0]).toMatchObject({ lang: 'pl', tile: 'bsn' });
    expect(out[1]).toEqual({ id: null, error: 'line is not JSON' });
    expect(out[2]).toMatchObject({ outcome: 'handoff', tile: null });
    expect(out[3]).toEqual({ id: 'd', error: 'line has no "text" string' });
    expect(out[4]).toMatchObject({ lang: 'uk', tile: 'minimum-wage' });
  });

  it('exits 1 with ORGANIZATION_NOT_FOUND for an unknown organization', async () => {
    const run = await runCli('ask.ts', ['--org', 'nowhere', 'hello']);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/^ORGANIZATION_NOT_FOUND: Organization "nowhere" not found/);
  });

  it('exits 2 with the usage text when there is no question', async () => {
    const run = await runCli('ask.ts', ['--org', 'testdorp']);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/usage: ask/);
  });

  it('answers a large batch on stdin without losing lines', async () => {
    const lines = Array.from({ length: 500 }, (_, i) => JSON.stringify({ id: `q${i}`, text: i % 2 ? 'What is the minimum wage?' : 'Which bin is for plastic?' }));
    const run = await runCli('ask.ts', ['--org', 'testdorp', '--jsonl'], lines.join('\n'));
    const out = run.stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(out).toHaveLength(500);
    expect(out[499]).toMatchObject({ id: 'q499', tile: 'minimum-wage' });
  });
});
