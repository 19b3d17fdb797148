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

-- CreateTable
CREATE TABLE "InvoiceSpendByService" (
    "id" SERIAL NOT NULL,
    "periodStart" DATE NOT NULL,
    "serviceId" INTEGER NOT NULL,
    "vendorId" INTEGER NOT NULL,
    "currency" TEXT NOT NULL,
    "amount" DECIMAL(24,4) NOT NULL,
    "lineCount" INTEGER NOT NULL,

    CONSTRAINT "InvoiceSpendByService_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "CostAccount_billingAccountId_billingPeriodStart_idx" ON "CostAccount"("billingAccountId", "billingPeriodStart");

-- CreateIndex
CREATE INDEX "InvoiceSpendByService_periodStart_serviceId_idx" ON "InvoiceSpendByService"("periodStart", "serviceId");

-- Written by hand: both tables are filled here from what is already imported, as their rebuilds
-- fill them, so an upgraded installation answers from them at once. InvoiceSpendByService is part
-- of the invoice rollup: it holds the same version as InvoiceSpendDaily from now on.
INSERT INTO "CostAccount" ("billingAccountId", "billingAccountName", "billingPeriodStart", "subAccountId", "subAccountName")
  SELECT DISTINCT "billingAccountId", "billingAccountName", "billingPeriodStart", "subAccountId", "subAccountName" FROM "CostRecord";

INSERT INTO "InvoiceSpendByService" ("periodStart", "serviceId", "vendorId", "currency", "amount", "lineCount")
  SELECT l."periodStart", s.id, l."vendorId", i.currency, sum(l.amount), count(*)
  FROM "InvoiceLine" l
  JOIN "Invoice" i ON i.id = l."invoiceId"
  JOIN (SELECT DISTINCT ON ("identifierKey") id, "identifierKey" FROM "Service" ORDER BY "identifierKey", id) s ON s."identifierKey" = l."identifierKey"
  GROUP BY 1, 2, 3, 4;
