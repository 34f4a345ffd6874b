-- AlterTable
ALTER TABLE "commitment" ADD COLUMN     "tk_nummer" TEXT;

-- CreateIndex
CREATE UNIQUE INDEX "commitment_tk_nummer_key" ON "commitment"("tk_nummer");
