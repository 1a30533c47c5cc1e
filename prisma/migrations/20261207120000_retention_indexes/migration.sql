-- Retention (core/retention) finds, per municipality, the conversations whose last activity is older than its
-- policy allows. Last activity is `conversations.updated_at`: every dialog turn (each message of the person,
-- also while a worker holds the conversation) and every state change (claim, hand back, close, claim timeout)
-- sets it, so an index on what exists is enough and the hot path writes no extra column. A worker's message
-- without a state change does not touch it, so the retention statement also checks that the
-- conversation has no message newer than the cutoff, by the existing (conversation_id, created_at) index.
CREATE INDEX "conversations_organization_id_updated_at_idx" ON "conversations"("organization_id", "updated_at");

-- Contacts left without conversations are deleted once not seen for a day. This index keeps that sweep to
-- the contacts not seen lately instead of every contact.
CREATE INDEX "contacts_last_seen_at_idx" ON "contacts"("last_seen_at");
