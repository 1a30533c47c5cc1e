import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { testDatabaseUrl } from './test-database-url.ts';

const ROOT = path.resolve(import.meta.dirname, '../..');
const SCRIPT = path.join(ROOT, 'tests/support/inbound-worker-process.ts');

/** A running tests/support/inbound-worker-process.ts. */
export interface WorkerProcess {
  readonly pid: number;
  /** SIGKILL (a crash: no cleanup, open transactions and job locks are abandoned); resolves when it has exited. */
  kill(): Promise<void>;
  /** SIGTERM (clean shutdown); resolves when it has exited. No-op when it already has. */
  stop(): Promise<void>;
}

function exited(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => child.once('exit', () => resolve()));
}

/**
 * Starts a conversation worker process for queue `prefix`, delivering to
 * `sendUrl`; resolves once its workers take jobs (it printed `ready`).
 * Rejects with its stderr when it exits before that.
 */
export function startWorkerProcess(prefix: string, sendUrl: string): Promise<WorkerProcess> {
  const child = spawn(process.execPath, ['--import', 'tsx', SCRIPT, prefix, sendUrl], {
    cwd: ROOT,
    env: { ...process.env, DATABASE_URL: testDatabaseUrl(), LOG_LEVEL: 'warn' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => {
    stderr += chunk.toString();
  });
  const handle: WorkerProcess = {
    pid: child.pid ?? -1,
    async kill() {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
      await exited(child);
    },
    async stop() {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
      await exited(child);
    },
  };
  return new Promise((resolve, reject) => {
    let stdout = '';
    const onExit = (code: number | null) => reject(new Error(`worker process exited (${code}) before it was ready:\n${stderr}`));
    child.once('exit', onExit);
    child.stdout?.on('data', (chunk: Buffer) => {
      stdout += chunk.toString();
      if (stdout.includes('ready\n')) {
        child.off('exit', onExit);
        resolve(handle);
      }
    });
  });
}
