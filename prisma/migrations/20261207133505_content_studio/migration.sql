-- CreateEnum
CREATE TYPE "tile_choice" AS ENUM ('show', 'hide');

-- CreateEnum
CREATE TYPE "subscription_scope" AS ENUM ('all', 'themes', 'tiles');

-- CreateEnum
CREATE TYPE "new_tile_policy" AS ENUM ('automatic', 'ask');

-- CreateEnum
CREATE TYPE "staff_token_kind" AS ENUM ('invitation', 'password_reset');

-- AlterTable
ALTER TABLE "entry_codes" ADD COLUMN     "chats_started" INTEGER NOT NULL DEFAULT 0;

-- AlterTable
ALTER TABLE "staff_users" ADD COLUMN     "ui_language" TEXT NOT NULL DEFAULT 'en';

-- AlterTable
ALTER TABLE "tile_subscriptions" ADD COLUMN     "choice" "tile_choice" NOT NULL DEFAULT 'show',
ADD COLUMN     "updated_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP;

-- AlterTable
ALTER TABLE "tiles" ADD COLUMN     "draft" JSONB,
ADD COLUMN     "draft_updated_at" TIMESTAMP(3),
ADD COLUMN     "edit_version" INTEGER NOT NULL DEFAULT 1,
ADD COLUMN     "owner_id" TEXT,
ADD COLUMN     "publish_at" TIMESTAMP(3),
ADD COLUMN     "review_by" TIMESTAMP(3),
ADD COLUMN     "revision" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN     "schedule_problem" TEXT,
ADD COLUMN     "unpublish_at" TIMESTAMP(3);

-- CreateTable
CREATE TABLE "library_subscriptions" (
    "organization_id" TEXT NOT NULL,
    "library_id" TEXT NOT NULL,
    "scope" "subscription_scope" NOT NULL DEFAULT 'all',
    "theme_keys" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "new_tiles" "new_tile_policy" NOT NULL DEFAULT 'automatic',
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "library_subscriptions_pkey" PRIMARY KEY ("organization_id","library_id")
);

-- CreateTable
CREATE TABLE "tile_revisions" (
    "id" TEXT NOT NULL,
    "tile_id" TEXT NOT NULL,
    "number" INTEGER NOT NULL,
    "snapshot" JSONB NOT NULL,
    "published_by_id" TEXT,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "tile_revisions_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "local_additions" (
    "id" TEXT NOT NULL,
    "organization_id" TEXT NOT NULL,
    "tile_id" TEXT NOT NULL,
    "source_lang" TEXT NOT NULL DEFAULT 'en',
    "published" JSONB,
    "draft" JSONB,
    "version" INTEGER NOT NULL DEFAULT 1,
    "reviewed_revision" INTEGER NOT NULL DEFAULT 0,
    "edit_version" INTEGER NOT NULL DEFAULT 1,
    "updated_by_id" TEXT,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "local_additions_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "layer_activations" (
    "layer_id" TEXT NOT NULL,
    "municipality_id" TEXT NOT NULL,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "layer_activations_pkey" PRIMARY KEY ("layer_id","municipality_id")
);

-- CreateTable
CREATE TABLE "deployment_settings" (
    "key" TEXT NOT NULL,
    "value" JSONB NOT NULL,
    "updated_by_id" TEXT,
    "updated_at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "deployment_settings_pkey" PRIMARY KEY ("key")
);

