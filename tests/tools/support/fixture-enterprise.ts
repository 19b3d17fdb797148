import type { PrismaClient } from '../../../src/db/generated/client.js';
import { identifierKey, nameKey } from '../../../src/domain/shared/normalize.js';

// A small enterprise whose every figure a test can recompute from these arrays by hand.

export const fixtureVendors = [
  { name: 'AT&T', domain: 'telecom', aliases: ['ATT', 'AT and T'] },
  { name: 'Verizon Wireless', domain: 'mobility', aliases: ['Verizon', 'VZW'] },
  { name: 'Lumen', domain: 'telecom', aliases: ['CenturyLink'] },
  { name: 'Amazon Web Services', domain: 'cloud', aliases: ['AWS', 'Amazon'] },
  { name: 'Microsoft', domain: 'cloud', aliases: ['Azure', 'Microsoft Azure'] },
  { name: 'Salesforce', domain: 'saas', aliases: [] },
] as const;

export const fixtureCostCenters = [
  { code: 'CC100', name: 'Sales' },
  { code: 'CC200', name: 'Engineering' },
  { code: 'CC300', name: 'Finance' },
  { code: 'CC110', name: 'Sales East', parent: 'CC100' },
] as const;

export const fixtureLocations = [
  { name: 'Chicago HQ', city: 'Chicago', country: 'US' },
  { name: 'Denver Office', city: 'Denver', country: 'US' },
  { name: 'London Office', city: 'London', country: 'GB' },
] as const;

export const fixtureServices = [
  {
    externalId: 'S1',
    type: 'mobile_line',
    identifier: '(312) 555-0100',
    vendor: 'Verizon Wireless',
    account: 'VZ-1',
    location: 'Chicago HQ',
    costCenter: 'CC100',
    assignee: 'Ana Silva',
    status: 'active',
    monthlyCost: '45.00',
    startDate: '2024-01-01',
  },
  {
    externalId: 'S2',
    type: 'mobile_line',
    identifier: '312-555-0101',
    vendor: 'Verizon Wireless',
    account: 'VZ-1',
    location: 'Chicago HQ',
    costCenter: 'CC200',
    assignee: 'Ben Okafor',
    status: 'active',
    monthlyCost: '45.00',
    startDate: '2024-01-01',
  },
  {
    externalId: 'S3',
    type: 'mobile_line',
    identifier: '303-555-0102',
    vendor: 'Verizon Wireless',
    account: 'VZ-1',
    location: 'Denver Office',
    costCenter: 'CC200',
    assignee: 'Chen Li',
    status: 'active',
    monthlyCost: '50.00',
    startDate: '2024-01-01',
  },
  {
    externalId: 'S4',
    type: 'mobile_line',
    identifier: '303-555-0103',
    vendor: 'Verizon Wireless',
    account: 'VZ-1',
    location: 'Denver Office',
    costCenter: 'CC300',
    assignee: 'Dana Cruz',
    status: 'disconnected',
    monthlyCost: '50.00',
    startDate: '2024-01-01',
  },
  {
    externalId: 'S5',
    type: 'circuit',
    identifier: 'DIA-CHI-0001',
    vendor: 'AT&T',
    account: 'ATT-9',
    location: 'Chicago HQ',
    costCenter: 'CC200',
    assignee: null,
    status: 'active',
    monthlyCost: '1200.00',
    startDate: '2023-05-01',
  },
  {
    externalId: 'S6',
    type: 'circuit',
    identifier: 'MPLS-DEN-0002',
    vendor: 'Lumen',
    account: 'LU-3',
    location: 'Denver Office',
    costCenter: 'CC300',
    assignee: null,
    status: 'active',
    monthlyCost: '800.50',
    startDate: '2023-05-01',
  },
  {
    externalId: 'S8',
    type: 'voice_trunk',
    identifier: 'SIP-LON-01',
    vendor: 'AT&T',
    account: 'ATT-9',
    location: 'London Office',
    costCenter: 'CC110',
    assignee: null,
    status: 'active',
    monthlyCost: '300.00',
    startDate: '2023-01-01',
  },
  {
    externalId: 'S7',
    type: 'pots_line',
    identifier: '312-555-0900',
    vendor: 'AT&T',
    account: 'ATT-9',
    location: 'Chicago HQ',
    costCenter: 'CC100',
    assignee: 'Facilities',
    status: 'active',
    monthlyCost: '65.25',
    startDate: '2020-01-01',
  },
] as const;

