-- CreateTable
CREATE TABLE "CostAccount" (
    "id" BIGSERIAL NOT NULL,
    "billingAccountId" TEXT NOT NULL,
    "billingAccountName" TEXT,
    "billingPeriodStart" TIMESTAMP(3) NOT NULL,
    "subAccountId" TEXT,
    "subAccountName" TEXT,

    CONSTRAINT "CostAccount_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "CostAccount_billingAccountId_billingPeriodStart_idx" ON "CostAccount"("billingAccountId", "billingPeriodStart");

-- Written by hand: filled here from what is already imported, as rebuildCostRollups fills it, so
-- an upgraded installation knows its accounts at once.
INSERT INTO "CostAccount" ("billingAccountId", "billingAccountName", "billingPeriodStart", "subAccountId", "subAccountName")
  SELECT DISTINCT "billingAccountId", "billingAccountName", "billingPeriodStart", "subAccountId", "subAccountName" FROM "CostRecord";
