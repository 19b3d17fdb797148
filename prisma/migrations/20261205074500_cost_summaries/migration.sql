-- CreateTable
CREATE TABLE "CostDailySummary" (
    "id" BIGSERIAL NOT NULL,
    "day" DATE NOT NULL,
    "billingPeriodStart" TIMESTAMP(3) NOT NULL,
    "vendorId" INTEGER NOT NULL,
    "serviceName" TEXT,
    "serviceCategory" TEXT,
    "regionId" TEXT,
    "chargeCategory" TEXT NOT NULL,
    "costCenterId" INTEGER,
    "currency" TEXT NOT NULL,
    "billedCost" DECIMAL(30,12) NOT NULL,
    "effectiveCost" DECIMAL(30,12) NOT NULL,
    "rowCount" INTEGER NOT NULL,

    CONSTRAINT "CostDailySummary_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CostMonthlySummary" (
    "id" BIGSERIAL NOT NULL,
    "month" DATE NOT NULL,
    "billingPeriodStart" TIMESTAMP(3) NOT NULL,
    "vendorId" INTEGER NOT NULL,
    "serviceName" TEXT,
    "serviceCategory" TEXT,
    "regionId" TEXT,
    "chargeCategory" TEXT NOT NULL,
    "costCenterId" INTEGER,
    "currency" TEXT NOT NULL,
    "billedCost" DECIMAL(30,12) NOT NULL,
    "effectiveCost" DECIMAL(30,12) NOT NULL,
    "rowCount" INTEGER NOT NULL,

    CONSTRAINT "CostMonthlySummary_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CostSummaryStale" (
    "billingPeriodStart" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "CostSummaryStale_pkey" PRIMARY KEY ("billingPeriodStart")
);

-- CreateIndex
CREATE INDEX "CostDailySummary_day_vendorId_idx" ON "CostDailySummary"("day", "vendorId");

-- CreateIndex
CREATE INDEX "CostDailySummary_billingPeriodStart_idx" ON "CostDailySummary"("billingPeriodStart");

-- CreateIndex
CREATE INDEX "CostMonthlySummary_month_vendorId_idx" ON "CostMonthlySummary"("month", "vendorId");

-- CreateIndex
CREATE INDEX "CostMonthlySummary_billingPeriodStart_idx" ON "CostMonthlySummary"("billingPeriodStart");

-- Rollups already imported: summed here, before the triggers exist, so an upgraded installation
-- reads the summaries from its first answer instead of waiting for its next FOCUS import.
INSERT INTO "CostDailySummary" ("day", "billingPeriodStart", "vendorId", "serviceName", "serviceCategory", "regionId", "chargeCategory", "costCenterId", "currency", "billedCost", "effectiveCost", "rowCount")
  SELECT "day", "billingPeriodStart", "vendorId", "serviceName", "serviceCategory", "regionId", "chargeCategory", "costCenterId", "currency", sum("billedCost"), sum("effectiveCost"), sum("rowCount")::int
  FROM "CostDaily"
  GROUP BY "day", "billingPeriodStart", "vendorId", "serviceName", "serviceCategory", "regionId", "chargeCategory", "costCenterId", "currency";
INSERT INTO "CostMonthlySummary" ("month", "billingPeriodStart", "vendorId", "serviceName", "serviceCategory", "regionId", "chargeCategory", "costCenterId", "currency", "billedCost", "effectiveCost", "rowCount")
  SELECT "month", "billingPeriodStart", "vendorId", "serviceName", "serviceCategory", "regionId", "chargeCategory", "costCenterId", "currency", sum("billedCost"), sum("effectiveCost"), sum("rowCount")::int
  FROM "CostMonthly"
  GROUP BY "month", "billingPeriodStart", "vendorId", "serviceName", "serviceCategory", "regionId", "chargeCategory", "costCenterId", "currency";

-- Written by hand (Prisma does not model triggers). A statement that changes CostDaily or
-- CostMonthly marks the billing periods of the rows it wrote or removed as stale, in its own
-- transaction, whoever wrote them (an import, a test, a manual fix); rebuildCostSummaries rebuilds
-- those periods and empties the table. Answers read the summaries only while it is empty, so a
-- summary is never read while it differs from the rollups it sums. Statement-level with transition
-- tables (one INSERT per statement, not per row); PostgreSQL allows transition tables only on
-- single-event triggers, hence one trigger per event. A TRUNCATE marks every summarised period.
-- The migrator splits scripts at every semicolon, so the function body writes its own as \073.
CREATE FUNCTION "mark_cost_summary_stale"() RETURNS trigger LANGUAGE plpgsql AS
  E'BEGIN
    IF TG_OP = ''INSERT'' THEN
      INSERT INTO "CostSummaryStale" SELECT DISTINCT "billingPeriodStart" FROM changed_rows ON CONFLICT DO NOTHING\073
    ELSIF TG_OP = ''DELETE'' OR TG_OP = ''UPDATE'' THEN
      INSERT INTO "CostSummaryStale" SELECT DISTINCT "billingPeriodStart" FROM removed_rows ON CONFLICT DO NOTHING\073
      IF TG_OP = ''UPDATE'' THEN
        INSERT INTO "CostSummaryStale" SELECT DISTINCT "billingPeriodStart" FROM changed_rows ON CONFLICT DO NOTHING\073
      END IF\073
    ELSE
      INSERT INTO "CostSummaryStale"
        SELECT "billingPeriodStart" FROM "CostDailySummary" UNION SELECT "billingPeriodStart" FROM "CostMonthlySummary"
        ON CONFLICT DO NOTHING\073
    END IF\073
    RETURN NULL\073
  END';

CREATE TRIGGER "CostDaily_insert_marks_summary_stale" AFTER INSERT ON "CostDaily"
  REFERENCING NEW TABLE AS changed_rows FOR EACH STATEMENT EXECUTE FUNCTION "mark_cost_summary_stale"();
CREATE TRIGGER "CostDaily_delete_marks_summary_stale" AFTER DELETE ON "CostDaily"
  REFERENCING OLD TABLE AS removed_rows FOR EACH STATEMENT EXECUTE FUNCTION "mark_cost_summary_stale"();
CREATE TRIGGER "CostDaily_update_marks_summary_stale" AFTER UPDATE ON "CostDaily"
  REFERENCING OLD TABLE AS removed_rows NEW TABLE AS changed_rows FOR EACH STATEMENT EXECUTE FUNCTION "mark_cost_summary_stale"();
CREATE TRIGGER "CostDaily_truncate_marks_summary_stale" AFTER TRUNCATE ON "CostDaily"
  FOR EACH STATEMENT EXECUTE FUNCTION "mark_cost_summary_stale"();
CREATE TRIGGER "CostMonthly_insert_marks_summary_stale" AFTER INSERT ON "CostMonthly"
  REFERENCING NEW TABLE AS changed_rows FOR EACH STATEMENT EXECUTE FUNCTION "mark_cost_summary_stale"();
CREATE TRIGGER "CostMonthly_delete_marks_summary_stale" AFTER DELETE ON "CostMonthly"
  REFERENCING OLD TABLE AS removed_rows FOR EACH STATEMENT EXECUTE FUNCTION "mark_cost_summary_stale"();
CREATE TRIGGER "CostMonthly_update_marks_summary_stale" AFTER UPDATE ON "CostMonthly"
  REFERENCING OLD TABLE AS removed_rows NEW TABLE AS changed_rows FOR EACH STATEMENT EXECUTE FUNCTION "mark_cost_summary_stale"();
CREATE TRIGGER "CostMonthly_truncate_marks_summary_stale" AFTER TRUNCATE ON "CostMonthly"
  FOR EACH STATEMENT EXECUTE FUNCTION "mark_cost_summary_stale"();