/** Invoice lines: [vendor, account, invoice number, period start, identifier|null, charge type, amount]. */
export const fixtureInvoiceLines = [
  ['AT&T', 'ATT-9', 'A-0901', '2026-09-01', 'DIA-CHI-0001', 'recurring', '1200.00'],
  ['AT&T', 'ATT-9', 'A-0901', '2026-09-01', '312-555-0900', 'recurring', '65.25'],
  ['AT&T', 'ATT-9', 'A-0901', '2026-09-01', null, 'tax', '98.10'],
  ['AT&T', 'ATT-9', 'A-1001', '2026-10-01', 'DIA-CHI-0001', 'recurring', '1200.00'],
  ['AT&T', 'ATT-9', 'A-1001', '2026-10-01', '312-555-0900', 'recurring', '65.25'],
  ['AT&T', 'ATT-9', 'A-1001', '2026-10-01', null, 'tax', '98.10'],
  ['AT&T', 'ATT-9', 'A-1001', '2026-10-01', 'DIA-CHI-0001', 'credit', '-150.00'],
  ['Lumen', 'LU-3', 'L-0901', '2026-09-01', 'MPLS-DEN-0002', 'recurring', '800.50'],
  ['Lumen', 'LU-3', 'L-1001', '2026-10-01', 'MPLS-DEN-0002', 'recurring', '800.50'],
  ['Lumen', 'LU-3', 'L-1001', '2026-10-01', 'MPLS-DEN-0002', 'one_time', '350.00'],
  ['Verizon Wireless', 'VZ-1', 'V-0901', '2026-09-01', '3125550100', 'recurring', '45.00'],
  ['Verizon Wireless', 'VZ-1', 'V-0901', '2026-09-01', '3125550101', 'recurring', '45.00'],
  ['Verizon Wireless', 'VZ-1', 'V-0901', '2026-09-01', '3035550102', 'recurring', '50.00'],
  ['Verizon Wireless', 'VZ-1', 'V-0901', '2026-09-01', '3035550102', 'usage', '12.34'],
  ['Verizon Wireless', 'VZ-1', 'V-1001', '2026-10-01', '3125550100', 'recurring', '45.00'],
  ['Verizon Wireless', 'VZ-1', 'V-1001', '2026-10-01', '3125550101', 'recurring', '45.00'],
  ['Verizon Wireless', 'VZ-1', 'V-1001', '2026-10-01', '3035550102', 'recurring', '50.00'],
  ['Verizon Wireless', 'VZ-1', 'V-1001', '2026-10-01', null, 'surcharge', '7.77'],
] as const;

/** Cloud daily costs: [vendor, day, service name, category, region, cost-center code|null, billed, effective]. */
export const fixtureCloudDays = [
  ['Amazon Web Services', '2026-09-10', 'Amazon EC2', 'Compute', 'us-east-1', 'CC200', '100.123456789012', '90.00'],
  ['Amazon Web Services', '2026-09-20', 'Amazon S3', 'Storage', 'us-east-1', 'CC200', '20.000000000001', '20.00'],
  ['Amazon Web Services', '2026-10-05', 'Amazon EC2', 'Compute', 'us-east-1', 'CC200', '300.50', '250.00'],
  ['Amazon Web Services', '2026-10-06', 'Amazon EC2', 'Compute', 'eu-west-1', null, '40.00', '40.00'],
  ['Microsoft', '2026-09-15', 'Virtual Machines', 'Compute', 'eastus', 'CC100', '75.25', '75.25'],
  ['Microsoft', '2026-10-15', 'Virtual Machines', 'Compute', 'eastus', 'CC100', '175.25', '150.00'],
  ['Microsoft', '2026-11-03', 'Virtual Machines', 'Compute', 'eastus', 'CC100', '60.00', '60.00'],
  ['Salesforce', '2026-10-01', 'Sales Cloud', 'Business Applications', null, 'CC100', '500.00', '500.00'],
] as const;

