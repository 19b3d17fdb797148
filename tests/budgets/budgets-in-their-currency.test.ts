import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAssistant } from '../../src/assistant/create-assistant.js';
import type { Assistant } from '../../src/assistant/assistant.js';
import { renderText } from '../../src/assistant/render-text.js';
import type { Database } from '../../src/db/open-database.js';
import { collectBudgetAlerts } from '../../src/domain/alerts/collect-budget-alerts.js';
import { getBudgetStatus } from '../../src/domain/budgets/get-budget-status.js';
import { finishImport } from '../../src/domain/ingest/finish-import.js';
import { importFile } from '../../src/domain/ingest/import-file.js';
import type { ImportKind } from '../../src/domain/ingest/ingest-types.js';
import { silentLogger } from '../../src/logger.js';
import { openTestDatabase } from '../support/test-database.js';
import { everyone, toolContext } from '../tools/support/tool-context.js';

// A budget is money in one currency, and there is no exchange rate: only spend in the budget's own
// currency counts against it. The rest is named, never added in.
//
// October 2026 (closed as of 26 November):
//   LOG-1 Logistics, budget USD 100.00: USD 60.00 (Northwind Wireless) and EUR 50.00 (Brisa Mobil).
//     Summed as before, "USD 110.00", over budget; in its currency USD 60.00, 60.0%, under.
//   FIN-2 Finance, budget EUR 80.00 (the file's currency column): EUR 70.00, 87.5%.
//     Read as USD before (budgets had no currency), so "USD 80.00" and a USD total of 180.00.
// November 2026 (in progress): the same budgets; the October invoices recur, so LOG-1 is projected
// at USD 60.00 (60%: no alert), where the sum projected 110% (an alert), and FIN-2 at EUR 70.00 (87.5%).

const asOf = new Date('2026-11-26T12:00:00Z');
const now = () => asOf;

let database: Database;
let assistant: Assistant;
let workDir: string;

const files: Array<[ImportKind, string[]]> = [
  ['cost-centers', ['code,name,parent,owner', 'LOG-1,Logistics,,', 'FIN-2,Finance,,']],
  [
    'inventory',
    [
      'service_id,type,identifier,vendor,account,location,cost_center,assignee,status,monthly_cost,currency,start_date,end_date',
      'S-1,mobile_line,+1 555 0100,Northwind Wireless,US-1,,LOG-1,,active,60.00,USD,2026-01-01,',
      'S-2,mobile_line,+49 151 0001,Brisa Mobil,DE-1,,LOG-1,,active,50.00,EUR,2026-01-01,',
      'S-3,mobile_line,+49 151 0002,Brisa Mobil,DE-1,,FIN-2,,active,70.00,EUR,2026-01-01,',
    ],
  ],
  [
    'invoices',
    [
      'invoice_number,vendor,account,invoice_date,period_start,period_end,identifier,charge_type,description,quantity,unit_price,amount,currency',
      'US-1001,Northwind Wireless,US-1,2026-11-05,2026-10-01,2026-10-31,+1 555 0100,recurring,Mobile plan,,,60.00,USD',
      'DE-1001,Brisa Mobil,DE-1,2026-11-03,2026-10-01,2026-10-31,+49 151 0001,recurring,Mobile plan,,,50.00,EUR',
      'DE-1001,Brisa Mobil,DE-1,2026-11-03,2026-10-01,2026-10-31,+49 151 0002,recurring,Mobile plan,,,70.00,EUR',
    ],
  ],
  [
    'budgets',
    [
      'cost_center,month,amount,currency',
      'LOG-1,2026-10,100.00,',
      'FIN-2,2026-10,80.00,eur',
      'LOG-1,2026-11,100.00,USD',
      'FIN-2,2026-11,80.00,EUR',
    ],
  ],
];

beforeAll(async () => {
  database = await openTestDatabase();
  workDir = await mkdtemp(join(tmpdir(), 'budget-currency-'));
  assistant = createAssistant({ prisma: database.prisma, now, logger: silentLogger });
  const deps = { prisma: database.prisma, now, logger: silentLogger, costCenterTagKeys: ['cost-center'] };
  for (const [kind, lines] of files) {
    const filePath = join(workDir, `${kind}.csv`);
    await writeFile(filePath, lines.join('\n') + '\n');
    const summary = await importFile({ kind, filePath }, deps);
    expect(summary.status, `${kind}: ${JSON.stringify(summary)}`).toBe('imported');
    await finishImport(summary, deps);
  }
}, 120_000);

afterAll(async () => {
  await database?.close();
  if (workDir) await rm(workDir, { recursive: true, force: true });
});

describe('budgets in their own currency', () => {
  it('reads the currency column of a budgets file, USD when it is empty', async () => {
    const budgets = await database.prisma.budget.findMany({
      include: { costCenter: true },
      orderBy: [{ month: 'asc' }, { costCenterId: 'asc' }],
    });
    expect(budgets.map((budget) => `${budget.costCenter.code} ${budget.currency}`)).toEqual([
      'LOG-1 USD',
      'FIN-2 EUR',
      'LOG-1 USD',
      'FIN-2 EUR',
    ]);
  });

  it('counts only spend in the budget currency against a budget, and names the rest', async () => {
    const result = await getBudgetStatus.run({ month: '2026-10' }, toolContext(database.prisma, everyone, asOf));
    const logistics = result.lines.find((line) => line.costCenter === 'LOG-1')!;
    expect(logistics).toMatchObject({ currency: 'USD', budget: '100', actual: '60', usedPercent: '60.0', status: 'under' });
    expect(logistics.otherCurrencies).toEqual([{ currency: 'EUR', actual: '50' }]);
    const finance = result.lines.find((line) => line.costCenter === 'FIN-2')!;
    expect(finance).toMatchObject({ currency: 'EUR', budget: '80', actual: '70', usedPercent: '87.5', status: 'under' });
    expect(finance.otherCurrencies).toEqual([]);
    expect(result.totals).toEqual([
      { currency: 'EUR', budget: '80', actual: '70', projected: '70', projectedRest: '0' },
      { currency: 'USD', budget: '100', actual: '60', projected: '60', projectedRest: '0' },
    ]);
  });

  it('answers in each budget currency and never adds euros to dollars', async () => {
    const text = renderText(
      await assistant.ask({
        question: 'Budget status for October 2026',
        conversationKey: 'budget-currency',
        viewer: { displayName: 'Ines', role: 'admin', costCenterScope: '*' },
        surface: 'cli',
        asOf,
      }),
    );
    expect(text).toContain('LOG-1 Logistics: USD 60.00 of USD 100.00 (60.0%)');
    expect(text).toContain('FIN-2 Finance: EUR 70.00 of EUR 80.00 (87.5%)');
    expect(text).toMatch(/EUR 50\.00[^\n]*not counted/);
    expect(text).not.toMatch(/\b110\.00\b/);
    expect(text).not.toMatch(/\b180\.00\b/);
    expect(text).not.toMatch(/\b130\.00\b/);
  });

  it('alerts on a budget by the spend in its currency alone', async () => {
    const drafts = await collectBudgetAlerts({ asOf: '2026-11-26' }, { prisma: database.prisma });
    const titles = drafts.map((draft) => draft.title);
    expect(titles.some((title) => title.startsWith('FIN-2 Finance'))).toBe(true);
    expect(titles.some((title) => title.startsWith('LOG-1'))).toBe(false);
    const finance = drafts.find((draft) => draft.title.startsWith('FIN-2'))!;
    expect(JSON.stringify(finance)).toContain('EUR 70.00');
    expect(JSON.stringify(finance)).not.toContain('USD');
  });
});
