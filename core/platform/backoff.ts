/** The wait before try `failures + 1`: `initialMs`, doubling per failure, at most `maxMs`. */
export function backoffDelay(failures: number, initialMs: number, maxMs: number): number {
  return Math.min(maxMs, initialMs * 2 ** failures);
}
