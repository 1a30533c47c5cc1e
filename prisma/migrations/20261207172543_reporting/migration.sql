-- CreateEnum
CREATE TYPE "content_gap_kind" AS ENUM ('unanswered', 'not_helpful');

-- CreateEnum
CREATE TYPE "content_gap_status" AS ENUM ('open', 'added_as_example', 'drafted', 'dismissed');

-- DropIndex
DROP INDEX "question_logs_organization_id_created_at_idx";

-- AlterTable
ALTER TABLE "question_logs" ADD COLUMN     "day" DATE NOT NULL DEFAULT (now() AT TIME ZONE 'utc')::date,
ADD COLUMN     "entry_code" TEXT,
ADD COLUMN     "entry_kind" TEXT NOT NULL DEFAULT 'municipality',
ADD COLUMN     "entry_organization_id" TEXT,
ADD COLUMN     "tile_owner_id" TEXT;

-- CreateTable
CREATE TABLE "handoff_records" (
    "id" TEXT NOT NULL,
    "organization_id" TEXT NOT NULL,
    "channel" "channel" NOT NULL,
    "language" TEXT NOT NULL,
    "entry_kind" TEXT NOT NULL DEFAULT 'municipality',
    "entry_code" TEXT,
    "reason" TEXT NOT NULL,
    "outcome" TEXT NOT NULL,
    "agency" TEXT,
    "employment_type" TEXT,
    "housing_type" TEXT,
    "waiting_minutes" INTEGER,
    "handling_minutes" INTEGER,
    "outside_hours" BOOLEAN NOT NULL DEFAULT false,
    "day" DATE NOT NULL,

    CONSTRAINT "handoff_records_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "content_gaps" (
    "id" TEXT NOT NULL,
    "organization_id" TEXT NOT NULL,
    "kind" "content_gap_kind" NOT NULL,
    "language" TEXT NOT NULL,
    "text" TEXT NOT NULL,
    "tile_key" TEXT,
    "tile_owner_id" TEXT,
    "person_key" TEXT NOT NULL,
    "status" "content_gap_status" NOT NULL DEFAULT 'open',
    "resolved_tile_key" TEXT,
    "resolved_at" TIMESTAMP(3),
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "expires_at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "content_gaps_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "report_documents" (
    "id" TEXT NOT NULL,
    "organization_id" TEXT NOT NULL,
    "period_start" DATE NOT NULL,
    "period_end" DATE NOT NULL,
    "language" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "pdf" BYTEA NOT NULL,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "created_by_id" TEXT,

    CONSTRAINT "report_documents_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "handoff_records_organization_id_day_idx" ON "handoff_records"("organization_id", "day");

-- CreateIndex
CREATE INDEX "content_gaps_organization_id_status_created_at_idx" ON "content_gaps"("organization_id", "status", "created_at");

-- CreateIndex
CREATE INDEX "content_gaps_tile_owner_id_status_idx" ON "content_gaps"("tile_owner_id", "status");

-- CreateIndex
CREATE INDEX "content_gaps_expires_at_idx" ON "content_gaps"("expires_at");

-- CreateIndex
CREATE UNIQUE INDEX "report_documents_organization_id_period_start_period_end_la_key" ON "report_documents"("organization_id", "period_start", "period_end", "language", "kind");

-- CreateIndex
CREATE INDEX "question_logs_organization_id_day_idx" ON "question_logs"("organization_id", "day");

-- CreateIndex
CREATE INDEX "question_logs_tile_owner_id_day_idx" ON "question_logs"("tile_owner_id", "day");

-- CreateIndex
CREATE INDEX "question_logs_entry_organization_id_day_idx" ON "question_logs"("entry_organization_id", "day");

-- AddForeignKey
ALTER TABLE "handoff_records" ADD CONSTRAINT "handoff_records_organization_id_fkey" FOREIGN KEY ("organization_id") REFERENCES "organizations"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "content_gaps" ADD CONSTRAINT "content_gaps_organization_id_fkey" FOREIGN KEY ("organization_id") REFERENCES "organizations"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "report_documents" ADD CONSTRAINT "report_documents_organization_id_fkey" FOREIGN KEY ("organization_id") REFERENCES "organizations"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Questions logged before the day column: their day is the day they were asked (created_at is UTC)
UPDATE "question_logs" SET "day" = "created_at"::date;
