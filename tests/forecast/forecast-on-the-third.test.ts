import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { presentBudgetStatus } from '../../src/assistant/present/present-budgets.js';
import { presentForecast } from '../../src/assistant/present/present-forecast.js';
import type { Database } from '../../src/db/open-database.js';
import type { AlertDestination, AlertMessage } from '../../src/domain/alerts/alert-destination.js';
import { subscribeChannel } from '../../src/domain/alerts/subscribe-channel.js';
import type { GetBudgetStatusResult } from '../../src/domain/budgets/get-budget-status.js';
import { importFile } from '../../src/domain/ingest/import-file.js';
import type { ImportKind } from '../../src/domain/ingest/ingest-types.js';
import { Decimal } from '../../src/domain/shared/decimal.js';
import type { ForecastSpendResult } from '../../src/domain/spend/forecast-spend.js';
import type { ToolContext } from '../../src/domain/tools/define-tool.js';
import { createAlertJobs } from '../../src/jobs/alert-jobs.js';
import { silentLogger } from '../../src/logger.js';
import { callTool } from '../spend-tools/demo-spend.js';
import { openTestDatabase } from '../support/test-database.js';

// Issue 17 item 2, done when: on the 3rd of a month with last month's telecom invoices imported
// and three days of cloud, the projection is last month's recurring telecom + the cloud run-rate ×
// the days in the month, and the answer states the split. The 3rd itself is still arriving (a
// partial day, as cost exports deliver it), so the run-rate is the 1st and 2nd.

const clock = new Date('2026-12-03T09:00:00Z');

const files: Array<[ImportKind, string, string[]]> = [
  ['vendors', 'vendors.csv', ['name,domain,aliases', 'Carrier One,telecom,', 'Nimbus Cloud,cloud,']],
  ['cost-centers', 'cost-centers.csv', ['code,name,parent,owner', 'CC-10,Network,,', 'CC-20,Platform,,']],
  [
    'inventory',
    'inventory.csv',
    [
      'service_id,type,identifier,vendor,account,location,cost_center,assignee,status,monthly_cost,start_date,end_date',
      'SVC-1,circuit,CKT-100,Carrier One,BAN-1,,CC-10,,active,1250.50,2024-01-01,',
      'SVC-2,circuit,CKT-200,Carrier One,BAN-1,,CC-10,,active,890.25,2024-01-01,',
      'SVC-3,pots_line,312-555-0100,Carrier One,BAN-1,,CC-20,,active,45.10,2024-01-01,',
    ],
  ],
  [
    'invoices',
    'invoices.csv',
    [
      'invoice_number,vendor,account,invoice_date,period_start,period_end,identifier,charge_type,description,quantity,unit_price,amount,currency',
      'INV-1101,Carrier One,BAN-1,2026-12-02,2026-11-01,2026-11-30,CKT-100,recurring,DIA 500 Mbps,1,1250.50,1250.50,USD',
      'INV-1101,Carrier One,BAN-1,2026-12-02,2026-11-01,2026-11-30,CKT-200,recurring,MPLS port,1,890.25,890.25,USD',
      'INV-1101,Carrier One,BAN-1,2026-12-02,2026-11-01,2026-11-30,312-555-0100,recurring,POTS line,1,45.10,45.10,USD',
      // Not recurring, so not billed again in December.
      'INV-1101,Carrier One,BAN-1,2026-12-02,2026-11-01,2026-11-30,CKT-200,one_time,Installation,1,300.00,300.00,USD',
      'INV-1101,Carrier One,BAN-1,2026-12-02,2026-11-01,2026-11-30,CKT-100,credit,Outage credit,,,-75.00,USD',
    ],
  ],
  [
    'focus',
    'focus.csv',
    [
      'BilledCost,BillingAccountId,BillingAccountName,BillingCurrency,BillingPeriodStart,BillingPeriodEnd,ChargePeriodStart,ChargePeriodEnd,ChargeCategory,ChargeFrequency,ProviderName,InvoiceIssuerName,ServiceName,ServiceCategory,SubAccountId,RegionId,EffectiveCost,Tags',
      ...[
        ['1000.40', '2026-12-01', 'CC-20'],
        ['50.00', '2026-12-01', 'CC-10'],
        ['1210.17', '2026-12-02', 'CC-20'],
        ['61.11', '2026-12-02', 'CC-10'],
        ['150.00', '2026-12-03', 'CC-20'],
      ].map(
        ([cost, day, costCenter]) =>
          `${cost},NC-1,Example,USD,2026-12-01T00:00:00Z,2027-01-01T00:00:00Z,${day}T00:00:00Z,${day}T23:59:59Z,Usage,Usage-Based,Nimbus Cloud,Nimbus Cloud,Compute,Compute,prod,region-1,${cost},"{""cost-center"": ""${costCenter}""}"`,
      ),
    ],
  ],
  ['budgets', 'budgets.csv', ['cost_center,month,amount', 'CC-10,2026-12,3500.00', 'CC-20,2026-12,50000.00']],
];

