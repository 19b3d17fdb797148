import { inOneCurrency } from '../support/in-one-currency.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../src/db/open-database.js';
import { getBudgetStatus } from '../../src/domain/budgets/get-budget-status.js';
import { findNoticeDeadlines } from '../../src/domain/contracts/find-notice-deadlines.js';
import { getCommitmentStatus } from '../../src/domain/contracts/get-commitment-status.js';
import { getContract } from '../../src/domain/contracts/get-contract.js';
import { listContracts } from '../../src/domain/contracts/list-contracts.js';
import { countServices } from '../../src/domain/inventory/count-services.js';
import { findService } from '../../src/domain/inventory/find-service.js';
import { listServices } from '../../src/domain/inventory/list-services.js';
import { Decimal, sumDecimals } from '../../src/domain/shared/decimal.js';
import { identifierKey } from '../../src/domain/shared/normalize.js';
import { findZeroUsageLines } from '../../src/domain/usage/find-zero-usage-lines.js';
import { getLineUsage } from '../../src/domain/usage/get-line-usage.js';
import { openTestDatabase } from '../support/test-database.js';
import {
  fixtureBudgets,
  fixtureCloudDays,
  fixtureContracts,
  fixtureInvoiceLines,
  fixtureServices,
  fixtureUsage,
  loadFixtureEnterprise,
} from './support/fixture-enterprise.js';
import { toolContext } from './support/tool-context.js';

const dayMs = 86_400_000;
const asOfDay = new Date('2026-11-26T00:00:00Z');

