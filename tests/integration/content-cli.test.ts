import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { contentSnapshot } from '../support/db-snapshot.ts';
import { fixturePath, loadFixture } from '../support/factories.ts';
import { runCli } from '../support/cli.ts';
import { createTestDb, truncateAll } from '../support/test-db.ts';

const db = createTestDb();
const cli = runCli;

beforeEach(() => truncateAll(db));
afterAll(() => db.$disconnect());

describe('content:import', () => {
  it('imports into an empty database and prints a one-line JSON summary', async () => {
    const run = await cli('content-import.ts', ['--file', fixturePath('tiles-small.json')]);
    expect(run).toMatchObject({ code: 0, stderr: '' });
    expect(run.stdout.trim().split('\n')).toHaveLength(1);
    expect(JSON.parse(run.stdout)).toEqual({ organization: 'testdorp', created: 4, updated: 0, unchanged: 0, translations: 11 });
    expect(await db.theme.count()).toBe(11);
  });

  it('rejects a file that is not JSON with exit code 1 and changes nothing', async () => {
    await cli('content-import.ts', ['--file', fixturePath('tiles-small.json')]);
    const before = await contentSnapshot(db);
    const dir = await mkdtemp(path.join(tmpdir(), 'content-cli-'));
    await writeFile(path.join(dir, 'bad.json'), '{"format": "tiles/v1", "tiles": [');

    const run = await cli('content-import.ts', ['--file', path.join(dir, 'bad.json')]);
    expect(run.code).toBe(1);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(/^IMPORT_INVALID: Import rejected, nothing was changed:\n.*bad\.json is not valid JSON/);
    expect(await contentSnapshot(db)).toEqual(before);
  });

  it('reports validation problems by tile and field', async () => {
    const file = loadFixture('tiles-small.json');
    delete (file.tiles[2].content as Record<string, unknown>).pl;
    (file.tiles[2].content.ro as { title?: string }).title = undefined;
    const dir = await mkdtemp(path.join(tmpdir(), 'content-cli-'));
    await writeFile(path.join(dir, 'tiles.json'), JSON.stringify(file));

    const run = await cli('content-import.ts', ['--file', path.join(dir, 'tiles.json')]);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('tiles[2] "minimum-wage": content.ro.title: required');
    expect(await db.tile.count()).toBe(0);
  });

  it('exits with 2 on a usage error and 1 on a missing file', async () => {
    const usage = await cli('content-import.ts', []);
    expect(usage.code).toBe(2);
    expect(usage.stderr).toContain('--file is required');
    const missing = await cli('content-import.ts', ['--file', '/nonexistent/tiles.json']);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toBe('FILE_ACCESS_FAILED: Cannot read /nonexistent/tiles.json: ENOENT\n');
  });
});

describe('content:export', () => {
  it('writes the tiles/v1 file to stdout or to --file', async () => {
    await cli('content-import.ts', ['--file', fixturePath('tiles-small.json')]);
    const run = await cli('content-export.ts', ['--org', 'testdorp']);
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout)).toEqual(loadFixture('tiles-small.json'));

    const out = path.join(await mkdtemp(path.join(tmpdir(), 'content-cli-')), 'out.json');
    expect(await cli('content-export.ts', ['--org', 'testdorp', '--file', out])).toMatchObject({ code: 0, stdout: '' });
    expect(JSON.parse(await readFile(out, 'utf8'))).toEqual(loadFixture('tiles-small.json'));
  });

  it('fails on an unknown organization and on a missing --org', async () => {
    expect(await cli('content-export.ts', ['--org', 'nowhere'])).toMatchObject({
      code: 1,
      stderr: 'ORGANIZATION_NOT_FOUND: Organization "nowhere" not found\n',
    });
    expect((await cli('content-export.ts', [])).code).toBe(2);
  });
});
