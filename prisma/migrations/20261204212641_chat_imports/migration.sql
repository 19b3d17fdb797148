-- CreateEnum
CREATE TYPE "ChatImportState" AS ENUM ('receiving', 'pending', 'importing', 'imported', 'rejected', 'failed', 'cancelled', 'discarded');

-- CreateTable
CREATE TABLE "ChatImport" (
    "id" SERIAL NOT NULL,
    "platform" TEXT NOT NULL,
    "conversationId" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "fileKey" TEXT NOT NULL,
    "fileName" TEXT NOT NULL,
    "path" TEXT NOT NULL,
    "kind" TEXT,
    "state" "ChatImportState" NOT NULL DEFAULT 'receiving',
    "messageId" TEXT,
    "preview" JSONB,
    "summary" JSONB,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ChatImport_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "ChatImport_fileKey_key" ON "ChatImport"("fileKey");

-- CreateIndex
CREATE INDEX "ChatImport_state_createdAt_idx" ON "ChatImport"("state", "createdAt");
