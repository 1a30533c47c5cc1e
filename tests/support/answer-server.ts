import { endProcess, startScript } from './script-process.ts';

/** A running tests/support/answer-server-process.ts. */
export interface AnswerServerProcess {
  readonly pid: number;
  /** `http://127.0.0.1:<port>` */
  readonly url: string;
  /** SIGTERM (clean shutdown); resolves when it has exited. No-op when it already has. */
  stop(): Promise<void>;
}

/**
 * Starts a server process (HTTP app with the answer engines and their
 * content-changed listener under the Redis key prefix `prefix`); resolves
 * once it listens. Rejects with its stderr when it exits before that.
 */
export async function startAnswerServer(prefix: string): Promise<AnswerServerProcess> {
  const { child, ready } = await startScript('tests/support/answer-server-process.ts', [prefix], 'answer server', /ready (\d+)\n/);
  return {
    pid: child.pid ?? -1,
    url: `http://127.0.0.1:${ready[1]}`,
    stop: () => endProcess(child, 'SIGTERM'),
  };
}
