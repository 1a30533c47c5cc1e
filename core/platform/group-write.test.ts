import { describe, expect, it } from 'vitest';
import { groupWrites } from './group-write.ts';

/** A write whose calls the test finishes by hand. */
function manualWrite() {
  const calls: Array<{ items: number[]; finish: (error?: Error) => void }> = [];
  const write = (items: number[]) => new Promise<void>((resolve, reject) => calls.push({ items, finish: (e) => (e ? reject(e) : resolve()) }));
  return { calls, write };
}

const tick = () => new Promise((r) => setImmediate(r));

describe('groupWrites', () => {
  it('writes a lone call at once', async () => {
    const { calls, write } = manualWrite();
    const grouped = groupWrites(write);
    const done = grouped([1, 2]);
    await tick();
    expect(calls.map((c) => c.items)).toEqual([[1, 2]]);
    calls[0].finish();
    await expect(done).resolves.toBeUndefined();
  });

  it('sends the calls made during a write together in the next one, each settling with its own write', async () => {
    const { calls, write } = manualWrite();
    const grouped = groupWrites(write);
    const settled: string[] = [];
    const first = grouped([1]).then(() => settled.push('first'));
    const second = grouped([2]).then(() => settled.push('second'));
    const third = grouped([3, 4]).then(() => settled.push('third'));
    await tick();
    expect(calls.map((c) => c.items)).toEqual([[1]]);
    calls[0].finish();
    await first;
    await tick();
    expect(settled).toEqual(['first']);
    expect(calls.map((c) => c.items)).toEqual([[1], [2, 3, 4]]);
    calls[1].finish();
    await Promise.all([second, third]);
    expect(settled).toEqual(['first', 'second', 'third']);
  });

  it('rejects the calls of a failed write only, and goes on writing', async () => {
    const { calls, write } = manualWrite();
    const grouped = groupWrites(write);
    const first = grouped([1]);
    const second = grouped([2]);
    await tick();
    calls[0].finish(new Error('database down'));
    await expect(first).rejects.toThrow('database down');
    await tick();
    calls[1].finish();
    await expect(second).resolves.toBeUndefined();
    const third = grouped([3]);
    await tick();
    expect(calls.map((c) => c.items)).toEqual([[1], [2], [3]]);
    calls[2].finish();
    await expect(third).resolves.toBeUndefined();
  });

  it('does not write for an empty call', async () => {
    const { calls, write } = manualWrite();
    await groupWrites(write)([]);
    expect(calls).toEqual([]);
  });
});
