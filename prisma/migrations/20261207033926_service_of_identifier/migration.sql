-- CreateTable
CREATE TABLE "ServiceOfIdentifier" (
    "identifierKey" TEXT NOT NULL,
    "serviceId" INTEGER NOT NULL,

    CONSTRAINT "ServiceOfIdentifier_pkey" PRIMARY KEY ("identifierKey")
);

-- Written by hand: filled here from the services already recorded, as rebuildInvoiceSpendRollup
-- fills it, so an upgraded installation whose rollup is current reads a complete table at once.
INSERT INTO "ServiceOfIdentifier" ("identifierKey", "serviceId")
  SELECT DISTINCT ON ("identifierKey") "identifierKey", id FROM "Service" ORDER BY "identifierKey", id;
