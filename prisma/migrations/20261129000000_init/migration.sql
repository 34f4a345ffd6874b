-- CreateEnum
CREATE TYPE "commitment_status" AS ENUM ('open', 'partially_fulfilled', 'fulfilled', 'lapsed', 'withdrawn');

-- CreateEnum
CREATE TYPE "deadline_precision" AS ENUM ('day', 'week', 'month', 'quarter', 'season', 'half_year', 'year', 'open');

-- CreateEnum
CREATE TYPE "reference_role" AS ENUM ('source', 'fulfilment', 'related');

-- CreateEnum
CREATE TYPE "document_kind" AS ENUM ('kamerstuk', 'aanhangsel', 'handelingen');

-- CreateEnum
CREATE TYPE "user_role" AS ENUM ('editor', 'coordinator', 'admin');

-- CreateTable
CREATE TABLE "ministry" (
    "id" SERIAL NOT NULL,
    "code" TEXT NOT NULL,
    "name" TEXT NOT NULL,

    CONSTRAINT "ministry_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "minister" (
    "id" SERIAL NOT NULL,
    "name" TEXT NOT NULL,
    "function" TEXT NOT NULL,
    "ministry_id" INTEGER NOT NULL,

    CONSTRAINT "minister_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "dossier" (
    "id" SERIAL NOT NULL,
    "nummer" TEXT NOT NULL,
    "toevoeging" TEXT NOT NULL DEFAULT '',
    "title" TEXT,

    CONSTRAINT "dossier_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "document" (
    "id" TEXT NOT NULL,
    "kind" "document_kind" NOT NULL,
    "kamer" TEXT,
    "label" TEXT NOT NULL,
    "vergaderjaar" TEXT,
    "ondernummer" TEXT,
    "nummer" TEXT,
    "item" INTEGER,
    "title" TEXT,
    "date" DATE,
    "url" TEXT NOT NULL,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "document_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "document_dossier" (
    "document_id" TEXT NOT NULL,
    "dossier_id" INTEGER NOT NULL,
    "position" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "document_dossier_pkey" PRIMARY KEY ("document_id","dossier_id")
);

-- CreateTable
CREATE TABLE "commitment" (
    "id" SERIAL NOT NULL,
    "number" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "text" TEXT NOT NULL,
    "status" "commitment_status" NOT NULL DEFAULT 'open',
    "deadline_phrase" TEXT,
    "deadline_earliest" DATE,
    "deadline_latest" DATE,
    "deadline_precision" "deadline_precision",
    "made_on" DATE,
    "activity" TEXT NOT NULL,
    "minister_id" INTEGER NOT NULL,
    "ministry_id" INTEGER NOT NULL,
    "committee" TEXT,
    "addressee" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,
    "search_vector" tsvector,

    CONSTRAINT "commitment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "commitment_number_sequence" (
    "year" INTEGER NOT NULL,
    "last" INTEGER NOT NULL,

    CONSTRAINT "commitment_number_sequence_pkey" PRIMARY KEY ("year")
);

-- CreateTable
CREATE TABLE "commitment_reference" (
    "commitment_id" INTEGER NOT NULL,
    "document_id" TEXT NOT NULL,
    "role" "reference_role" NOT NULL,

    CONSTRAINT "commitment_reference_pkey" PRIMARY KEY ("commitment_id","document_id","role")
);

-- CreateTable
CREATE TABLE "commitment_dossier" (
    "commitment_id" INTEGER NOT NULL,
    "dossier_id" INTEGER NOT NULL,

    CONSTRAINT "commitment_dossier_pkey" PRIMARY KEY ("commitment_id","dossier_id")
);

