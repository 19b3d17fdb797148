import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { presentAnswer } from '../../src/assistant/present/present-answer.js';
import { approveMacdRequest } from '../../src/domain/macd/approve-macd-request.js';
import { completeMacdRequest } from '../../src/domain/macd/complete-macd-request.js';
import { startMacdWork } from '../../src/domain/macd/start-macd-work.js';
import { submitMacdRequest } from '../../src/domain/macd/submit-macd-request.js';
import { openDisputes } from '../../src/domain/disputes/open-disputes.js';
import type { GetRealizedSavingsResult } from '../../src/domain/savings/get-realized-savings.js';
import { Decimal, sumDecimals } from '../../src/domain/shared/decimal.js';
import { formatMoney } from '../../src/domain/shared/format.js';
import { identifierKey } from '../../src/domain/shared/normalize.js';
import type { Viewer } from '../../src/domain/shared/viewer.js';
import { callTool, openDemoBed, type DemoBed } from './support/demo-tool-context.js';

// Realized savings on the demo enterprise (asked on 26 Nov 2026, so October is the last complete
// month): disconnects made here through the MACD workflow, and a dispute credit that arrives on a
// later invoice. Expected figures come from the raw MACD, service and invoice rows.

const monthIndex = (date: Date) => date.getUTCFullYear() * 12 + date.getUTCMonth();