-- CreateTable
CREATE TABLE "staff_tokens" (
    "id" TEXT NOT NULL,
    "user_id" TEXT NOT NULL,
    "kind" "staff_token_kind" NOT NULL,
    "token_hash" TEXT NOT NULL,
    "expires_at" TIMESTAMP(3) NOT NULL,
    "used_at" TIMESTAMP(3),
    "created_by_id" TEXT,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "staff_tokens_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "library_subscriptions_library_id_idx" ON "library_subscriptions"("library_id");

-- CreateIndex
CREATE UNIQUE INDEX "tile_revisions_tile_id_number_key" ON "tile_revisions"("tile_id", "number");

-- CreateIndex
CREATE INDEX "local_additions_tile_id_idx" ON "local_additions"("tile_id");

-- CreateIndex
CREATE UNIQUE INDEX "local_additions_organization_id_tile_id_key" ON "local_additions"("organization_id", "tile_id");

-- CreateIndex
CREATE INDEX "layer_activations_municipality_id_idx" ON "layer_activations"("municipality_id");

-- CreateIndex
CREATE UNIQUE INDEX "staff_tokens_token_hash_key" ON "staff_tokens"("token_hash");

-- CreateIndex
CREATE INDEX "staff_tokens_user_id_idx" ON "staff_tokens"("user_id");

-- AddForeignKey
ALTER TABLE "tiles" ADD CONSTRAINT "tiles_owner_id_fkey" FOREIGN KEY ("owner_id") REFERENCES "staff_users"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "library_subscriptions" ADD CONSTRAINT "library_subscriptions_organization_id_fkey" FOREIGN KEY ("organization_id") REFERENCES "organizations"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "library_subscriptions" ADD CONSTRAINT "library_subscriptions_library_id_fkey" FOREIGN KEY ("library_id") REFERENCES "organizations"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "tile_revisions" ADD CONSTRAINT "tile_revisions_tile_id_fkey" FOREIGN KEY ("tile_id") REFERENCES "tiles"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "tile_revisions" ADD CONSTRAINT "tile_revisions_published_by_id_fkey" FOREIGN KEY ("published_by_id") REFERENCES "staff_users"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "local_additions" ADD CONSTRAINT "local_additions_organization_id_fkey" FOREIGN KEY ("organization_id") REFERENCES "organizations"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "local_additions" ADD CONSTRAINT "local_additions_tile_id_fkey" FOREIGN KEY ("tile_id") REFERENCES "tiles"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "local_additions" ADD CONSTRAINT "local_additions_updated_by_id_fkey" FOREIGN KEY ("updated_by_id") REFERENCES "staff_users"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "layer_activations" ADD CONSTRAINT "layer_activations_layer_id_fkey" FOREIGN KEY ("layer_id") REFERENCES "organizations"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "layer_activations" ADD CONSTRAINT "layer_activations_municipality_id_fkey" FOREIGN KEY ("municipality_id") REFERENCES "organizations"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "deployment_settings" ADD CONSTRAINT "deployment_settings_updated_by_id_fkey" FOREIGN KEY ("updated_by_id") REFERENCES "staff_users"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "staff_tokens" ADD CONSTRAINT "staff_tokens_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "staff_users"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "staff_tokens" ADD CONSTRAINT "staff_tokens_created_by_id_fkey" FOREIGN KEY ("created_by_id") REFERENCES "staff_users"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- Existing data. Tiles a municipality was subscribed to one by one stay exactly what it shows: a
-- subscription of chosen tiles whose new tiles wait for acceptance.
INSERT INTO "library_subscriptions" ("organization_id", "library_id", "scope", "new_tiles", "updated_at")
SELECT DISTINCT s."organization_id", t."organization_id", 'tiles'::"subscription_scope", 'ask'::"new_tile_policy", CURRENT_TIMESTAMP
FROM "tile_subscriptions" s JOIN "tiles" t ON t."id" = s."tile_id"
ON CONFLICT DO NOTHING;

-- An employer or housing provider was active where its parent municipality is.
INSERT INTO "layer_activations" ("layer_id", "municipality_id")
SELECT o."id", o."parent_id" FROM "organizations" o
WHERE o."kind" IN ('employer', 'housing_provider') AND o."parent_id" IS NOT NULL
ON CONFLICT DO NOTHING;

-- Every tile gets a review date: six months after it was made.
UPDATE "tiles" SET "review_by" = "created_at" + INTERVAL '6 months' WHERE "review_by" IS NULL;
