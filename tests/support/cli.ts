import { execFile } from 'node:child_process';
import path from 'node:path';
import { testDatabaseUrl } from './test-db.ts';

export const ROOT = path.resolve(import.meta.dirname, '../..');

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs an admin CLI script against the test database, as `npm run --silent` would, optionally feeding stdin. */
export function runCli(script: string, args: string[], stdin?: string): Promise<CliRun> {
  return new Promise((resolve) => {
    const child = execFile(
      process.execPath,
      ['--import', 'tsx', path.join(ROOT, 'server/cli', script), ...args],
      { cwd: ROOT, env: { ...process.env, DATABASE_URL: testDatabaseUrl() }, maxBuffer: 32 * 1024 * 1024 },
      (err, stdout, stderr) => resolve({ code: err ? Number(err.code ?? 1) : 0, stdout, stderr }),
    );
    child.stdin?.end(stdin ?? '');
  });
}