describe('get_realized_savings', () => {
  let bed: DemoBed;
  let requester: Viewer;
  let approver: Viewer;
  const disconnected: Array<{ identifier: string; costCenterCode: string; completedOn: string }> = [];
  let credit: { amount: string; invoiceNumber: string; disputedInvoice: string };

  async function disconnect(identifier: string, completedOn: string): Promise<void> {
    const on = (day: string) => ({ ...bed.deps, now: () => new Date(`${day}T15:00:00Z`) });
    const submitted = await submitMacdRequest(
      { requester, values: { kind: 'disconnect', service: identifier, date: completedOn, reason: 'No longer needed' } },
      on(completedOn),
    );
    if (!submitted.ok) throw submitted.error;
    await approveMacdRequest({ requestId: submitted.request.id, actor: approver }, on(completedOn));
    await startMacdWork({ requestId: submitted.request.id, actor: approver }, on(completedOn));
    await completeMacdRequest({ requestId: submitted.request.id, actor: approver }, on(completedOn));
  }

  beforeAll(async () => {
    bed = await openDemoBed();
    const prisma = bed.database.prisma;
    const requesterUser = await prisma.user.create({
      data: { email: 'rq@test.example', name: 'Test Requester', role: 'requester', costCenters: ['*'] },
    });
    const approverUser = await prisma.user.create({
      data: { email: 'ap@test.example', name: 'Test Approver', role: 'admin', costCenters: ['*'] },
    });
    requester = { userId: requesterUser.id, displayName: requesterUser.name, role: 'requester', costCenterScope: '*' };
    approver = { userId: approverUser.id, displayName: approverUser.name, role: 'admin', costCenterScope: '*' };
    const lines = await prisma.$queryRaw<Array<{ identifier: string; code: string }>>`
      SELECT DISTINCT ON (cc.code) s.identifier, cc.code FROM "Service" s JOIN "CostCenter" cc ON cc.id = s."costCenterId"
      WHERE s.type = 'mobile_line' AND s.status = 'active' AND s."monthlyCost" > 0 ORDER BY cc.code, s.identifier LIMIT 3`;
    // Completed in March (7 months saved through October), last year (all 10 months of this
    // year), and this month (nothing yet).
    for (const [index, completedOn] of ['2026-03-20', '2025-06-10', '2026-11-05'].entries()) {
      await disconnect(lines[index]!.identifier, completedOn);
      disconnected.push({ identifier: lines[index]!.identifier, costCenterCode: lines[index]!.code, completedOn });
    }

    // A carrier credits a disputed line on a later invoice.
    await openDisputes({}, bed.deps);
    const dispute = await prisma.dispute.findFirstOrThrow({
      where: { periodStart: { lt: new Date('2026-09-01T00:00:00Z') }, findings: { some: { identifier: { not: null } } } },
      include: { findings: true },
      orderBy: { periodStart: 'asc' },
    });
    const account = await prisma.account.findFirstOrThrow({ where: { vendorId: dispute.vendorId, number: dispute.accountNumber } });
    const disputedIdentifier = dispute.findings.find((finding) => finding.identifier !== null)!.identifier!;
    const periodStart = new Date('2026-09-01T00:00:00Z');
    const invoice = await prisma.invoice.create({
      data: {
        vendorId: dispute.vendorId,
        accountId: account.id,
        invoiceNumber: 'TEST-CREDIT-0901',
        invoiceDate: periodStart,
        periodStart,
        periodEnd: new Date('2026-09-30T00:00:00Z'),
        currency: 'USD',
        total: '-12.34',
      },
    });
    await prisma.invoiceLine.create({
      data: {
        invoiceId: invoice.id,
        lineNumber: 1,
        identifier: disputedIdentifier,
        identifierKey: identifierKey(disputedIdentifier),
        chargeType: 'credit',
        description: `Credit for disputed invoice ${dispute.invoiceNumber}`,
        quantity: '1',
        amount: '-12.34',
        periodStart,
        vendorId: dispute.vendorId,
        accountId: account.id,
      },
    });
    credit = { amount: '12.34', invoiceNumber: invoice.invoiceNumber, disputedInvoice: dispute.invoiceNumber };
  }, 600_000);
  afterAll(async () => {
    await bed.database.close();
  });

  /** monthly cost × whole months from the month after completion, within [first, end) months. */
  async function expectedDisconnects(firstMonth: number, endMonth: number, costCenterCode?: string) {
    const rows = await bed.database.prisma.$queryRaw<Array<{ identifier: string; at: Date; monthlyCost: string; code: string }>>`
      SELECT s.identifier, e.at, s."monthlyCost"::text AS "monthlyCost", cc.code
      FROM "MacdEvent" e JOIN "MacdRequest" r ON r.id = e."requestId" JOIN "Service" s ON s.id = r."serviceId" JOIN "CostCenter" cc ON cc.id = r."costCenterId"
      WHERE e."toStatus" = 'completed' AND r.kind = 'disconnect'`;
    return rows
      .filter((row) => costCenterCode === undefined || row.code === costCenterCode)
      .map((row) => {
        const months = Math.max(0, endMonth - Math.max(monthIndex(row.at) + 1, firstMonth));
        return {
          identifier: row.identifier,
          months,
          saved: new Decimal(row.monthlyCost).times(months).toDecimalPlaces(2, Decimal.ROUND_HALF_UP).toFixed(2),
        };
      });
  }

  it('counts this year to date: each disconnect at its monthly cost × months since, plus the credit received', async () => {
    const result = await callTool<GetRealizedSavingsResult>('get_realized_savings', {}, bed.context());
    expect(result.period).toMatchObject({ start: '2026-01-01', end: '2026-11-27' });
    expect(result.countedMonths).toMatchObject({ start: '2026-01-01', end: '2026-11-01' });
    const expected = await expectedDisconnects(monthIndex(new Date('2026-01-01')), monthIndex(new Date('2026-11-01')));
    expect(expected.map((row) => row.months).sort((left, right) => left - right)).toEqual([0, 7, 10]);
    expect(result.disconnects.map((row) => [row.identifier, row.months, row.saved]).sort()).toEqual(
      expected.map((row) => [row.identifier, row.months, row.saved]).sort(),
    );
    const march = result.disconnects.find((row) => row.identifier === disconnected[0]!.identifier)!;
    expect(march.saved).toBe(new Decimal(march.monthlyCost).times(7).toFixed(2));

    expect(result.credits.map((row) => [row.creditInvoice, row.disputedInvoice, row.amount])).toEqual([
      [credit.invoiceNumber, credit.disputedInvoice, credit.amount],
    ]);
    const disconnectTotal = sumDecimals(expected.map((row) => row.saved));
    expect(result.totals).toEqual([
      {
        currency: 'USD',
        disconnects: disconnectTotal.toFixed(2),
        credits: credit.amount,
        total: disconnectTotal.plus(credit.amount).toFixed(2),
      },
    ]);

    const answer = presentAnswer({
      question: 'how much have we saved this year',
      calls: [{ tool: 'get_realized_savings', arguments: {}, result }],
    });
    expect(answer.text).toContain(`Realized savings in 2026 year to date: ${formatMoney(result.totals[0]!.total, 'USD')}`);
    expect(answer.text).toContain('monthly cost × whole months since the month after completion (through Oct 2026)');
    expect(answer.facts[0]).toMatchObject({ label: 'Realized savings', raw: result.totals[0]!.total, currency: 'USD' });
    expect(answer.table?.totalRows).toBe(4);
  });

  it('counts only the months and credits inside an explicit period', async () => {
    const result = await callTool<GetRealizedSavingsResult>(
      'get_realized_savings',
      { period: { start: '2026-01-01', end: '2026-07-01' } },
      bed.context(),
    );
    const expected = await expectedDisconnects(monthIndex(new Date('2026-01-01')), monthIndex(new Date('2026-07-01')));
    expect(result.disconnects.map((row) => [row.identifier, row.months, row.saved]).sort()).toEqual(
      expected
        .filter((row) => row.identifier !== disconnected[2]!.identifier)
        .map((row) => [row.identifier, row.months, row.saved])
        .sort(),
    );
    expect(result.disconnects.find((row) => row.identifier === disconnected[0]!.identifier)?.months).toBe(3);
    expect(result.credits).toEqual([]);
  });

  it('shows a scoped viewer only the disconnects of their cost centers, and no carrier credits', async () => {
    const scoped = bed.context({ displayName: 'Manager', role: 'viewer', costCenterScope: [disconnected[0]!.costCenterCode] });
    const result = await callTool<GetRealizedSavingsResult>('get_realized_savings', {}, scoped);
    const expected = await expectedDisconnects(
      monthIndex(new Date('2026-01-01')),
      monthIndex(new Date('2026-11-01')),
      disconnected[0]!.costCenterCode,
    );
    expect(result.disconnects.map((row) => row.identifier)).toEqual(expected.map((row) => row.identifier));
    expect(result.areCreditsHidden).toBe(true);
    expect(result.credits).toEqual([]);
  });
});
