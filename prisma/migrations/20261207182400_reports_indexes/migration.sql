-- Reports (issue 13): every dimension the dashboard groups question_logs by, after (organization_id, day), so a
-- municipality's report for a period is an index-only scan (no visit to the table's scattered heap pages).
-- CreateIndex
CREATE INDEX "question_logs_report_idx" ON "question_logs"("organization_id", "day", "theme_key", "language", "channel", "outcome", "entry_kind", "entry_code", "feedback", "tile_key");
