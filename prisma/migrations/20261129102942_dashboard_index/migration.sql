-- DropIndex
DROP INDEX "commitment_status_deadline_latest_idx";

-- CreateIndex
CREATE INDEX "commitment_dashboard_idx" ON "commitment"("status", "deadline_latest", "ministry_id", "minister_id", "fulfilled_on", "deadline_earliest", "id");
