-- AlterEnum
ALTER TYPE "membership_role" ADD VALUE 'translator';

-- AlterTable
ALTER TABLE "tile_translations" ADD COLUMN     "checked_at" TIMESTAMP(3),
ADD COLUMN     "checked_by_id" TEXT,
ADD COLUMN     "link_labels" TEXT[] DEFAULT ARRAY[]::TEXT[],
ADD COLUMN     "source_hash" TEXT NOT NULL DEFAULT '',
ADD COLUMN     "suggestion" JSONB;

-- AlterTable
ALTER TABLE "tiles" ADD COLUMN     "translation_problems" JSONB NOT NULL DEFAULT '{}';

-- CreateTable
CREATE TABLE "translation_handouts" (
    "tile_id" TEXT NOT NULL,
    "language" TEXT NOT NULL,
    "source_hash" TEXT NOT NULL,
    "exported_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "exported_by_id" TEXT,

    CONSTRAINT "translation_handouts_pkey" PRIMARY KEY ("tile_id","language")
);

-- CreateTable
CREATE TABLE "translation_segments" (
    "key" TEXT NOT NULL,
    "text" TEXT NOT NULL,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "translation_segments_pkey" PRIMARY KEY ("key")
);

-- CreateTable
CREATE TABLE "translation_usage" (
    "organization_id" TEXT NOT NULL,
    "month" TEXT NOT NULL,
    "characters" INTEGER NOT NULL DEFAULT 0,
    "updated_at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "translation_usage_pkey" PRIMARY KEY ("organization_id","month")
);

-- AddForeignKey
ALTER TABLE "tile_translations" ADD CONSTRAINT "tile_translations_checked_by_id_fkey" FOREIGN KEY ("checked_by_id") REFERENCES "staff_users"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "translation_handouts" ADD CONSTRAINT "translation_handouts_tile_id_fkey" FOREIGN KEY ("tile_id") REFERENCES "tiles"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "translation_handouts" ADD CONSTRAINT "translation_handouts_exported_by_id_fkey" FOREIGN KEY ("exported_by_id") REFERENCES "staff_users"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "translation_usage" ADD CONSTRAINT "translation_usage_organization_id_fkey" FOREIGN KEY ("organization_id") REFERENCES "organizations"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Rows from before source hashes: the source row gets "v<tile version>" and every other row "v<its source version>",
-- so a translation is current exactly when the old version counter said so. The next publish or import of the tile
-- replaces these marks with real hashes (core/content/translations/source-hash.ts) without marking anything stale
UPDATE "tile_translations" AS tt SET "source_hash" = 'v' || t."version"
  FROM "tiles" AS t WHERE tt."tile_id" = t."id" AND tt."source_hash" = '' AND tt."language" = t."source_lang";
UPDATE "tile_translations" AS tt SET "source_hash" = 'v' || tt."source_version"
  FROM "tiles" AS t WHERE tt."tile_id" = t."id" AND tt."source_hash" = '' AND tt."language" <> t."source_lang";