describe('inventory, contract, budget and usage tools', () => {
  let database: Database;
  beforeAll(async () => {
    database = await openTestDatabase();
    await loadFixtureEnterprise(database.prisma);
  });
  afterAll(async () => {
    await database.close();
  });

  it('counts active mobile lines in a city with their monthly cost', async () => {
    const result = inOneCurrency(
      await countServices.run({ types: ['mobile_line'], statuses: ['active'], locations: ['Chicago'] }, toolContext(database.prisma)),
    );
    const expected = fixtureServices.filter(
      (service) => service.type === 'mobile_line' && service.status === 'active' && service.location === 'Chicago HQ',
    );
    expect(result.count).toBe(expected.length);
    expect(result.monthlyCost).toBe(sumDecimals(expected.map((service) => service.monthlyCost)).toString());
  });

  it('counts per location', async () => {
    const result = inOneCurrency(await countServices.run({ types: ['circuit'], groupBy: 'location' }, toolContext(database.prisma)));
    expect(result.groups.map((group) => [group.label, group.count]).sort()).toEqual([
      ['Chicago HQ', 1],
      ['Denver Office', 1],
    ]);
  });

  it('counts a cost center together with the cost centers under it', async () => {
    const result = inOneCurrency(await countServices.run({ costCenters: ['Sales'] }, toolContext(database.prisma)));
    expect(result.count).toBe(fixtureServices.filter((service) => service.costCenter === 'CC100' || service.costCenter === 'CC110').length);
    expect(result.filters.costCenters).toEqual(['CC100 Sales (with 1 cost center under it)']);
  });

  it('lists a page of services with the total count behind it, in scope only', async () => {
    const page = inOneCurrency(await listServices.run({ pageSize: 2 }, toolContext(database.prisma)));
    expect(page.services).toHaveLength(2);
    expect(page.totalCount).toBe(fixtureServices.length);
    const engineer = toolContext(database.prisma, { displayName: 'E', role: 'viewer', costCenterScope: ['CC200'] });
    const scoped = inOneCurrency(await listServices.run({}, engineer));
    expect(scoped.totalCount).toBe(fixtureServices.filter((service) => service.costCenter === 'CC200').length);
    expect(scoped.services.every((service) => service.costCenter?.startsWith('CC200'))).toBe(true);
  });

  it('finds a line whatever the phone formatting', async () => {
    for (const typed of ['312.555.0101', '+1 (312) 555-0101', '3125550101']) {
      const result = await findService.run({ identifier: typed }, toolContext(database.prisma));
      expect(result.isExact).toBe(true);
      expect(result.matches.map((match) => match.assignee)).toEqual(['Ben Okafor']);
    }
    const none = await findService.run({ identifier: '999-999-9999' }, toolContext(database.prisma));
    expect(none.matches).toEqual([]);
  });

  it('lists active contracts and computes notice deadlines', async () => {
    const active = await listContracts.run({}, toolContext(database.prisma));
    expect(active.totalCount).toBe(fixtureContracts.filter((contract) => new Date(contract.endDate) >= asOfDay).length);
    const att = active.contracts.find((contract) => contract.contractId === 'K-ATT-1')!;
    expect(att.noticeDeadline).toBe('2027-01-01');
    const verizon = active.contracts.find((contract) => contract.contractId === 'K-VZ-1')!;
    expect(verizon.noticeDeadline).toBe('2026-12-15');
  });

  it('finds the notice deadlines inside a window, soonest first', async () => {
    const result = await findNoticeDeadlines.run({ withinDays: 60 }, toolContext(database.prisma));
    const expected = fixtureContracts
      .map((contract) => {
        const end = new Date(`${contract.endDate}T00:00:00Z`);
        const deadline = contract.autoRenew ? new Date(end.getTime() - contract.noticeDays * dayMs) : end;
        return { id: contract.externalId, days: Math.round((deadline.getTime() - asOfDay.getTime()) / dayMs) };
      })
      .filter((entry) => entry.days >= 0 && entry.days <= 60)
      .sort((left, right) => left.days - right.days)
      .map((entry) => entry.id);
    expect(result.contracts.map((contract) => contract.contractId)).toEqual(expected);
  });

  it('gives contract details with rates by vendor alias', async () => {
    const result = await getContract.run({ vendor: 'att' }, toolContext(database.prisma));
    expect(result.contracts.map((contract) => contract.contractId).sort()).toEqual(['K-ATT-1', 'K-OLD-1']);
  });

  it('measures a commitment against the vendor spend in the contract year', async () => {
    const result = await getCommitmentStatus.run({ vendor: 'Azure' }, toolContext(database.prisma));
    expect(result.commitments).toHaveLength(1);
    const microsoft = result.commitments[0]!;
    expect(microsoft.contractYear.start).toBe('2026-07-01');
    const expected = sumDecimals(fixtureCloudDays.filter((row) => row[0] === 'Microsoft' && row[1] >= '2026-07-01').map((row) => row[6]));
    expect(microsoft.actual).toBe(expected.toString());
    expect(microsoft.remaining).toBe(new Decimal('5000').minus(expected).toString());
  });

  it('reports budget vs actual for a closed month', async () => {
    const result = await getBudgetStatus.run({ month: '2026-10' }, toolContext(database.prisma));
    const serviceOf = (identifier: string | null) =>
      fixtureServices.find((service) => identifier !== null && identifierKey(service.identifier) === identifierKey(identifier));
    const sales = sumDecimals([
      ...fixtureInvoiceLines
        .filter((line) => line[3] === '2026-10-01' && serviceOf(line[4])?.costCenter === 'CC100')
        .map((line) => line[6]),
      ...fixtureCloudDays.filter((row) => row[1].startsWith('2026-10') && row[5] === 'CC100').map((row) => row[6]),
    ]);
    const line = result.lines.find((entry) => entry.costCenter === 'CC100')!;
    expect(line.actual).toBe(sales.toString());
    expect(line.budget).toBe(new Decimal(fixtureBudgets[0][2]).toString());
    expect(line.status).toBe(sales.greaterThan(fixtureBudgets[0][2]) ? 'over' : 'under');
    expect(result.isMonthComplete).toBe(true);
  });

  it("projects the current month by how each bill arrives: October's recurring lines again, cloud by weekday, a monthly charge on its day", async () => {
    const result = await getBudgetStatus.run({ costCenters: ['Sales'] }, toolContext(database.prisma));
    expect(result.period.label).toBe('November 2026');
    expect(result.daysElapsed).toBe(25);
    const line = result.lines[0]!;
    expect(line.actual).toBe('60');
    // Sales' services on the October invoices: the POTS line (AT&T) and a mobile line (Verizon).
    const recurring = new Decimal('65.25').plus('45.00');
    // The last cloud day imported is 3 Nov; Sales' Microsoft costs in the 7 whole weeks to then
    // (16 Sep–3 Nov): USD 175.25 on Thursday 15 Oct, USD 60.00 on Tuesday 3 Nov. 4–30 Nov holds
    // four Thursdays and three Tuesdays. Salesforce's charge on 1 Oct is monthly: next on 1 Dec.
    const cloud = new Decimal('175.25').times(4).plus(new Decimal('60.00').times(3)).div(7);
    expect(line.projected).toBe(new Decimal(60).plus(recurring.plus(cloud).toDecimalPlaces(2, Decimal.ROUND_HALF_UP)).toString());
    expect(line.basis).toContain('recurring charges from the Oct 2026 invoices USD 110.25');
    expect(line.status).toBe('at_risk');
  });

  it('returns usage per line and month', async () => {
    const result = await getLineUsage.run({ identifier: '(312) 555-0100' }, toolContext(database.prisma));
    const expected = fixtureUsage.filter((row) => row[0] === '3125550100');
    expect(result.rows.map((row) => row.month)).toEqual(expected.map((row) => row[1].slice(0, 7)));
    expect(result.totals.voiceMinutes).toBe(expected.reduce((sum, row) => sum + row[3], 0));
  });

  it('finds lines with no usage in the last three months', async () => {
    const result = inOneCurrency(await findZeroUsageLines.run({ months: 3 }, toolContext(database.prisma)));
    expect(result.lines.map((line) => line.identifier)).toEqual(['312-555-0101']);
    expect(result.monthlyCost).toBe('45');
    const twoMonths = inOneCurrency(await findZeroUsageLines.run({ months: 1 }, toolContext(database.prisma)));
    expect(twoMonths.lines.map((line) => line.identifier).sort()).toEqual(['303-555-0102', '312-555-0101']);
  });
});
