import { describe, expect, it } from 'vitest';
import { plannerOverFixture } from './support/planner-over-fixture.js';

// A word beside a name decides what the name means: an abbreviation several providers share
// ("k8s") is the named provider's service, and "operation" after a place is the business there,
// not a team whose name ends in "Operations".

const cloudMonth = (vendorId: number, serviceName: string, billedCost: string) => ({
  month: new Date('2026-10-01T00:00:00Z'),
  vendorId,
  billingAccountId: `acct-${vendorId}`,
  billingPeriodStart: new Date('2026-10-01T00:00:00Z'),
  serviceName,
  serviceCategory: 'Containers',
  chargeCategory: 'Usage',
  currency: 'USD',
  billedCost,
  effectiveCost: billedCost,
  rowCount: 1,
});

describe('an abbreviation that several providers share', () => {
  const { callsOf } = plannerOverFixture(async (prisma) => {
    const aws = await prisma.vendor.findUniqueOrThrow({ where: { name: 'Amazon Web Services' } });
    const microsoft = await prisma.vendor.findUniqueOrThrow({ where: { name: 'Microsoft' } });
    await prisma.costMonthly.createMany({
      data: [
        cloudMonth(aws.id, 'Amazon Elastic Kubernetes Service', '80.00'),
        cloudMonth(microsoft.id, 'Azure Kubernetes Service', '30.00'),
      ],
    });
  });
  const servicesOf = async (question: string) => {
    const [call] = await callsOf(question);
    return (call?.arguments as { serviceNames?: string[] }).serviceNames;
  };

  it('is the named provider’s service', async () => {
    expect(await servicesOf('azure k8s spend last month')).toEqual(['Azure Kubernetes Service']);
    expect(await servicesOf('aws k8s spend last month')).toEqual(['Amazon Elastic Kubernetes Service']);
    expect(await servicesOf('kubernetes cost on Azure in october')).toEqual(['Azure Kubernetes Service']);
  });

  it('is every provider’s service when no provider is named', async () => {
    expect((await servicesOf('k8s spend last month'))?.sort()).toEqual(['Amazon Elastic Kubernetes Service', 'Azure Kubernetes Service']);
  });
});

describe('"operation" after a place', () => {
  const { callsOf } = plannerOverFixture(async (prisma) => {
    await prisma.costCenter.create({ data: { code: 'CC900', name: 'Billing Operations' } });
  });

  it.each([
    ['How much did our Denver operation cost us in the third quarter?', 'Denver spend in q3'],
    ['chicago operations spend last month', 'chicago spend last month'],
    ['what does the london operation cost per month', 'what does london cost per month'],
  ])('plans "%s" as "%s"', async (variant, plain) => {
    expect(await callsOf(variant)).toEqual(await callsOf(plain));
  });

  it('is still the team when no place comes before it', async () => {
    const [call] = await callsOf('billing ops spend last month');
    expect(call?.arguments).toMatchObject({ costCenters: ['CC900'] });
  });
});
