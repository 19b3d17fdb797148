-- Written by hand (a partial index: Prisma's schema does not model its WHERE). Credit lines are a
-- few per bill, and dispute matching reads all of a carrier's credit lines; without an index of
-- their own it read every invoice line (300–400 ms at 50×, 2.4M lines).
CREATE INDEX "InvoiceLine_credit_vendorId_periodStart_idx" ON "InvoiceLine"("vendorId", "periodStart") WHERE "chargeType" = 'credit';
