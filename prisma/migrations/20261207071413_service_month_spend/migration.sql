-- CreateTable
CREATE TABLE "ServiceMonthSpend" (
    "month" DATE NOT NULL,
    "serviceId" INTEGER NOT NULL,
    "currency" TEXT NOT NULL,
    "amount" DECIMAL(24,4) NOT NULL,

    CONSTRAINT "ServiceMonthSpend_pkey" PRIMARY KEY ("month","serviceId")
);

-- CreateIndex
CREATE INDEX "ServiceMonthSpend_month_amount_idx" ON "ServiceMonthSpend"("month", "amount" DESC);

-- Written by hand: filled here as rebuildInvoiceSpendRollup fills it (service-month-spend.ts), so an
-- upgraded installation whose rollup is current reads a complete table at once.
INSERT INTO "ServiceMonthSpend" ("month", "serviceId", "currency", "amount")
  SELECT date_trunc('month', l."periodStart")::date, f."serviceId", min(i.currency), sum(l.amount)
  FROM "InvoiceLine" l
  JOIN "Invoice" i ON i.id = l."invoiceId"
  JOIN "ServiceOfIdentifier" f ON f."identifierKey" = l."identifierKey"
  GROUP BY 1, 2;