export const fixtureContracts = [
  {
    externalId: 'K-ATT-1',
    vendor: 'AT&T',
    name: 'AT&T Wireline MSA',
    startDate: '2024-01-01',
    endDate: '2027-01-31',
    autoRenew: true,
    noticeDays: 30,
    committedAnnual: '12000.00',
  },
  {
    externalId: 'K-LUM-1',
    vendor: 'Lumen',
    name: 'Lumen MPLS',
    startDate: '2023-06-01',
    endDate: '2027-05-31',
    autoRenew: true,
    noticeDays: 90,
    committedAnnual: null,
  },
  {
    externalId: 'K-VZ-1',
    vendor: 'Verizon Wireless',
    name: 'Verizon Mobility',
    startDate: '2025-03-01',
    endDate: '2026-12-15',
    autoRenew: false,
    noticeDays: 60,
    committedAnnual: null,
  },
  {
    externalId: 'K-MS-1',
    vendor: 'Microsoft',
    name: 'Azure MACC',
    startDate: '2025-07-01',
    endDate: '2028-06-30',
    autoRenew: false,
    noticeDays: 90,
    committedAnnual: '5000.00',
  },
  {
    externalId: 'K-OLD-1',
    vendor: 'AT&T',
    name: 'AT&T Legacy Voice',
    startDate: '2020-01-01',
    endDate: '2025-12-31',
    autoRenew: false,
    noticeDays: 30,
    committedAnnual: null,
  },
] as const;

export const fixtureBudgets = [
  ['CC100', '2026-10-01', '600.00'],
  ['CC200', '2026-10-01', '1500.00'],
  ['CC300', '2026-10-01', '2000.00'],
  ['CC100', '2026-11-01', '70.00'],
  ['CC200', '2026-11-01', '1000.00'],
] as const;

/** Usage: [identifier, month, data MB, minutes, messages]. */
export const fixtureUsage = [
  ['3125550100', '2026-08-01', '1024.5', 120, 40],
  ['3125550100', '2026-09-01', '900', 100, 30],
  ['3125550100', '2026-10-01', '800.25', 90, 20],
  ['3125550101', '2026-08-01', '0', 0, 0],
  ['3125550101', '2026-09-01', '0', 0, 0],
  ['3125550101', '2026-10-01', '0', 0, 0],
  ['3035550102', '2026-08-01', '0', 0, 0],
  ['3035550102', '2026-09-01', '0', 5, 0],
  ['3035550102', '2026-10-01', '0', 0, 0],
] as const;

export const fixtureAsOf = new Date('2026-11-26T12:00:00Z');

const date = (isoDate: string) => new Date(`${isoDate}T00:00:00Z`);

