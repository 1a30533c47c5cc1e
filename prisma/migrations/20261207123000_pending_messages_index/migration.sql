-- The sweep for stranded turns (core/conversation/stranded-turns.ts) looks for inbound messages still
-- `received` and replies still `queued` from the last day. It reads that day of messages by creation time
-- and filters on the status. The status itself is not indexed: it changes on every message (received to
-- delivered, queued to sent), and an indexed column that changes turns these cheap heap-only (HOT) updates
-- into a rewrite of every index of the messages table.
CREATE INDEX "messages_created_at_idx" ON "messages"("created_at");
