-- AlterTable
ALTER TABLE "conversations" ADD COLUMN     "open_key" TEXT;

-- Backfill: the newest open conversation per person and municipality holds the key.
UPDATE "conversations" c SET "open_key" = c."contact_id" || ':' || c."organization_id"
FROM (
  SELECT DISTINCT ON ("contact_id", "organization_id") "id" FROM "conversations"
  WHERE "state" <> 'closed' ORDER BY "contact_id", "organization_id", "created_at" DESC
) newest
WHERE c."id" = newest."id";

-- CreateIndex
CREATE UNIQUE INDEX "conversations_open_key_key" ON "conversations"("open_key");
