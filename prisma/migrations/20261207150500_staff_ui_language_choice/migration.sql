-- Null until the person chooses the staff app's language: until then it follows the languages they speak.
ALTER TABLE "staff_users" ALTER COLUMN "ui_language" DROP NOT NULL;
ALTER TABLE "staff_users" ALTER COLUMN "ui_language" DROP DEFAULT;
UPDATE "staff_users" SET "ui_language" = NULL WHERE "ui_language" = 'en';
