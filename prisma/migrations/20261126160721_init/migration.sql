-- CreateEnum
CREATE TYPE "SpendDomain" AS ENUM ('telecom', 'mobility', 'cloud', 'saas');

-- CreateEnum
CREATE TYPE "ServiceType" AS ENUM ('mobile_line', 'circuit', 'voice_trunk', 'pots_line', 'cloud_account', 'saas_subscription', 'device');

-- CreateEnum
CREATE TYPE "ServiceStatus" AS ENUM ('pending', 'active', 'suspended', 'disconnected');

-- CreateEnum
CREATE TYPE "ChargeType" AS ENUM ('recurring', 'usage', 'one_time', 'tax', 'surcharge', 'credit');

-- CreateEnum
CREATE TYPE "Role" AS ENUM ('viewer', 'requester', 'approver', 'admin');

-- CreateEnum
CREATE TYPE "MacdKind" AS ENUM ('move', 'add', 'change', 'disconnect');

-- CreateEnum
CREATE TYPE "MacdStatus" AS ENUM ('submitted', 'approved', 'rejected', 'in_progress', 'completed', 'cancelled');

-- CreateEnum
CREATE TYPE "AlertStatus" AS ENUM ('pending', 'sent', 'failed');

-- CreateEnum
CREATE TYPE "ImportStatus" AS ENUM ('running', 'completed', 'failed');

