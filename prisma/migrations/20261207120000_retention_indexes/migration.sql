-- Retention (core/retention) finds, per municipality, the conversations whose last activity is older than
-- its policy allows, and the contacts left without conversations.
--
-- Only columns that never change are indexed. Every dialog turn updates its conversation (flow, language,
-- updated_at) and every message its contact (last_seen_at): while no indexed column changes, PostgreSQL
-- makes those heap-only (HOT) updates and leaves the table's indexes alone. Indexing updated_at or
-- last_seen_at would make every turn rewrite every index of both tables, on the hot path of each message,
-- for a job that runs once a day.
--
-- So retention reads candidates by creation: a conversation whose last activity is before the cutoff was
-- created before it. Of those it keeps the ones still active (updated_at, or a message newer than the
-- cutoff by the existing (conversation_id, created_at) index). A contact not seen for a day was created
-- more than a day ago.
CREATE INDEX "conversations_organization_id_created_at_idx" ON "conversations"("organization_id", "created_at");

CREATE INDEX "contacts_created_at_idx" ON "contacts"("created_at");
