import { describe, expect, it } from 'vitest';
import { AnswerService } from './answer-service.ts';
import type { TileSource } from './answer-service.ts';
import { SAMPLE_LIBRARY } from './testing/sample-library.ts';

/**
 * A TileSource whose content version the test moves; it counts loads and
 * can hold a version check until released, to test a refresh asked for
 * while another runs.
 */
class MovableSource implements TileSource {
  versions = new Map<string, number>([['a', 1], ['b', 1]]);
  loads: string[] = [];
  private held?: { release(): void; reached: Promise<void> };

  async load(org: string) {
    this.loads.push(org);
    return { tiles: SAMPLE_LIBRARY, languages: ['en' as const] };
  }

  async version(org: string): Promise<string> {
    const held = this.held;
    const version = String(this.versions.get(org));
    if (held) {
      this.held = undefined;
      held.release();
      await new Promise<void>((resolve) => setTimeout(resolve, 20));
    }
    return version;
  }

  /** The next version check reads the version, then waits a moment before answering (a slow database). */
  slowNextCheck(): Promise<void> {
    let release!: () => void;
    const reached = new Promise<void>((resolve) => {
      release = resolve;
    });
    this.held = { release, reached };
    return reached;
  }
}

describe('AnswerService.refresh (content-changed notices)', () => {
  it('rebuilds only the cached engines whose content version changed', async () => {
    const source = new MovableSource();
    const service = new AnswerService(source, { recheckMs: 60_000 });
    const a = await service.engine('a');
    const b = await service.engine('b');
    source.versions.set('a', 2);
    await service.refresh();
    expect(await service.engine('a')).not.toBe(a);
    expect(await service.engine('b')).toBe(b);
    expect(source.loads).toEqual(['a', 'b', 'a']);
  });

  it('checks again when a change is announced while a check is running (it may have read the old version)', async () => {
    const source = new MovableSource();
    const service = new AnswerService(source, { recheckMs: 60_000 });
    const before = await service.engine('a');
    const reached = source.slowNextCheck();
    const first = service.refresh(); // reads version 1, then is slow to answer
    await reached;
    source.versions.set('a', 2); // the change lands after that read...
    const second = service.refresh(); // ...and its notice arrives while the first check runs
    await Promise.all([first, second]);
    await expect.poll(() => service.engine('a')).not.toBe(before);
  });

  it('keeps answering from the old engine when a refresh fails, and reports it', async () => {
    const source = new MovableSource();
    const errors: string[] = [];
    const service = new AnswerService(source, { recheckMs: 60_000, onRefreshError: (org) => errors.push(org) });
    const before = await service.engine('a');
    source.version = async () => {
      throw new Error('database away');
    };
    await service.refresh();
    expect(await service.engine('a')).toBe(before);
    expect(errors).toEqual(['a']);
  });
});
