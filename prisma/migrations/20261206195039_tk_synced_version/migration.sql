-- AlterTable
ALTER TABLE "commitment" ADD COLUMN     "tk_synced_version" INTEGER;
