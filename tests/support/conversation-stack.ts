import { randomUUID } from 'node:crypto';
import { ConversationStack } from '../../server/conversation-stack.ts';
import { AnswerService } from '../../core/answers/index.ts';
import { createTileSource } from '../../core/content/index.ts';
import { contactKeys, type ConversationEvents } from '../../core/conversation/index.ts';
import type { Db } from '../../core/platform/db.ts';
import { createRedis, type Redis } from '../../core/platform/redis.ts';

/** A conversation stack on real Redis with a unique queue prefix; `destroy` removes its keys and connection. */
export interface TestConversationStack {
  stack: ConversationStack;
  connection: Redis;
  prefix: string;
  destroy(): Promise<void>;
}

/**
 * The real conversation core for an integration test: BullMQ on the local
 * Redis (its own prefix, obliterated by `destroy`), the test database, and
 * the answer engine over whatever the test imported. Start the workers with
 * `stack.startWorkers(senders)` once the channel senders exist.
 */
export function createTestConversationStack(
  db: Db,
  options: { defaultOrganization?: string; backoffMs?: number; events?: ConversationEvents } = {},
): TestConversationStack {
  const connection = createRedis();
  const prefix = `test-${randomUUID()}`;
  const stack = new ConversationStack({
    db, connection, prefix,
    keys: contactKeys('test'),
    answers: new AnswerService(createTileSource(db)),
    defaultOrganization: options.defaultOrganization ?? 'testdorp',
    backoffMs: options.backoffMs ?? 20,
    events: options.events,
  });
  return {
    stack, connection, prefix,
    async destroy() {
      await stack.destroy();
      connection.disconnect();
    },
  };
}
