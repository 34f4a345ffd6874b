-- CreateTable
CREATE TABLE "commitment_follow" (
    "user_id" TEXT NOT NULL,
    "commitment_id" INTEGER NOT NULL,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "commitment_follow_pkey" PRIMARY KEY ("user_id","commitment_id")
);

-- CreateTable
CREATE TABLE "filter_follow" (
    "id" SERIAL NOT NULL,
    "user_id" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "query" TEXT NOT NULL,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "filter_follow_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "mail_preference" (
    "user_id" TEXT NOT NULL,
    "owner_reminders" BOOLEAN NOT NULL DEFAULT true,
    "updated_at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "mail_preference_pkey" PRIMARY KEY ("user_id")
);

-- CreateTable
CREATE TABLE "reminder_run" (
    "run_on" DATE NOT NULL,
    "started_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "digests" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "reminder_run_pkey" PRIMARY KEY ("run_on")
);

-- CreateTable
CREATE TABLE "mail_digest" (
    "id" SERIAL NOT NULL,
    "user_id" TEXT NOT NULL,
    "digest_on" DATE NOT NULL,
    "state" TEXT NOT NULL DEFAULT 'pending',
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "last_error" TEXT,
    "lease_until" TIMESTAMP(3),
    "recipient" TEXT NOT NULL,
    "subject" TEXT NOT NULL,
    "text" TEXT NOT NULL,
    "html" TEXT NOT NULL,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "sent_at" TIMESTAMP(3),

    CONSTRAINT "mail_digest_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "sent_reminder" (
    "id" SERIAL NOT NULL,
    "user_id" TEXT NOT NULL,
    "commitment_id" INTEGER NOT NULL,
    "kind" TEXT NOT NULL,
    "due_on" DATE NOT NULL,
    "digest_id" INTEGER NOT NULL,

    CONSTRAINT "sent_reminder_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "notified_change" (
    "user_id" TEXT NOT NULL,
    "audit_event_id" BIGINT NOT NULL,
    "digest_id" INTEGER NOT NULL,

    CONSTRAINT "notified_change_pkey" PRIMARY KEY ("user_id","audit_event_id")
);

-- CreateIndex
CREATE INDEX "commitment_follow_commitment_id_idx" ON "commitment_follow"("commitment_id");

-- CreateIndex
CREATE UNIQUE INDEX "filter_follow_user_id_query_key" ON "filter_follow"("user_id", "query");

-- CreateIndex
CREATE INDEX "mail_digest_state_lease_until_idx" ON "mail_digest"("state", "lease_until");

-- CreateIndex
CREATE UNIQUE INDEX "mail_digest_user_id_digest_on_key" ON "mail_digest"("user_id", "digest_on");

-- CreateIndex
CREATE INDEX "sent_reminder_digest_id_idx" ON "sent_reminder"("digest_id");

-- CreateIndex
CREATE UNIQUE INDEX "sent_reminder_user_id_commitment_id_kind_due_on_key" ON "sent_reminder"("user_id", "commitment_id", "kind", "due_on");

-- CreateIndex
CREATE INDEX "notified_change_digest_id_idx" ON "notified_change"("digest_id");

-- AddForeignKey
ALTER TABLE "commitment_follow" ADD CONSTRAINT "commitment_follow_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "app_user"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "commitment_follow" ADD CONSTRAINT "commitment_follow_commitment_id_fkey" FOREIGN KEY ("commitment_id") REFERENCES "commitment"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "filter_follow" ADD CONSTRAINT "filter_follow_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "app_user"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "mail_preference" ADD CONSTRAINT "mail_preference_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "app_user"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "mail_digest" ADD CONSTRAINT "mail_digest_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "app_user"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "sent_reminder" ADD CONSTRAINT "sent_reminder_commitment_id_fkey" FOREIGN KEY ("commitment_id") REFERENCES "commitment"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "sent_reminder" ADD CONSTRAINT "sent_reminder_digest_id_fkey" FOREIGN KEY ("digest_id") REFERENCES "mail_digest"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "notified_change" ADD CONSTRAINT "notified_change_digest_id_fkey" FOREIGN KEY ("digest_id") REFERENCES "mail_digest"("id") ON DELETE CASCADE ON UPDATE CASCADE;
