-- CreateTable
CREATE TABLE "entry_codes" (
    "id" TEXT NOT NULL,
    "code" TEXT NOT NULL,
    "organization_id" TEXT NOT NULL,
    "layer_organization_id" TEXT,
    "label" TEXT,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "entry_codes_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "entry_codes_code_key" ON "entry_codes"("code");

-- CreateIndex
CREATE INDEX "entry_codes_organization_id_idx" ON "entry_codes"("organization_id");

-- CreateIndex
CREATE INDEX "entry_codes_layer_organization_id_idx" ON "entry_codes"("layer_organization_id");

-- AddForeignKey
ALTER TABLE "entry_codes" ADD CONSTRAINT "entry_codes_organization_id_fkey" FOREIGN KEY ("organization_id") REFERENCES "organizations"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "entry_codes" ADD CONSTRAINT "entry_codes_layer_organization_id_fkey" FOREIGN KEY ("layer_organization_id") REFERENCES "organizations"("id") ON DELETE CASCADE ON UPDATE CASCADE;
