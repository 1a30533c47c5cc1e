import { execFile } from 'node:child_process';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { authenticate } from '../../core/staff/index.ts';
import { ROOT } from '../support/cli.ts';
import { createTestDb, testDatabaseUrl, truncateAll } from '../support/test-db.ts';

/** `npm run db:seed` creates the demo staff accounts idempotently and prints their passwords once. */

const db = createTestDb();

interface SeedRun {
  code: number;
  stdout: string;
  stderr: string;
  /** Printed password by email. */
  passwords: Map<string, string>;
}

function runSeed(extraEnv: Record<string, string> = {}): Promise<SeedRun> {
  const env: Record<string, string | undefined> = { ...process.env, DATABASE_URL: testDatabaseUrl(), ...extraEnv };
  if (!('DEMO_STAFF_PASSWORD' in extraEnv)) delete env.DEMO_STAFF_PASSWORD;
  return new Promise((resolve) => {
    execFile(process.execPath, ['--import', 'tsx', path.join(ROOT, 'prisma/seed.ts')], { cwd: ROOT, env }, (err, stdout, stderr) => {
      const passwords = new Map([...stdout.matchAll(/^ {2}(\S+@\S+\.example) +(\S+) {2}/gm)].map((m) => [m[1], m[2]]));
      resolve({ code: err ? Number(err.code ?? 1) : 0, stdout, stderr, passwords });
    });
  });
}

const ACCOUNTS: Record<string, Array<[string, string]>> = {
  'outreach@demostad.example': [['demostad', 'outreach_worker']],
  'editor@demostad.example': [['demostad', 'editor']],
  'analyst@demostad.example': [['demostad', 'analyst']],
  'outreach@tweestad.example': [['tweestad', 'outreach_worker']],
  'editor@national.example': [['national', 'editor']],
  'translator@national.example': [['national', 'translator']],
  'admin@national.example': [['national', 'admin']],
  'editor@regio-demo.example': [['regio-demo', 'editor']],
  'admin@demostad.example': [['demostad', 'admin']],
  'admin@tweestad.example': [['tweestad', 'admin']],
  'editor@agrifarm.example': [['agrifarm-demo', 'editor']],
  'editor@flexwonen.example': [['flexwonen-demo', 'editor']],
};

async function accountsInDb(): Promise<Record<string, Array<[string, string]>>> {
  const users = await db.staffUser.findMany({ include: { memberships: { include: { organization: true } } }, orderBy: { email: 'asc' } });
  return Object.fromEntries(users.map((u) => [u.email, u.memberships.map((m): [string, string] => [m.organization.slug, m.role])]));
}

let first: SeedRun;

beforeAll(async () => {
  await truncateAll(db);
  first = await runSeed();
}, 120_000);
afterAll(() => db.$disconnect());

describe('seed: demo staff accounts', () => {
  it('creates the accounts with their roles, argon2id hashes and the second municipality', async () => {
    expect(first.code, first.stderr).toBe(0);
    expect(await accountsInDb()).toEqual(ACCOUNTS);
    const worker = await db.staffUser.findUniqueOrThrow({ where: { email: 'outreach@demostad.example' } });
    expect(worker.languages).toEqual(['nl', 'pl', 'en']);
    expect(worker.passwordHash).toMatch(/^\$argon2id\$/);
    const tweestad = await db.organization.findUniqueOrThrow({ where: { slug: 'tweestad' }, include: { _count: { select: { tiles: true, librarySubscriptions: true } } } });
    expect(tweestad.kind).toBe('municipality');
    expect(tweestad._count.tiles).toBe(1);
    // It shows the national library through one subscription (new national tiles reach it without copies).
    expect(tweestad._count.librarySubscriptions).toBe(1);
  });

  it('prints each generated password once, with the sign-in URL, and they work', async () => {
    expect(first.stdout).toContain('sign in at http://localhost:3000/login');
    expect([...first.passwords.keys()].sort()).toEqual(Object.keys(ACCOUNTS).sort());
    for (const [email, password] of first.passwords) {
      expect(password).toMatch(/^[a-z2-9]{5}(-[a-z2-9]{5}){3}$/);
      expect(first.stdout.split(password).length - 1).toBe(1);
      expect(first.stderr).not.toContain(password);
      expect((await authenticate(db, email, password, new Date())).principal.email).toBe(email);
    }
    expect(new Set(first.passwords.values()).size).toBe(first.passwords.size);
  });

  it('is idempotent: a second run keeps the accounts and memberships and replaces the passwords', async () => {
    const second = await runSeed();
    expect(second.code, second.stderr).toBe(0);
    expect(await accountsInDb()).toEqual(ACCOUNTS);
    expect(await db.membership.count()).toBe(Object.keys(ACCOUNTS).length);
    // Three Dutch canned replies per municipality, created once.
    expect(await db.cannedReply.groupBy({ by: ['language'], _count: true })).toEqual([{ language: 'nl', _count: 6 }]);
    const email = 'outreach@tweestad.example';
    expect(second.passwords.get(email)).not.toBe(first.passwords.get(email));
    await expect(authenticate(db, email, first.passwords.get(email) as string, new Date())).rejects.toMatchObject({ code: 'LOGIN_FAILED' });
    expect((await authenticate(db, email, second.passwords.get(email) as string, new Date())).principal.email).toBe(email);
    expect(first.stdout.match(/\.example .*\(new\)$/gm)).toHaveLength(Object.keys(ACCOUNTS).length);
    expect(second.stdout).not.toMatch(/\(new\)$/m);
  }, 120_000);

  it('uses DEMO_STAFF_PASSWORD when it is set', async () => {
    const run = await runSeed({ DEMO_STAFF_PASSWORD: 'chosen-demo-password-42' });
    expect(run.code, run.stderr).toBe(0);
    expect(new Set(run.passwords.values())).toEqual(new Set(['chosen-demo-password-42']));
    const { principal } = await authenticate(db, 'editor@national.example', 'chosen-demo-password-42', new Date());
    expect(principal.memberships).toEqual([expect.objectContaining({ slug: 'national', kind: 'national', role: 'editor' })]);
  }, 120_000);
});
