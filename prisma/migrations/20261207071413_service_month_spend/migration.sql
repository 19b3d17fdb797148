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
  GROUP BY 1, 2
  ORDER BY 1, 2;

-- Written by hand: the months whose rows must be worked out again at the next rebuild. Statement
-- triggers with transition tables name the billing months of every invoice line written, changed
-- or removed, and of the lines of an invoice whose currency changed; the rebuild adds the months
-- of lines whose identifier now reaches another service, then refills only those months. An
-- invoice of one month at 50× refills ~100,000 rows instead of ~2.4 million.
CREATE TABLE "ServiceMonthSpendStale" (
    "month" DATE NOT NULL,

    CONSTRAINT "ServiceMonthSpendStale_pkey" PRIMARY KEY ("month")
);

-- The migrator splits scripts at every semicolon, so the function bodies write theirs as \073.
CREATE FUNCTION "mark_service_months_of_lines"() RETURNS trigger LANGUAGE plpgsql AS
  E'BEGIN INSERT INTO "ServiceMonthSpendStale" ("month") SELECT DISTINCT date_trunc(''month'', "periodStart")::date FROM changed_lines ON CONFLICT DO NOTHING\073 RETURN NULL\073 END';

CREATE FUNCTION "mark_all_service_months"() RETURNS trigger LANGUAGE plpgsql AS
  E'BEGIN INSERT INTO "ServiceMonthSpendStale" ("month") SELECT DISTINCT "month" FROM "ServiceMonthSpend" ON CONFLICT DO NOTHING\073 RETURN NULL\073 END';

CREATE FUNCTION "mark_service_months_of_invoices"() RETURNS trigger LANGUAGE plpgsql AS
  E'BEGIN INSERT INTO "ServiceMonthSpendStale" ("month") SELECT DISTINCT date_trunc(''month'', l."periodStart")::date FROM new_invoices n JOIN old_invoices o ON o.id = n.id JOIN "InvoiceLine" l ON l."invoiceId" = n.id WHERE n.currency IS DISTINCT FROM o.currency ON CONFLICT DO NOTHING\073 RETURN NULL\073 END';

CREATE TRIGGER "InvoiceLine_mark_service_months_inserted" AFTER INSERT ON "InvoiceLine"
  REFERENCING NEW TABLE AS changed_lines FOR EACH STATEMENT EXECUTE FUNCTION "mark_service_months_of_lines"();
CREATE TRIGGER "InvoiceLine_mark_service_months_deleted" AFTER DELETE ON "InvoiceLine"
  REFERENCING OLD TABLE AS changed_lines FOR EACH STATEMENT EXECUTE FUNCTION "mark_service_months_of_lines"();
CREATE TRIGGER "InvoiceLine_mark_service_months_updated_from" AFTER UPDATE ON "InvoiceLine"
  REFERENCING OLD TABLE AS changed_lines FOR EACH STATEMENT EXECUTE FUNCTION "mark_service_months_of_lines"();
CREATE TRIGGER "InvoiceLine_mark_service_months_updated_to" AFTER UPDATE ON "InvoiceLine"
  REFERENCING NEW TABLE AS changed_lines FOR EACH STATEMENT EXECUTE FUNCTION "mark_service_months_of_lines"();
CREATE TRIGGER "InvoiceLine_mark_service_months_truncated" AFTER TRUNCATE ON "InvoiceLine"
  FOR EACH STATEMENT EXECUTE FUNCTION "mark_all_service_months"();
CREATE TRIGGER "Invoice_mark_service_months_currency" AFTER UPDATE ON "Invoice"
  REFERENCING OLD TABLE AS old_invoices NEW TABLE AS new_invoices FOR EACH STATEMENT EXECUTE FUNCTION "mark_service_months_of_invoices"();
