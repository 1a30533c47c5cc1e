import { endProcess, startScript } from './script-process.ts';

/** A running tests/support/inbound-worker-process.ts. */
export interface WorkerProcess {
  readonly pid: number;
  /** SIGKILL (a crash: no cleanup, open transactions and job locks are abandoned); resolves when it has exited. */
  kill(): Promise<void>;
  /** SIGTERM (clean shutdown); resolves when it has exited. No-op when it already has. */
  stop(): Promise<void>;
}

/**
 * Starts a conversation worker process for queue `prefix`, delivering to
 * `sendUrl`; resolves once its workers take jobs (it printed `ready`).
 * Rejects with its stderr when it exits before that.
 */
export async function startWorkerProcess(prefix: string, sendUrl: string): Promise<WorkerProcess> {
  const { child } = await startScript('tests/support/inbound-worker-process.ts', [prefix, sendUrl], 'worker process', /ready\n/);
  return {
    pid: child.pid ?? -1,
    kill: () => endProcess(child, 'SIGKILL'),
    stop: () => endProcess(child, 'SIGTERM'),
  };
}
