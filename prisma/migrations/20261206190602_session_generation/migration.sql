-- AlterTable
ALTER TABLE "app_user" ADD COLUMN     "session_generation" INTEGER NOT NULL DEFAULT 0;