// The test's own arithmetic: November's recurring lines, and the cloud days before the 3rd.
const novemberRecurring = { all: new Decimal('1250.50').plus('890.25').plus('45.10'), 'CC-10': new Decimal('1250.50').plus('890.25') };
const cloudRunRate = {
  all: new Decimal('1000.40').plus('50.00').plus('1210.17').plus('61.11').div(2),
  'CC-10': new Decimal('50.00').plus('61.11').div(2),
};
const daysInDecember = 31;
const cents = (amount: Decimal) => amount.toDecimalPlaces(2, Decimal.ROUND_HALF_UP);
const money = (amount: Decimal) => `USD ${cents(amount).toNumber().toLocaleString('en-US', { minimumFractionDigits: 2 })}`;

describe("projection on the 3rd: last month's recurring telecom + cloud run-rate × days in the month", () => {
  let database: Database;
  const context = (): ToolContext => ({
    prisma: database.prisma,
    now: () => clock,
    logger: silentLogger,
    viewer: { displayName: 'Analyst', role: 'admin', costCenterScope: '*' },
    asOf: clock,
  });

  beforeAll(async () => {
    database = await openTestDatabase();
    const folder = await mkdtemp(path.join(tmpdir(), 'ledgerline-forecast-'));
    const deps = { prisma: database.prisma, now: () => clock, logger: silentLogger, costCenterTagKeys: ['cost-center'], database };
    for (const [kind, name, lines] of files) {
      const filePath = path.join(folder, name);
      await writeFile(filePath, `${lines.join('\n')}\n`);
      const summary = await importFile({ kind, filePath }, deps);
      expect(summary, `${kind}: ${JSON.stringify(summary)}`).toMatchObject({ status: 'imported', rowsRejected: 0 });
    }
  }, 180_000);

  afterAll(async () => database?.close());

  it("forecast_spend: the month is November's recurring telecom + the run-rate × 31 days, to the cent, and the answer states the split", async () => {
    const result = await callTool<ForecastSpendResult>('forecast_spend', { horizon: 'month' }, context());
    const expected = novemberRecurring.all.plus(cloudRunRate.all.times(daysInDecember));

    expect(result.total).toBe(cents(expected).toString());
    expect(result.actualThrough).toBe('2026-12-02');
    expect(result.actual).toBe(cloudRunRate.all.times(2).toString());
    expect(result.split).toMatchObject({
      recurring: novemberRecurring.all.toString(),
      recurringBasisMonths: ['2026-11-01'],
      usage: '0',
      added: '0',
      runRate: cents(cloudRunRate.all.times(daysInDecember - 2)).toString(),
      runRatePerDay: cents(cloudRunRate.all).toString(),
      runRateDays: 29,
      isRunRateByWeekday: false,
    });

    const text = presentForecast(result).text;
    expect(text).toContain(
      `Forecast for December 2026: ${money(expected)} (${money(cloudRunRate.all.times(2))} actual through 2 Dec 2026 + ${money(expected.minus(cloudRunRate.all.times(2)))} projected).`,
    );
    expect(text).toContain(
      `Projected: recurring charges from the Nov 2026 invoices ${money(novemberRecurring.all)}; cloud run-rate ${money(cloudRunRate.all)}/day × 29 days ${money(cloudRunRate.all.times(29))}.`,
    );
  });

  it('get_budget_status: the cost center whose telecom bill is still to come is at risk, and the answer says what is actual and what is projected', async () => {
    const result = await callTool<GetBudgetStatusResult>('get_budget_status', {}, context());
    const network = result.lines.find((line) => line.costCenter === 'CC-10')!;
    const projected = novemberRecurring['CC-10'].plus(cloudRunRate['CC-10'].times(daysInDecember));

    expect(network).toMatchObject({
      actual: cloudRunRate['CC-10'].times(2).toString(),
      projected: cents(projected).toString(),
      status: 'at_risk',
    });
    expect(presentBudgetStatus(result).text).toContain(
      `CC-10 Network: USD 111.11 of USD 3,500.00 (3.2%), projected ${money(projected)} — at risk (projected over) ` +
        `(actual USD 111.11 through 2 Dec 2026; projected a further ${money(projected.minus('111.11'))} by 31 Dec 2026: ` +
        `recurring charges from the Nov 2026 invoices ${money(novemberRecurring['CC-10'])}, cloud run-rate ${money(cloudRunRate['CC-10'])}/day × 29 days)`,
    );
  });

  it('the budgets job posts the projected overrun once, saying "projected" and by when; the next run, lower, adds nothing', async () => {
    const posted: AlertMessage[] = [];
    const destination: AlertDestination = {
      platform: 'slack',
      post: async (_channelId, message) => {
        posted.push(message);
        return { messageRef: `ts-${posted.length}` };
      },
    };
    await subscribeChannel({ platform: 'slack', channelId: 'C-FINOPS', kinds: ['budget'] }, { prisma: database.prisma });
    const job = createAlertJobs({ dispatch: { maxAttempts: 1, sleep: async () => undefined } }).find(
      (candidate) => candidate.id === 'budgets',
    )!;
    for (const runDay of ['2026-12-03', '2026-12-04']) {
      const runClock = new Date(`${runDay}T07:30:00Z`);
      await job.run({ prisma: database.prisma, now: () => runClock, logger: silentLogger, asOf: runDay, destinations: [destination] });
    }

    const projected = novemberRecurring['CC-10'].plus(cloudRunRate['CC-10'].times(daysInDecember));
    expect(posted.map((message) => message.title)).toEqual([
      `CC-10 Network is projected to exceed its Dec 2026 budget by ${money(projected.minus(3500))} by 31 Dec 2026 (${projected.div(35).toFixed(1)}%, 100% line)`,
    ]);
    expect(posted[0]!.summary).toContain(`Projected: ${money(projected)} by 31 Dec 2026 against a USD 3,500.00 budget — not spent yet.`);
    expect(posted[0]!.summary).toContain(`recurring charges from the Nov 2026 invoices ${money(novemberRecurring['CC-10'])}`);
    // On the 4th the 3rd counts, and it cost CC-10 nothing: the projection falls to the 80% line.
    const fourth = await callTool<GetBudgetStatusResult>(
      'get_budget_status',
      {},
      { ...context(), now: () => new Date('2026-12-04T07:30:00Z'), asOf: new Date('2026-12-04T07:30:00Z') },
    );
    const lower = novemberRecurring['CC-10'].plus(new Decimal('111.11').div(3).times(daysInDecember));
    expect(fourth.lines.find((line) => line.costCenter === 'CC-10')?.projected).toBe(cents(lower).toString());
    expect(lower.div(3500).greaterThan(0.8)).toBe(true);
    expect(await database.prisma.alert.count({ where: { kind: 'budget' } })).toBe(1);
  });
});
