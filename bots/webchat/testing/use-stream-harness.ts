import { afterEach, beforeEach } from 'vitest';
import { DirectLineHarness } from './direct-line-harness.ts';
import { StreamClient } from './stream-client.ts';

/**
 * For a test file that opens Direct Line streams: a new
 * {@link DirectLineHarness} before each test (its own Redis prefix); after
 * each test every stream socket still open is terminated and the harness
 * cleaned up. Returns the running test's harness (call it inside tests).
 */
export function useStreamHarness(): () => DirectLineHarness {
  let harness: DirectLineHarness;
  beforeEach(() => {
    harness = new DirectLineHarness();
  });
  afterEach(async () => {
    StreamClient.terminateAll();
    await harness.cleanup();
  });
  return () => harness;
}
