-- CreateEnum
CREATE TYPE "DisputeStatus" AS ENUM ('open', 'submitted', 'credited', 'denied');

-- CreateTable
CREATE TABLE "Dispute" (
    "id" SERIAL NOT NULL,
    "vendorId" INTEGER NOT NULL,
    "vendorName" TEXT NOT NULL,
    "accountNumber" TEXT NOT NULL,
    "invoiceNumber" TEXT NOT NULL,
    "periodStart" DATE NOT NULL,
    "status" "DisputeStatus" NOT NULL DEFAULT 'open',
    "currency" TEXT NOT NULL,
    "amountDisputed" DECIMAL(18,4) NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "submittedAt" TIMESTAMP(3),
    "resolvedAt" TIMESTAMP(3),

    CONSTRAINT "Dispute_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "DisputeFinding" (
    "id" SERIAL NOT NULL,
    "disputeId" INTEGER NOT NULL,
    "findingKey" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "identifier" TEXT,
    "description" TEXT NOT NULL,
    "billed" DECIMAL(18,4) NOT NULL,
    "expected" DECIMAL(18,4) NOT NULL,
    "amount" DECIMAL(18,4) NOT NULL,
    "evidence" JSONB NOT NULL,

    CONSTRAINT "DisputeFinding_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "Dispute_status_idx" ON "Dispute"("status");

-- CreateIndex
CREATE UNIQUE INDEX "Dispute_vendorId_invoiceNumber_key" ON "Dispute"("vendorId", "invoiceNumber");

-- CreateIndex
CREATE UNIQUE INDEX "DisputeFinding_disputeId_findingKey_key" ON "DisputeFinding"("disputeId", "findingKey");

-- AddForeignKey
ALTER TABLE "DisputeFinding" ADD CONSTRAINT "DisputeFinding_disputeId_fkey" FOREIGN KEY ("disputeId") REFERENCES "Dispute"("id") ON DELETE CASCADE ON UPDATE CASCADE;
