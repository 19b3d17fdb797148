import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAssistant } from '../../src/assistant/create-assistant.js';
import type { Assistant } from '../../src/assistant/assistant.js';
import { renderText } from '../../src/assistant/render-text.js';
import type { Database } from '../../src/db/open-database.js';
import { finishImport } from '../../src/domain/ingest/finish-import.js';
import { importFile } from '../../src/domain/ingest/import-file.js';
import { silentLogger } from '../../src/logger.js';
import { openTestDatabase } from '../support/test-database.js';

// Invoices in euros and in dollars for the same months. There is no exchange rate, so no answer
// may add the two together: EUR 50 + USD 10 is not "60" of anything. Each currency gets its own
// figure and the answer says the amounts are not converted.
//
// September 2026: EUR 40.00 (Brisa Mobil), USD 15.00 (Northwind Wireless) — a false sum of 55.00
// October 2026:   EUR 50.00 (Brisa Mobil), USD 10.00 (Northwind Wireless) — a false sum of 60.00

const asOf = new Date('2026-11-26T12:00:00Z');
const now = () => asOf;
const header =
  'invoice_number,vendor,account,invoice_date,period_start,period_end,identifier,charge_type,description,quantity,unit_price,amount,currency';

let database: Database;
let assistant: Assistant;
let workDir: string;

const ask = async (question: string) =>
  renderText(
    await assistant.ask({
      question,
      conversationKey: `mixed-currency-${Math.random()}`,
      viewer: { displayName: 'Ines', role: 'admin', costCenterScope: '*' },
      surface: 'cli',
      asOf,
    }),
  );

/** No figure that adds euros and dollars: neither month's false sum, nor a "EUR+USD" amount. */
function expectNoCombinedFigure(text: string) {
  expect(text).not.toMatch(/\b55\.00\b/);
  expect(text).not.toMatch(/\b60\.00\b/);
  expect(text).not.toMatch(/EUR\+USD\s*-?\d/);
  expect(text).toMatch(/different currencies/i);
  expect(text).toMatch(/not converted/i);
}

beforeAll(async () => {
  database = await openTestDatabase();
  workDir = await mkdtemp(join(tmpdir(), 'mixed-currency-'));
  assistant = createAssistant({ prisma: database.prisma, now, logger: silentLogger });
  const filePath = join(workDir, 'invoices.csv');
  await writeFile(
    filePath,
    [
      header,
      'DE-0901,Brisa Mobil,DE-1,2026-10-03,2026-09-01,2026-09-30,,recurring,Mobile plan,,,40.00,EUR',
      'DE-1001,Brisa Mobil,DE-1,2026-11-03,2026-10-01,2026-10-31,,recurring,Mobile plan,,,30.00,EUR',
      'DE-1001,Brisa Mobil,DE-1,2026-11-03,2026-10-01,2026-10-31,,usage,Roaming,,,20.00,EUR',
      'US-0901,Northwind Wireless,US-1,2026-10-05,2026-09-01,2026-09-30,,recurring,Mobile plan,,,15.00,USD',
      'US-1001,Northwind Wireless,US-1,2026-11-05,2026-10-01,2026-10-31,,recurring,Mobile plan,,,10.00,USD',
    ].join('\n') + '\n',
  );
  const deps = { prisma: database.prisma, now, logger: silentLogger, costCenterTagKeys: ['cost-center'] };
  const summary = await importFile({ kind: 'invoices', filePath }, deps);
  expect(summary.status).toBe('imported');
  await finishImport(summary, deps);
}, 120_000);

afterAll(async () => {
  await database?.close();
  if (workDir) await rm(workDir, { recursive: true, force: true });
});

describe('spend in more than one currency', () => {
  it('gives a total per currency for a month, never one summed figure', async () => {
    const text = await ask('What did we spend in October 2026?');
    expect(text).toContain('EUR 50.00');
    expect(text).toContain('USD 10.00');
    expectNoCombinedFigure(text);
  });

  it('breaks spend down by vendor within each currency, shares within that currency', async () => {
    const text = await ask('Spend by vendor in October 2026');
    expect(text).toContain('Brisa Mobil: EUR 50.00 (100.0%)');
    expect(text).toContain('Northwind Wireless: USD 10.00 (100.0%)');
    expectNoCombinedFigure(text);
  });

  it('compares two months per currency', async () => {
    const text = await ask('How did spend change from September to October?');
    expect(text).toContain('EUR 40.00');
    expect(text).toContain('EUR 50.00');
    expect(text).toContain('USD 15.00');
    expect(text).toContain('USD 10.00');
    expectNoCombinedFigure(text);
  });

  it('shows a monthly trend per currency', async () => {
    const text = await ask('Show the monthly spend trend');
    expect(text).toContain('EUR 40.00');
    expect(text).toContain('EUR 50.00');
    expect(text).toContain('USD 15.00');
    expect(text).toContain('USD 10.00');
    expectNoCombinedFigure(text);
  });

  it('ranks vendor changes per currency', async () => {
    const text = await ask('which vendor grew the most last month');
    expect(text).toContain('Brisa Mobil');
    expect(text).toMatch(/EUR 10\.00/);
    expect(text).not.toMatch(/EUR\+USD\s*-?\d/);
    expect(text).toMatch(/different currencies/i);
  });

  it('splits unallocated spend per currency', async () => {
    const text = await ask('unallocated spend last month');
    expect(text).toContain('EUR 50.00');
    expect(text).toContain('USD 10.00');
    expectNoCombinedFigure(text);
  });

  it('gives a run-rate per currency', async () => {
    const text = await ask("what's our total annual run rate");
    expect(text).toContain('EUR 600.00');
    expect(text).toContain('USD 120.00');
    expect(text).not.toMatch(/\b720\.00\b/);
    expectNoCombinedFigure(text);
  });

  it('forecasts per currency', async () => {
    const text = await ask('projected spend to year end');
    expect(text).toMatch(/EUR \d/);
    expect(text).toMatch(/USD \d/);
    expect(text).not.toMatch(/EUR\+USD\s*-?\d/);
    expect(text).toMatch(/different currencies/i);
  });

  it('keeps a single-currency answer as it was', async () => {
    const text = await ask('What did we spend with Brisa Mobil in October 2026?');
    expect(text).toContain('EUR 50.00');
    expect(text).not.toMatch(/different currencies/i);
  });
});
