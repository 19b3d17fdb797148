-- AlterTable
ALTER TABLE "ImportBatch" ADD COLUMN     "auditPendingSince" TIMESTAMP(3),
ADD COLUMN     "auditedAt" TIMESTAMP(3);

-- CreateTable
CREATE TABLE "ImportRejectedRow" (
    "id" SERIAL NOT NULL,
    "batchId" INTEGER NOT NULL,
    "line" INTEGER NOT NULL,
    "column" TEXT NOT NULL,
    "value" TEXT NOT NULL,
    "reason" TEXT NOT NULL,

    CONSTRAINT "ImportRejectedRow_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "ImportRejectedRow_batchId_line_idx" ON "ImportRejectedRow"("batchId", "line");

-- AddForeignKey
ALTER TABLE "ImportRejectedRow" ADD CONSTRAINT "ImportRejectedRow_batchId_fkey" FOREIGN KEY ("batchId") REFERENCES "ImportBatch"("id") ON DELETE CASCADE ON UPDATE CASCADE;
