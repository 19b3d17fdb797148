-- CreateEnum
CREATE TYPE "MacdNotificationState" AS ENUM ('pending', 'sent', 'failed', 'skipped');

-- CreateTable
CREATE TABLE "MacdNotification" (
    "id" SERIAL NOT NULL,
    "requestId" INTEGER NOT NULL,
    "approverId" INTEGER NOT NULL,
    "platform" TEXT NOT NULL,
    "recipientId" TEXT,
    "route" JSONB,
    "state" "MacdNotificationState" NOT NULL DEFAULT 'pending',
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "nextAttemptAt" TIMESTAMP(3) NOT NULL,
    "lastError" TEXT,
    "conversationId" TEXT,
    "messageId" TEXT,
    "leaseOwner" TEXT,
    "leaseExpiresAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "MacdNotification_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "MacdNotification_state_nextAttemptAt_idx" ON "MacdNotification"("state", "nextAttemptAt");

-- CreateIndex
CREATE UNIQUE INDEX "MacdNotification_requestId_approverId_platform_key" ON "MacdNotification"("requestId", "approverId", "platform");

-- CreateIndex
CREATE INDEX "MacdRequest_requesterId_kind_createdAt_idx" ON "MacdRequest"("requesterId", "kind", "createdAt");

-- AddForeignKey
ALTER TABLE "MacdNotification" ADD CONSTRAINT "MacdNotification_requestId_fkey" FOREIGN KEY ("requestId") REFERENCES "MacdRequest"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MacdNotification" ADD CONSTRAINT "MacdNotification_approverId_fkey" FOREIGN KEY ("approverId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;
