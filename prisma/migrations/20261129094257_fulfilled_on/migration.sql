-- AlterTable
ALTER TABLE "commitment" ADD COLUMN     "fulfilled_on" DATE;

-- CreateIndex
CREATE INDEX "commitment_fulfilled_on_idx" ON "commitment"("fulfilled_on");

-- Hand-written backfill: commitments already fulfilled get the date of the document that fulfilled them, or the
-- day of their last change when that document has no date.
UPDATE "commitment" c SET "fulfilled_on" = coalesce(
  (SELECT max(d."date") FROM "commitment_reference" cr JOIN "document" d ON d."id" = cr."document_id"
    WHERE cr."commitment_id" = c."id" AND cr."role" = 'fulfilment'),
  c."updated_at"::date)
WHERE c."status" = 'fulfilled';