-- CreateTable
CREATE TABLE "audit_event" (
    "id" BIGSERIAL NOT NULL,
    "at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "actor_id" TEXT,
    "actor_name" TEXT NOT NULL,
    "actor_ministry" TEXT,
    "action" TEXT NOT NULL,
    "entity_type" TEXT NOT NULL,
    "entity_id" TEXT NOT NULL,
    "commitment_id" INTEGER,
    "changes" JSONB NOT NULL,
    "reason" TEXT,

    CONSTRAINT "audit_event_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "app_user" (
    "id" TEXT NOT NULL,
    "email" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "password_hash" TEXT,
    "role" "user_role" NOT NULL,
    "ministry_id" INTEGER,
    "disabled" BOOLEAN NOT NULL DEFAULT false,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "app_user_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "ministry_code_key" ON "ministry"("code");

-- CreateIndex
CREATE UNIQUE INDEX "ministry_name_key" ON "ministry"("name");

-- CreateIndex
CREATE UNIQUE INDEX "minister_name_function_key" ON "minister"("name", "function");

-- CreateIndex
CREATE UNIQUE INDEX "dossier_nummer_toevoeging_key" ON "dossier"("nummer", "toevoeging");

-- CreateIndex
CREATE INDEX "document_dossier_dossier_id_idx" ON "document_dossier"("dossier_id");

-- CreateIndex
CREATE UNIQUE INDEX "commitment_number_key" ON "commitment"("number");

-- CreateIndex
CREATE INDEX "commitment_search_vector_idx" ON "commitment" USING GIN ("search_vector");

-- CreateIndex
CREATE INDEX "commitment_status_deadline_latest_idx" ON "commitment"("status", "deadline_latest");

-- CreateIndex
CREATE INDEX "commitment_deadline_latest_idx" ON "commitment"("deadline_latest");

-- CreateIndex
CREATE INDEX "commitment_ministry_id_status_idx" ON "commitment"("ministry_id", "status");

-- CreateIndex
CREATE INDEX "commitment_minister_id_idx" ON "commitment"("minister_id");

-- CreateIndex
CREATE INDEX "commitment_made_on_idx" ON "commitment"("made_on");

-- CreateIndex
CREATE INDEX "commitment_reference_document_id_idx" ON "commitment_reference"("document_id");

-- CreateIndex
CREATE INDEX "commitment_dossier_dossier_id_idx" ON "commitment_dossier"("dossier_id");

-- CreateIndex
CREATE INDEX "audit_event_commitment_id_at_idx" ON "audit_event"("commitment_id", "at");

-- CreateIndex
CREATE INDEX "audit_event_at_idx" ON "audit_event"("at");

-- CreateIndex
CREATE UNIQUE INDEX "app_user_email_key" ON "app_user"("email");

-- AddForeignKey
ALTER TABLE "minister" ADD CONSTRAINT "minister_ministry_id_fkey" FOREIGN KEY ("ministry_id") REFERENCES "ministry"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "document_dossier" ADD CONSTRAINT "document_dossier_document_id_fkey" FOREIGN KEY ("document_id") REFERENCES "document"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "document_dossier" ADD CONSTRAINT "document_dossier_dossier_id_fkey" FOREIGN KEY ("dossier_id") REFERENCES "dossier"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "commitment" ADD CONSTRAINT "commitment_minister_id_fkey" FOREIGN KEY ("minister_id") REFERENCES "minister"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "commitment" ADD CONSTRAINT "commitment_ministry_id_fkey" FOREIGN KEY ("ministry_id") REFERENCES "ministry"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "commitment_reference" ADD CONSTRAINT "commitment_reference_commitment_id_fkey" FOREIGN KEY ("commitment_id") REFERENCES "commitment"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "commitment_reference" ADD CONSTRAINT "commitment_reference_document_id_fkey" FOREIGN KEY ("document_id") REFERENCES "document"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "commitment_dossier" ADD CONSTRAINT "commitment_dossier_commitment_id_fkey" FOREIGN KEY ("commitment_id") REFERENCES "commitment"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "commitment_dossier" ADD CONSTRAINT "commitment_dossier_dossier_id_fkey" FOREIGN KEY ("dossier_id") REFERENCES "dossier"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "audit_event" ADD CONSTRAINT "audit_event_commitment_id_fkey" FOREIGN KEY ("commitment_id") REFERENCES "commitment"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "app_user" ADD CONSTRAINT "app_user_ministry_id_fkey" FOREIGN KEY ("ministry_id") REFERENCES "ministry"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- Hand-written below this line: database rules Prisma's schema language cannot express (its diff ignores
-- functions and triggers, so they do not show up as drift).

-- Dutch full-text search vector, kept in step with the row by the database itself.
CREATE FUNCTION commitment_search_vector_update() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  NEW.search_vector :=
    setweight(to_tsvector('dutch', coalesce(NEW.number, '') || ' ' || coalesce(NEW.title, '')), 'A') ||
    setweight(to_tsvector('dutch', coalesce(NEW.text, '')), 'B') ||
    setweight(to_tsvector('dutch', coalesce(NEW.activity, '') || ' ' || coalesce(NEW.deadline_phrase, '') || ' ' ||
                                   coalesce(NEW.committee, '') || ' ' || coalesce(NEW.addressee, '')), 'C');
  RETURN NEW;
END
$$;

CREATE TRIGGER commitment_search_vector
  BEFORE INSERT OR UPDATE OF number, title, text, activity, deadline_phrase, committee, addressee ON "commitment"
  FOR EACH ROW EXECUTE FUNCTION commitment_search_vector_update();

-- The audit trail is append-only: nothing may change or remove an event once written.
CREATE FUNCTION audit_event_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'audit_event is append-only (% refused)', TG_OP;
END
$$;

CREATE TRIGGER audit_event_append_only
  BEFORE UPDATE OR DELETE ON "audit_event"
  FOR EACH ROW EXECUTE FUNCTION audit_event_append_only();
