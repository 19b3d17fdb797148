-- CreateTable
CREATE TABLE "InvoiceSpendDaily" (
    "id" SERIAL NOT NULL,
    "periodStart" DATE NOT NULL,
    "vendorId" INTEGER NOT NULL,
    "accountId" INTEGER NOT NULL,
    "chargeType" TEXT NOT NULL,
    "costCenterId" INTEGER,
    "locationId" INTEGER,
    "serviceType" TEXT,
    "currency" TEXT NOT NULL,
    "amount" DECIMAL(24,4) NOT NULL,
    "lineCount" INTEGER NOT NULL,

    CONSTRAINT "InvoiceSpendDaily_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SpendRollupVersion" (
    "id" INTEGER NOT NULL DEFAULT 1,
    "sourceVersion" BIGINT NOT NULL DEFAULT 0,
    "builtFromVersion" BIGINT NOT NULL DEFAULT -1,

    CONSTRAINT "SpendRollupVersion_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "InvoiceSpendDaily_periodStart_vendorId_idx" ON "InvoiceSpendDaily"("periodStart", "vendorId");

-- Written by hand (Prisma does not model triggers). Any statement that changes invoice lines,
-- invoices or services bumps sourceVersion in its own transaction, so a rollup built from an
-- earlier version reads as stale the moment that transaction commits, whoever wrote the rows
-- (an import, a MACD completion, a test). Statement-level: one UPDATE per statement, not per row.
INSERT INTO "SpendRollupVersion" ("id", "sourceVersion", "builtFromVersion") VALUES (1, 0, -1);

-- The migrator splits scripts at every semicolon, so the function body writes its own as \073.
CREATE FUNCTION "bump_spend_source_version"() RETURNS trigger LANGUAGE plpgsql AS
  E'BEGIN UPDATE "SpendRollupVersion" SET "sourceVersion" = "sourceVersion" + 1 WHERE "id" = 1\073 RETURN NULL\073 END';

CREATE TRIGGER "InvoiceLine_bump_spend_source_version" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "InvoiceLine"
  FOR EACH STATEMENT EXECUTE FUNCTION "bump_spend_source_version"();
CREATE TRIGGER "Invoice_bump_spend_source_version" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "Invoice"
  FOR EACH STATEMENT EXECUTE FUNCTION "bump_spend_source_version"();
CREATE TRIGGER "Service_bump_spend_source_version" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "Service"
  FOR EACH STATEMENT EXECUTE FUNCTION "bump_spend_source_version"();
