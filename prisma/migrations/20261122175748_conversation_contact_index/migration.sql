-- DropIndex
DROP INDEX "conversations_contact_id_state_idx";

-- CreateIndex
CREATE INDEX "conversations_contact_id_created_at_idx" ON "conversations"("contact_id", "created_at");
