import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { testDatabaseUrl } from './test-database-url.ts';

/** The repository root: where the scripts run (cwd) and what their paths are relative to. */
const ROOT = path.resolve(import.meta.dirname, '../..');

/** A support script running as its own process, once it said it was ready. */
export interface StartedScript {
  readonly child: ChildProcess;
  /** The match of the ready pattern in its stdout (capture groups carry what it announced, e.g. a port). */
  readonly ready: RegExpExecArray;
}

/**
 * Runs `script` (a path from the repository root, e.g.
 * tests/support/answer-server-process.ts) under tsx as its own Node process
 * on the test database, and resolves once its stdout matches `ready`.
 * Rejects with its stderr when it exits before that; `what` names it in
 * that message. The process-kill tests need real processes, not workers in
 * this one, to crash them.
 */
export function startScript(script: string, args: readonly string[], what: string, ready: RegExp): Promise<StartedScript> {
  const child = spawn(process.execPath, ['--import', 'tsx', path.join(ROOT, script), ...args], {
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
    const onExit = (code: number | null) => reject(new Error(`${what} exited (${code}) before it was ready:\n${stderr}`));
    child.once('exit', onExit);
    child.stdout?.on('data', (chunk: Buffer) => {
      stdout += chunk.toString();
      const match = ready.exec(stdout);
      if (!match) return;
      child.off('exit', onExit);
      resolve({ child, ready: match });
    });
  });
}

/** Sends `signal` unless the process has already exited; resolves when it has. */
export async function endProcess(child: ChildProcess, signal: NodeJS.Signals): Promise<void> {
  if (child.exitCode === null && child.signalCode === null) child.kill(signal);
  if (child.exitCode !== null || child.signalCode !== null) return;
  await new Promise<void>((resolve) => child.once('exit', () => resolve()));
}
