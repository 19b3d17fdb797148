-- CreateIndex
CREATE INDEX "Service_identifierKey_vendorId_id_idx" ON "Service"("identifierKey", "vendorId", "id");
