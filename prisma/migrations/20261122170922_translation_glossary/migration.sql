-- AlterTable
ALTER TABLE "organizations" ADD COLUMN     "glossary" TEXT[] DEFAULT ARRAY[]::TEXT[];
