import type { PrismaClient } from '../../../src/db/generated/client.js';

/**
 * Sixty days of AWS spend for cost center CC-630 — Amazon EC2 about USD 50 a day and Amazon S3
 * about USD 30 — with EC2 at USD 450 on 20 Nov 2026 (a planned load test, as the team will say),
 * and a Lumen contract that ends on 21 Dec 2026 without auto-renewal.
 */
export async function seedAlertActionsFixture(prisma: PrismaClient): Promise<void> {
  const aws = await prisma.vendor.create({ data: { name: 'AWS', key: 'aws', domain: 'cloud' } });
  const lumen = await prisma.vendor.create({ data: { name: 'Lumen', key: 'lumen', domain: 'telecom' } });
  const costCenter = await prisma.costCenter.create({ data: { code: 'CC-630', name: 'Data Platform' } });
  const days = Array.from({ length: 60 }, (_, offset) => new Date(Date.UTC(2026, 8, 22 + offset)));
  const row = (day: Date, serviceName: string, billedCost: string) => ({
    day,
    vendorId: aws.id,
    billingAccountId: '111122223333',
    billingPeriodStart: new Date(Date.UTC(day.getUTCFullYear(), day.getUTCMonth(), 1)),
    subAccountId: 'prod',
    serviceName,
    regionId: 'us-east-1',
    chargeCategory: 'Usage',
    costCenterId: costCenter.id,
    currency: 'USD',
    billedCost,
    effectiveCost: '0',
    rowCount: 1,
  });
  await prisma.costDaily.createMany({
    data: days.flatMap((day) => [
      row(day, 'Amazon EC2', day.toISOString().startsWith('2026-11-20') ? '450.00' : (50 + (day.getUTCDate() % 3)).toFixed(2)),
      row(day, 'Amazon S3', (30 + (day.getUTCDate() % 2)).toFixed(2)),
    ]),
  });
  await prisma.contract.create({
    data: {
      externalId: 'LUM-MPLS-2024',
      vendorId: lumen.id,
      name: 'Lumen MPLS network',
      startDate: new Date('2024-12-22'),
      endDate: new Date('2026-12-21'),
      autoRenew: false,
      noticeDays: 60,
    },
  });
}
