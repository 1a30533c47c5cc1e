-- AlterTable
ALTER TABLE "messages" ADD COLUMN     "choices" JSONB NOT NULL DEFAULT '[]',
ADD COLUMN     "links" JSONB NOT NULL DEFAULT '[]',
ADD COLUMN     "reply_to_id" TEXT;

-- CreateIndex
CREATE INDEX "messages_reply_to_id_idx" ON "messages"("reply_to_id");