export async function loadFixtureEnterprise(prisma: PrismaClient): Promise<void> {
  const vendorIds = new Map<string, number>();
  for (const vendor of fixtureVendors) {
    const row = await prisma.vendor.create({
      data: {
        name: vendor.name,
        key: nameKey(vendor.name),
        domain: vendor.domain,
        aliases: { create: vendor.aliases.map((alias) => ({ key: nameKey(alias) })) },
      },
    });
    vendorIds.set(vendor.name, row.id);
  }
  const costCenterIds = new Map<string, number>();
  for (const costCenter of fixtureCostCenters) {
    const parentId = 'parent' in costCenter ? costCenterIds.get(costCenter.parent) : undefined;
    costCenterIds.set(
      costCenter.code,
      (await prisma.costCenter.create({ data: { code: costCenter.code, name: costCenter.name, parentId } })).id,
    );
  }
  const locationIds = new Map<string, number>();
  for (const location of fixtureLocations)
    locationIds.set(location.name, (await prisma.location.create({ data: { ...location, key: nameKey(location.name) } })).id);
  const accountIds = new Map<string, number>();
  const accountOf = async (vendor: string, number: string) => {
    const existing = accountIds.get(number);
    if (existing) return existing;
    const row = await prisma.account.create({ data: { vendorId: vendorIds.get(vendor)!, number } });
    accountIds.set(number, row.id);
    return row.id;
  };
  for (const service of fixtureServices) {
    await prisma.service.create({
      data: {
        externalId: service.externalId,
        type: service.type,
        identifier: service.identifier,
        identifierKey: identifierKey(service.identifier),
        vendorId: vendorIds.get(service.vendor)!,
        accountId: await accountOf(service.vendor, service.account),
        locationId: locationIds.get(service.location)!,
        costCenterId: costCenterIds.get(service.costCenter)!,
        assignee: service.assignee,
        status: service.status,
        monthlyCost: service.monthlyCost,
        startDate: date(service.startDate),
      },
    });
  }
  const invoiceIds = new Map<string, number>();
  let lineNumber = 0;
  for (const [vendor, account, invoiceNumber, periodStart, identifier, chargeType, amount] of fixtureInvoiceLines) {
    let invoiceId = invoiceIds.get(invoiceNumber);
    const accountId = await accountOf(vendor, account);
    if (!invoiceId) {
      const start = date(periodStart);
      const invoice = await prisma.invoice.create({
        data: {
          vendorId: vendorIds.get(vendor)!,
          accountId,
          invoiceNumber,
          invoiceDate: start,
          periodStart: start,
          periodEnd: new Date(Date.UTC(start.getUTCFullYear(), start.getUTCMonth() + 1, 0)),
          currency: 'USD',
          total: '0',
        },
      });
      invoiceId = invoice.id;
      invoiceIds.set(invoiceNumber, invoiceId);
    }
    lineNumber += 1;
    await prisma.invoiceLine.create({
      data: {
        invoiceId,
        lineNumber,
        identifier,
        identifierKey: identifier === null ? null : identifierKey(identifier),
        chargeType,
        description: `${chargeType} charge`,
        quantity: '1',
        amount,
        periodStart: date(periodStart),
        vendorId: vendorIds.get(vendor)!,
        accountId,
      },
    });
  }
  for (const [vendor, day, serviceName, serviceCategory, regionId, costCenter, billed, effective] of fixtureCloudDays) {
    const dimensions = {
      vendorId: vendorIds.get(vendor)!,
      billingAccountId: `${nameKey(vendor)}-billing`,
      billingPeriodStart: new Date(`${day.slice(0, 7)}-01T00:00:00Z`),
      subAccountId: `${nameKey(vendor)}-prod`,
      serviceName,
      serviceCategory,
      regionId,
      chargeCategory: 'Usage',
      costCenterId: costCenter === null ? null : costCenterIds.get(costCenter)!,
      currency: 'USD',
      billedCost: billed,
      effectiveCost: effective,
      rowCount: 2,
    };
    await prisma.costDaily.create({ data: { ...dimensions, day: date(day) } });
    await prisma.costMonthly.create({ data: { ...dimensions, month: date(`${day.slice(0, 7)}-01`) } });
  }
  for (const contract of fixtureContracts) {
    await prisma.contract.create({
      data: {
        externalId: contract.externalId,
        vendorId: vendorIds.get(contract.vendor)!,
        name: contract.name,
        startDate: date(contract.startDate),
        endDate: date(contract.endDate),
        autoRenew: contract.autoRenew,
        noticeDays: contract.noticeDays,
        committedAnnual: contract.committedAnnual,
      },
    });
  }
  for (const [costCenter, month, amount] of fixtureBudgets) {
    await prisma.budget.create({ data: { costCenterId: costCenterIds.get(costCenter)!, month: date(month), amount } });
  }
  for (const [identifier, month, dataMb, voiceMinutes, messages] of fixtureUsage) {
    await prisma.mobileUsage.create({
      data: { identifier, identifierKey: identifierKey(identifier), period: date(month), dataMb, voiceMinutes, messages },
    });
  }
}
