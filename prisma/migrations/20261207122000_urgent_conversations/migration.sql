-- Urgent conversations (issue 10): the kind of danger a person's message described, shown first in the
-- inbox with an alert, and the question log's outcome `urgent`.
CREATE TYPE "crisis_kind" AS ENUM ('acute', 'suicide', 'domestic', 'exploitation', 'eviction');

ALTER TABLE "conversations" ADD COLUMN "urgent" "crisis_kind",
ADD COLUMN "urgent_at" TIMESTAMP(3);

ALTER TYPE "question_outcome" ADD VALUE 'urgent';
