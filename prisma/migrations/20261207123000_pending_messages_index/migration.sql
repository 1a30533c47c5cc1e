-- The sweep for stranded turns (core/conversation/stranded-turns.ts) looks for inbound messages still
-- `received` and replies still `queued` older than a grace period. Indexed by status first, it reads
-- only those few pending rows instead of scanning every message.
CREATE INDEX "messages_delivery_status_created_at_idx" ON "messages"("delivery_status", "created_at");
