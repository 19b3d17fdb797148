import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findSavings } from '../../src/domain/savings/find-savings.js';
import { headers, openAuditTest, type AuditTest } from '../audit/audit-test-support.js';
import { loadMeridian } from '../audit/meridian-fixture.js';

async function addCloudCosts(test: AuditTest): Promise<void> {
  const { prisma } = test.database;
  const batch = await prisma.importBatch.create({
    data: { kind: 'focus', fileName: 'hand-built.csv', checksum: 'hand-built', status: 'completed' },
  });
  const vendor = await prisma.vendor.create({ data: { name: 'AWS', key: 'aws', domain: 'cloud' } });
  const record = (resourceId: string, day: string, billedCost: string, consumedQuantity: string) => ({
    importBatchId: batch.id,
    vendorId: vendor.id,
    providerName: 'AWS',
    billingAccountId: '111122223333',
    billingPeriodStart: new Date(`${day.slice(0, 7)}-01T00:00:00Z`),
    billingPeriodEnd: new Date(`${day.slice(0, 7)}-28T00:00:00Z`),
    chargePeriodStart: new Date(`${day}T00:00:00Z`),
    chargePeriodEnd: new Date(`${day}T23:00:00Z`),
    chargeCategory: 'Usage',
    serviceName: 'Amazon Elastic Block Store',
    resourceId,
    billedCost,
    billingCurrency: 'USD',
    consumedQuantity,
  });
  await prisma.costRecord.createMany({
    data: [
      record('vol-idle', '2026-08-10', '10.00', '0'),
      record('vol-idle', '2026-09-10', '10.00', '0'),
      record('vol-idle', '2026-10-10', '10.00', '0'),
      record('vol-busy', '2026-10-10', '25.00', '300'),
      // The month in progress is provisional and not counted.
      record('vol-new', '2026-11-05', '4.00', '0'),
    ],
  });
}

describe('findSavings', () => {
  let test: AuditTest;
  beforeAll(async () => {
    test = await openAuditTest();
    await loadMeridian(test);
    await test.importRows('usage', headers.usage, [
      '312-555-0101,2026-08,1200.5,40,12',
      '312-555-0101,2026-09,800,0,0',
      '312-555-0101,2026-10,0,0,3',
      '312-555-0103,2026-08,0,0,0',
      '312-555-0103,2026-09,0,0,0',
      '312-555-0103,2026-10,0,0,0',
      // 0105 has no usage record at all: carriers leave silent lines out.
    ]);
    await addCloudCosts(test);
  });
  afterAll(async () => test.close());

  it('lists zero-usage lines, overbilled services and idle cloud resources with monthly and annual savings', async () => {
    const result = await findSavings({ months: 3 }, test.deps);
    expect(result.usageWindow).toEqual({ start: '2026-08-01', end: '2026-11-01' });
    expect(
      result.opportunities
        .map((item) => `${item.kind} ${item.identifier} ${item.monthlySaving}/${item.annualSaving} ${item.currency}`)
        .sort(),
    ).toEqual([
      'above_contract_rate CIR-001 100.00/1200.00 USD',
      'idle_cloud_resource vol-idle 10.00/120.00 USD',
      'zero_usage_line 312-555-0103 35.00/420.00 USD',
      'zero_usage_line 312-555-0105 35.00/420.00 USD',
    ]);
    expect(result.totals).toEqual([{ currency: 'USD', monthly: '180.00', annual: '2160.00', count: 4 }]);
  });

  it('offers "Plan a disconnect" for an idle line, with its service id', async () => {
    const result = await findSavings({}, test.deps);
    const line = result.opportunities.find((item) => item.identifier === '312-555-0105');
    const service = await test.database.prisma.service.findUniqueOrThrow({ where: { externalId: 'S-MOB-5' } });
    expect(line?.action).toEqual({ label: 'Plan a disconnect', serviceId: service.id });
  });

  it('answers for mobility only when asked, and a longer window finds fewer idle lines', async () => {
    const mobility = await findSavings({ domain: 'mobility' }, test.deps);
    expect(mobility.totals).toEqual([{ currency: 'USD', monthly: '70.00', annual: '840.00', count: 2 }]);
    // Line 0103 started in June 2026: it has not been in service for all of a 6-month window.
    const sixMonths = await findSavings({ months: 6, domain: 'mobility' }, test.deps);
    expect(sixMonths.opportunities.map((item) => item.identifier)).toEqual(['312-555-0105']);
  });
});
