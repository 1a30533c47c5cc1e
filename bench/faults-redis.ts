import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { createConnection } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';

/**
 * A redis-server of the fault scenario's own, on 127.0.0.1:`port`, with
 * its data in a temporary folder: append-only file (fsync every second),
 * no RDB snapshots. It can be stopped cleanly and started again with its
 * data (the AOF is complete after a clean stop), or killed and started
 * empty. Only the process it started is ever signalled.
 */
export class RedisServerProcess {
  private child: ChildProcess | undefined;
  private readonly dir: string;

  constructor(readonly port: number) {
    this.dir = mkdtempSync(path.join(tmpdir(), `faults-redis-${port}-`));
  }

  get url(): string {
    return `redis://127.0.0.1:${this.port}`;
  }

  /** Starts redis-server and resolves once it accepts connections; rejects when the port is taken or the binary is missing. */
  async start(): Promise<void> {
    if (await portOpen(this.port)) throw new Error(`port ${this.port} is already in use: the fault scenario needs a Redis of its own there`);
    const child = spawn('redis-server', [
      '--port', String(this.port), '--bind', '127.0.0.1', '--dir', this.dir,
      '--appendonly', 'yes', '--appendfsync', 'everysec', '--save', '',
      '--daemonize', 'no', '--protected-mode', 'no', '--loglevel', 'warning',
    ], { stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr?.on('data', (chunk: Buffer) => {
      stderr += chunk.toString();
    });
    const failed = new Promise<never>((_, reject) => {
      child.once('error', (err) => reject(new Error(`redis-server could not be started (is it installed?): ${err.message}`)));
      child.once('exit', (code) => reject(new Error(`redis-server exited (${code}) at start: ${stderr}`)));
    });
    this.child = child;
    await Promise.race([waitForPort(this.port, 10_000), failed]);
    child.removeAllListeners('exit');
  }

  /** A clean stop (SIGTERM: Redis writes its data and exits), as for maintenance; `start` brings the data back. */
  async stop(): Promise<void> {
    await this.signal('SIGTERM');
  }

  /** Kills Redis and deletes its data: the next `start` is empty, as after a failover to a blank replica or a lost volume. */
  async killAndForget(): Promise<void> {
    await this.signal('SIGKILL');
    rmSync(this.dir, { recursive: true, force: true });
    mkdirSync(this.dir, { recursive: true });
  }

  /** Stops Redis (if running) and removes its folder. */
  async destroy(): Promise<void> {
    await this.signal('SIGKILL');
    rmSync(this.dir, { recursive: true, force: true });
  }

  private async signal(signal: NodeJS.Signals): Promise<void> {
    const child = this.child;
    this.child = undefined;
    if (!child || child.exitCode !== null || child.signalCode !== null) return;
    const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
    child.kill(signal);
    await exited;
  }
}

function portOpen(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = createConnection({ host: '127.0.0.1', port });
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
  });
}

async function waitForPort(port: number, timeoutMs: number): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    if (await portOpen(port)) return;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error(`redis-server did not open port ${port} within ${timeoutMs} ms`);
}
