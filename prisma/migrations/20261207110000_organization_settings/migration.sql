-- One home for an organization's settings that are not columns of their own
-- (safety card, retention, privacy statement, sites allowed to embed the chat).
-- Validated by core/content/organization-settings.ts.
ALTER TABLE "organizations" ADD COLUMN "settings" JSONB NOT NULL DEFAULT '{}';
