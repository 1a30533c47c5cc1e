import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { testDatabaseUrl } from './test-database-url.ts';

const ROOT = path.resolve(import.meta.dirname, '../..');
const SCRIPT = path.join(ROOT, 'tests/support/answer-server-process.ts');

/** A running tests/support/answer-server-process.ts. */
export interface AnswerServerProcess {
  readonly pid: number;
  /** `http://127.0.0.1:<port>` */
  readonly url: string;
  /** SIGTERM (clean shutdown); resolves when it has exited. No-op when it already has. */
  stop(): Promise<void>;
}

function exited(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => child.once('exit', () => resolve()));
}

/**
 * Starts a server process (HTTP app with the answer engines and their
 * content-changed listener under the Redis key prefix `prefix`); resolves
 * once it listens. Rejects with its stderr when it exits before that.
 */
export function startAnswerServer(prefix: string): Promise<AnswerServerProcess> {
  const child = spawn(process.execPath, ['--import', 'tsx', SCRIPT, prefix], {
    cwd: ROOT,
    env: { ...process.env, DATABASE_URL: testDatabaseUrl(), LOG_LEVEL: 'warn' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => {
    stderr += chunk.toString();
  });
  return new Promise((resolve, reject) => {
    let stdout = '';
    const onExit = (code: number | null) => reject(new Error(`answer server exited (${code}) before it was ready:\n${stderr}`));
    child.once('exit', onExit);
    child.stdout?.on('data', (chunk: Buffer) => {
      stdout += chunk.toString();
      const ready = /ready (\d+)\n/.exec(stdout);
      if (!ready) return;
      child.off('exit', onExit);
      resolve({
        pid: child.pid ?? -1,
        url: `http://127.0.0.1:${ready[1]}`,
        async stop() {
          if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
          await exited(child);
        },
      });
    });
  });
}
