-- AlterTable
ALTER TABLE "conversations" ADD COLUMN     "flow" JSONB NOT NULL DEFAULT '{}';
