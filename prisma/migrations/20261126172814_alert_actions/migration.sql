-- CreateTable
CREATE TABLE "AlertFeedback" (
    "id" SERIAL NOT NULL,
    "alertId" INTEGER NOT NULL,
    "kind" TEXT NOT NULL,
    "family" TEXT NOT NULL,
    "periodStart" TEXT,
    "periodEnd" TEXT,
    "until" TIMESTAMP(3),
    "actorName" TEXT NOT NULL,
    "actorUserId" INTEGER,
    "at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "AlertFeedback_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "AlertFeedback_family_kind_idx" ON "AlertFeedback"("family", "kind");

-- CreateIndex
CREATE UNIQUE INDEX "AlertFeedback_alertId_kind_key" ON "AlertFeedback"("alertId", "kind");

-- AddForeignKey
ALTER TABLE "AlertFeedback" ADD CONSTRAINT "AlertFeedback_alertId_fkey" FOREIGN KEY ("alertId") REFERENCES "Alert"("id") ON DELETE CASCADE ON UPDATE CASCADE;
