-- CreateTable
CREATE TABLE "MacdMessage" (
    "id" SERIAL NOT NULL,
    "requestId" INTEGER NOT NULL,
    "platform" TEXT NOT NULL,
    "conversationId" TEXT NOT NULL,
    "messageId" TEXT NOT NULL,
    "reference" JSONB,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "MacdMessage_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "MacdSubmission" (
    "key" TEXT NOT NULL,
    "requestId" INTEGER NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "MacdSubmission_pkey" PRIMARY KEY ("key")
);

-- CreateIndex
CREATE INDEX "MacdMessage_requestId_idx" ON "MacdMessage"("requestId");

-- CreateIndex
CREATE UNIQUE INDEX "MacdMessage_platform_conversationId_messageId_key" ON "MacdMessage"("platform", "conversationId", "messageId");