-- CreateTable
CREATE TABLE "Vendor" (
    "id" SERIAL NOT NULL,
    "name" TEXT NOT NULL,
    "key" TEXT NOT NULL,
    "domain" "SpendDomain" NOT NULL DEFAULT 'telecom',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Vendor_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "VendorAlias" (
    "id" SERIAL NOT NULL,
    "key" TEXT NOT NULL,
    "vendorId" INTEGER NOT NULL,

    CONSTRAINT "VendorAlias_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Account" (
    "id" SERIAL NOT NULL,
    "vendorId" INTEGER NOT NULL,
    "number" TEXT NOT NULL,
    "name" TEXT,

    CONSTRAINT "Account_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CostCenter" (
    "id" SERIAL NOT NULL,
    "code" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "parentId" INTEGER,
    "owner" TEXT,

    CONSTRAINT "CostCenter_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Location" (
    "id" SERIAL NOT NULL,
    "name" TEXT NOT NULL,
    "key" TEXT NOT NULL,
    "city" TEXT,
    "country" TEXT,

    CONSTRAINT "Location_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Service" (
    "id" SERIAL NOT NULL,
    "externalId" TEXT NOT NULL,
    "type" "ServiceType" NOT NULL,
    "identifier" TEXT NOT NULL,
    "identifierKey" TEXT NOT NULL,
    "vendorId" INTEGER NOT NULL,
    "accountId" INTEGER,
    "locationId" INTEGER,
    "costCenterId" INTEGER,
    "assignee" TEXT,
    "status" "ServiceStatus" NOT NULL,
    "monthlyCost" DECIMAL(18,4),
    "currency" TEXT NOT NULL DEFAULT 'USD',
    "startDate" DATE,
    "endDate" DATE,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Service_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Contract" (
    "id" SERIAL NOT NULL,
    "externalId" TEXT NOT NULL,
    "vendorId" INTEGER NOT NULL,
    "name" TEXT NOT NULL,
    "startDate" DATE NOT NULL,
    "endDate" DATE NOT NULL,
    "autoRenew" BOOLEAN NOT NULL,
    "noticeDays" INTEGER NOT NULL,
    "committedAnnual" DECIMAL(18,2),
    "currency" TEXT NOT NULL DEFAULT 'USD',

    CONSTRAINT "Contract_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ContractRate" (
    "id" SERIAL NOT NULL,
    "contractId" INTEGER NOT NULL,
    "serviceType" "ServiceType" NOT NULL,
    "description" TEXT NOT NULL,
    "unitPrice" DECIMAL(18,6) NOT NULL,
    "unit" TEXT NOT NULL,

    CONSTRAINT "ContractRate_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Invoice" (
    "id" SERIAL NOT NULL,
    "vendorId" INTEGER NOT NULL,
    "accountId" INTEGER NOT NULL,
    "invoiceNumber" TEXT NOT NULL,
    "invoiceDate" DATE NOT NULL,
    "periodStart" DATE NOT NULL,
    "periodEnd" DATE NOT NULL,
    "currency" TEXT NOT NULL,
    "total" DECIMAL(18,4) NOT NULL,
    "importBatchId" INTEGER,

    CONSTRAINT "Invoice_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "InvoiceLine" (
    "id" SERIAL NOT NULL,
    "invoiceId" INTEGER NOT NULL,
    "lineNumber" INTEGER NOT NULL,
    "identifier" TEXT,
    "identifierKey" TEXT,
    "chargeType" "ChargeType" NOT NULL,
    "description" TEXT NOT NULL,
    "quantity" DECIMAL(18,6) NOT NULL,
    "unitPrice" DECIMAL(18,6),
    "amount" DECIMAL(18,4) NOT NULL,
    "periodStart" DATE NOT NULL,
    "vendorId" INTEGER NOT NULL,
    "accountId" INTEGER NOT NULL,

    CONSTRAINT "InvoiceLine_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CostRecord" (
    "id" BIGSERIAL NOT NULL,
    "importBatchId" INTEGER NOT NULL,
    "vendorId" INTEGER NOT NULL,
    "providerName" TEXT NOT NULL,
    "billingAccountId" TEXT NOT NULL,
    "billingAccountName" TEXT,
    "billingPeriodStart" TIMESTAMP(3) NOT NULL,
    "billingPeriodEnd" TIMESTAMP(3) NOT NULL,
    "chargePeriodStart" TIMESTAMP(3) NOT NULL,
    "chargePeriodEnd" TIMESTAMP(3) NOT NULL,
    "chargeCategory" TEXT NOT NULL,
    "chargeClass" TEXT,
    "chargeDescription" TEXT,
    "serviceName" TEXT,
    "serviceCategory" TEXT,
    "subAccountId" TEXT,
    "subAccountName" TEXT,
    "regionId" TEXT,
    "resourceId" TEXT,
    "resourceName" TEXT,
    "skuId" TEXT,
    "billedCost" DECIMAL(30,12) NOT NULL,
    "effectiveCost" DECIMAL(30,12),
    "listCost" DECIMAL(30,12),
    "contractedCost" DECIMAL(30,12),
    "billingCurrency" TEXT NOT NULL,
    "consumedQuantity" DECIMAL(30,12),
    "consumedUnit" TEXT,
    "tags" JSONB,
    "costCenterId" INTEGER,

    CONSTRAINT "CostRecord_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CostDaily" (
    "id" BIGSERIAL NOT NULL,
    "day" DATE NOT NULL,
    "vendorId" INTEGER NOT NULL,
    "billingAccountId" TEXT NOT NULL,
    "billingPeriodStart" TIMESTAMP(3) NOT NULL,
    "subAccountId" TEXT,
    "serviceName" TEXT,
    "serviceCategory" TEXT,
    "regionId" TEXT,
    "chargeCategory" TEXT NOT NULL,
    "costCenterId" INTEGER,
    "currency" TEXT NOT NULL,
    "billedCost" DECIMAL(30,12) NOT NULL,
    "effectiveCost" DECIMAL(30,12) NOT NULL,
    "rowCount" INTEGER NOT NULL,

    CONSTRAINT "CostDaily_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CostMonthly" (
    "id" BIGSERIAL NOT NULL,
    "month" DATE NOT NULL,
    "vendorId" INTEGER NOT NULL,
    "billingAccountId" TEXT NOT NULL,
    "billingPeriodStart" TIMESTAMP(3) NOT NULL,
    "subAccountId" TEXT,
    "serviceName" TEXT,
    "serviceCategory" TEXT,
    "regionId" TEXT,
    "chargeCategory" TEXT NOT NULL,
    "costCenterId" INTEGER,
    "currency" TEXT NOT NULL,
    "billedCost" DECIMAL(30,12) NOT NULL,
    "effectiveCost" DECIMAL(30,12) NOT NULL,
    "rowCount" INTEGER NOT NULL,

    CONSTRAINT "CostMonthly_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "MobileUsage" (
    "id" SERIAL NOT NULL,
    "identifier" TEXT NOT NULL,
    "identifierKey" TEXT NOT NULL,
    "period" DATE NOT NULL,
    "dataMb" DECIMAL(18,3) NOT NULL,
    "voiceMinutes" INTEGER NOT NULL,
    "messages" INTEGER NOT NULL,

    CONSTRAINT "MobileUsage_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Budget" (
    "id" SERIAL NOT NULL,
    "costCenterId" INTEGER NOT NULL,
    "month" DATE NOT NULL,
    "amount" DECIMAL(18,2) NOT NULL,
    "currency" TEXT NOT NULL DEFAULT 'USD',

    CONSTRAINT "Budget_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "User" (
    "id" SERIAL NOT NULL,
    "email" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "slackUserId" TEXT,
    "teamsUserId" TEXT,
    "role" "Role" NOT NULL,
    "costCenters" TEXT[],

    CONSTRAINT "User_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "MacdRequest" (
    "id" SERIAL NOT NULL,
    "kind" "MacdKind" NOT NULL,
    "status" "MacdStatus" NOT NULL DEFAULT 'submitted',
    "requesterId" INTEGER NOT NULL,
    "serviceId" INTEGER,
    "costCenterId" INTEGER,
    "details" JSONB NOT NULL,
    "reason" TEXT,
    "dueDate" DATE,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "MacdRequest_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "MacdEvent" (
    "id" SERIAL NOT NULL,
    "requestId" INTEGER NOT NULL,
    "actor" TEXT NOT NULL,
    "fromStatus" "MacdStatus",
    "toStatus" "MacdStatus" NOT NULL,
    "note" TEXT,
    "at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "MacdEvent_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Subscription" (
    "id" SERIAL NOT NULL,
    "platform" TEXT NOT NULL,
    "channelId" TEXT NOT NULL,
    "alertKinds" TEXT[],
    "filters" JSONB,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Subscription_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Alert" (
    "id" SERIAL NOT NULL,
    "kind" TEXT NOT NULL,
    "dedupeKey" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "payload" JSONB NOT NULL,
    "status" "AlertStatus" NOT NULL DEFAULT 'pending',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Alert_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AlertDelivery" (
    "id" SERIAL NOT NULL,
    "alertId" INTEGER NOT NULL,
    "platform" TEXT NOT NULL,
    "channelId" TEXT NOT NULL,
    "status" "AlertStatus" NOT NULL DEFAULT 'pending',
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "messageRef" TEXT,
    "lastError" TEXT,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "AlertDelivery_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ImportBatch" (
    "id" SERIAL NOT NULL,
    "kind" TEXT NOT NULL,
    "fileName" TEXT NOT NULL,
    "checksum" TEXT NOT NULL,
    "status" "ImportStatus" NOT NULL DEFAULT 'running',
    "rowsRead" INTEGER NOT NULL DEFAULT 0,
    "rowsAccepted" INTEGER NOT NULL DEFAULT 0,
    "rowsRejected" INTEGER NOT NULL DEFAULT 0,
    "startedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "finishedAt" TIMESTAMP(3),

    CONSTRAINT "ImportBatch_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AuditLog" (
    "id" SERIAL NOT NULL,
    "at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "actor" TEXT NOT NULL,
    "surface" TEXT NOT NULL,
    "action" TEXT NOT NULL,
    "question" TEXT,
    "toolCalls" JSONB,
    "durationMs" INTEGER,
    "outcome" TEXT,

    CONSTRAINT "AuditLog_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Conversation" (
    "key" TEXT NOT NULL,
    "state" JSONB NOT NULL,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Conversation_pkey" PRIMARY KEY ("key")
);

-- CreateTable
CREATE TABLE "ProcessedEvent" (
    "key" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ProcessedEvent_pkey" PRIMARY KEY ("key")
);

-- CreateTable
CREATE TABLE "JobRun" (
    "id" SERIAL NOT NULL,
    "jobId" TEXT NOT NULL,
    "slot" TIMESTAMP(3) NOT NULL,
    "startedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "finishedAt" TIMESTAMP(3),
    "outcome" TEXT,

    CONSTRAINT "JobRun_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ConversationReference" (
    "id" SERIAL NOT NULL,
    "platform" TEXT NOT NULL,
    "conversationId" TEXT NOT NULL,
    "reference" JSONB NOT NULL,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ConversationReference_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Vendor_name_key" ON "Vendor"("name");

-- CreateIndex
CREATE UNIQUE INDEX "Vendor_key_key" ON "Vendor"("key");

-- CreateIndex
CREATE UNIQUE INDEX "VendorAlias_key_key" ON "VendorAlias"("key");

-- CreateIndex
CREATE UNIQUE INDEX "Account_vendorId_number_key" ON "Account"("vendorId", "number");

-- CreateIndex
CREATE UNIQUE INDEX "CostCenter_code_key" ON "CostCenter"("code");

-- CreateIndex
CREATE UNIQUE INDEX "Location_name_key" ON "Location"("name");

-- CreateIndex
CREATE UNIQUE INDEX "Location_key_key" ON "Location"("key");

-- CreateIndex
CREATE UNIQUE INDEX "Service_externalId_key" ON "Service"("externalId");

-- CreateIndex
CREATE INDEX "Service_identifierKey_idx" ON "Service"("identifierKey");

-- CreateIndex
CREATE INDEX "Service_vendorId_status_idx" ON "Service"("vendorId", "status");

-- CreateIndex
CREATE INDEX "Service_locationId_type_idx" ON "Service"("locationId", "type");

-- CreateIndex
CREATE INDEX "Service_costCenterId_idx" ON "Service"("costCenterId");

-- CreateIndex
CREATE UNIQUE INDEX "Contract_externalId_key" ON "Contract"("externalId");

-- CreateIndex
CREATE INDEX "Contract_vendorId_idx" ON "Contract"("vendorId");

-- CreateIndex
CREATE INDEX "Contract_endDate_idx" ON "Contract"("endDate");

-- CreateIndex
CREATE UNIQUE INDEX "ContractRate_contractId_serviceType_description_key" ON "ContractRate"("contractId", "serviceType", "description");

-- CreateIndex
CREATE INDEX "Invoice_periodStart_idx" ON "Invoice"("periodStart");

-- CreateIndex
CREATE INDEX "Invoice_accountId_periodStart_idx" ON "Invoice"("accountId", "periodStart");

-- CreateIndex
CREATE UNIQUE INDEX "Invoice_vendorId_invoiceNumber_key" ON "Invoice"("vendorId", "invoiceNumber");

-- CreateIndex
CREATE INDEX "InvoiceLine_periodStart_vendorId_idx" ON "InvoiceLine"("periodStart", "vendorId");

-- CreateIndex
CREATE INDEX "InvoiceLine_identifierKey_periodStart_idx" ON "InvoiceLine"("identifierKey", "periodStart");

-- CreateIndex
CREATE INDEX "InvoiceLine_invoiceId_idx" ON "InvoiceLine"("invoiceId");

-- CreateIndex
CREATE INDEX "CostRecord_billingAccountId_billingPeriodStart_idx" ON "CostRecord"("billingAccountId", "billingPeriodStart");

-- CreateIndex
CREATE INDEX "CostRecord_chargePeriodStart_idx" ON "CostRecord"("chargePeriodStart");

-- CreateIndex
CREATE INDEX "CostDaily_day_vendorId_idx" ON "CostDaily"("day", "vendorId");

-- CreateIndex
CREATE INDEX "CostDaily_billingAccountId_billingPeriodStart_idx" ON "CostDaily"("billingAccountId", "billingPeriodStart");

-- CreateIndex
CREATE INDEX "CostMonthly_month_vendorId_idx" ON "CostMonthly"("month", "vendorId");

-- CreateIndex
CREATE INDEX "CostMonthly_billingAccountId_billingPeriodStart_idx" ON "CostMonthly"("billingAccountId", "billingPeriodStart");

-- CreateIndex
CREATE INDEX "MobileUsage_period_idx" ON "MobileUsage"("period");

-- CreateIndex
CREATE UNIQUE INDEX "MobileUsage_identifierKey_period_key" ON "MobileUsage"("identifierKey", "period");

-- CreateIndex
CREATE UNIQUE INDEX "Budget_costCenterId_month_key" ON "Budget"("costCenterId", "month");

-- CreateIndex
CREATE UNIQUE INDEX "User_email_key" ON "User"("email");

-- CreateIndex
CREATE UNIQUE INDEX "User_slackUserId_key" ON "User"("slackUserId");

-- CreateIndex
CREATE UNIQUE INDEX "User_teamsUserId_key" ON "User"("teamsUserId");

-- CreateIndex
CREATE INDEX "MacdRequest_status_idx" ON "MacdRequest"("status");

-- CreateIndex
CREATE INDEX "MacdRequest_serviceId_idx" ON "MacdRequest"("serviceId");

-- CreateIndex
CREATE INDEX "MacdEvent_requestId_idx" ON "MacdEvent"("requestId");

-- CreateIndex
CREATE UNIQUE INDEX "Subscription_platform_channelId_key" ON "Subscription"("platform", "channelId");

-- CreateIndex
CREATE UNIQUE INDEX "Alert_dedupeKey_key" ON "Alert"("dedupeKey");

-- CreateIndex
CREATE UNIQUE INDEX "AlertDelivery_alertId_platform_channelId_key" ON "AlertDelivery"("alertId", "platform", "channelId");

-- CreateIndex
CREATE INDEX "ImportBatch_kind_checksum_idx" ON "ImportBatch"("kind", "checksum");

-- CreateIndex
CREATE INDEX "AuditLog_at_idx" ON "AuditLog"("at");

-- CreateIndex
CREATE UNIQUE INDEX "JobRun_jobId_slot_key" ON "JobRun"("jobId", "slot");

-- CreateIndex
CREATE UNIQUE INDEX "ConversationReference_platform_conversationId_key" ON "ConversationReference"("platform", "conversationId");

-- AddForeignKey
ALTER TABLE "VendorAlias" ADD CONSTRAINT "VendorAlias_vendorId_fkey" FOREIGN KEY ("vendorId") REFERENCES "Vendor"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Account" ADD CONSTRAINT "Account_vendorId_fkey" FOREIGN KEY ("vendorId") REFERENCES "Vendor"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CostCenter" ADD CONSTRAINT "CostCenter_parentId_fkey" FOREIGN KEY ("parentId") REFERENCES "CostCenter"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Service" ADD CONSTRAINT "Service_vendorId_fkey" FOREIGN KEY ("vendorId") REFERENCES "Vendor"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Service" ADD CONSTRAINT "Service_accountId_fkey" FOREIGN KEY ("accountId") REFERENCES "Account"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Service" ADD CONSTRAINT "Service_locationId_fkey" FOREIGN KEY ("locationId") REFERENCES "Location"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Service" ADD CONSTRAINT "Service_costCenterId_fkey" FOREIGN KEY ("costCenterId") REFERENCES "CostCenter"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Contract" ADD CONSTRAINT "Contract_vendorId_fkey" FOREIGN KEY ("vendorId") REFERENCES "Vendor"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ContractRate" ADD CONSTRAINT "ContractRate_contractId_fkey" FOREIGN KEY ("contractId") REFERENCES "Contract"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Invoice" ADD CONSTRAINT "Invoice_vendorId_fkey" FOREIGN KEY ("vendorId") REFERENCES "Vendor"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Invoice" ADD CONSTRAINT "Invoice_accountId_fkey" FOREIGN KEY ("accountId") REFERENCES "Account"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Invoice" ADD CONSTRAINT "Invoice_importBatchId_fkey" FOREIGN KEY ("importBatchId") REFERENCES "ImportBatch"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "InvoiceLine" ADD CONSTRAINT "InvoiceLine_invoiceId_fkey" FOREIGN KEY ("invoiceId") REFERENCES "Invoice"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CostRecord" ADD CONSTRAINT "CostRecord_importBatchId_fkey" FOREIGN KEY ("importBatchId") REFERENCES "ImportBatch"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Budget" ADD CONSTRAINT "Budget_costCenterId_fkey" FOREIGN KEY ("costCenterId") REFERENCES "CostCenter"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MacdRequest" ADD CONSTRAINT "MacdRequest_requesterId_fkey" FOREIGN KEY ("requesterId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MacdRequest" ADD CONSTRAINT "MacdRequest_serviceId_fkey" FOREIGN KEY ("serviceId") REFERENCES "Service"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MacdEvent" ADD CONSTRAINT "MacdEvent_requestId_fkey" FOREIGN KEY ("requestId") REFERENCES "MacdRequest"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AlertDelivery" ADD CONSTRAINT "AlertDelivery_alertId_fkey" FOREIGN KEY ("alertId") REFERENCES "Alert"("id") ON DELETE CASCADE ON UPDATE CASCADE;
