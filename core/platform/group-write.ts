/**
 * Group commit for an idempotent batch write: calls made while a write is in
 * flight wait and go out together in the next one, instead of each taking a
 * statement (and a pool connection) of its own. An idle writer writes at
 * once, so a lone call waits for nothing. Each call settles with the write
 * that carried its items: resolved once they are written, or rejected with
 * that write's error.
 */
export function groupWrites<T>(write: (items: T[]) => Promise<void>): (items: T[]) => Promise<void> {
  let next: { items: T[]; settle: Array<(error?: unknown) => void> } | undefined;
  let writing = false;

  const drain = async (): Promise<void> => {
    writing = true;
    while (next) {
      const batch = next;
      next = undefined;
      let failure: unknown;
      try {
        await write(batch.items);
      } catch (err) {
        failure = err ?? new Error('group write failed');
      }
      for (const settle of batch.settle) settle(failure);
    }
    writing = false;
  };

  return (items) => {
    if (items.length === 0) return Promise.resolve();
    return new Promise<void>((resolve, reject) => {
      next ??= { items: [], settle: [] };
      next.items.push(...items);
      next.settle.push((error) => (error === undefined ? resolve() : reject(error)));
      if (!writing) void drain();
    });
  };
}
