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

// A company that keeps its inventory in euros must see euros: the monthly cost of a selection is
// labelled with the currency of the services it adds up, never a fixed USD.

const asOf = new Date('2026-11-26T12:00:00Z');
const now = () => asOf;
const header = 'service_id,type,identifier,vendor,account,location,cost_center,assignee,status,monthly_cost,currency,start_date,end_date';

let database: Database;
let assistant: Assistant;
let workDir: string;

async function importInventory(name: string, lines: string[]) {
  const filePath = join(workDir, name);
  await writeFile(filePath, [header, ...lines].join('\n') + '\n');
  const deps = { prisma: database.prisma, now, logger: silentLogger, costCenterTagKeys: ['cost-center'] };
  const summary = await importFile({ kind: 'inventory', filePath }, deps);
  expect(summary.status).toBe('imported');
  await finishImport(summary, deps);
}

const ask = async (question: string) =>
  renderText(
    await assistant.ask({
      question,
      conversationKey: `currencies-${Math.random()}`,
      viewer: { displayName: 'Ines', role: 'admin', costCenterScope: '*' },
      surface: 'cli',
      asOf,
    }),
  );

beforeAll(async () => {
  database = await openTestDatabase();
  workDir = await mkdtemp(join(tmpdir(), 'service-currencies-'));
  assistant = createAssistant({ prisma: database.prisma, now, logger: silentLogger });
});

afterAll(async () => {
  await database?.close();
  if (workDir) await rm(workDir, { recursive: true, force: true });
});

describe('the currency of inventory costs', () => {
  it('is the currency the inventory file gives, and an inventory without the column stays USD', async () => {
    await importInventory('inventory-eur.csv', [
      'SV-1,mobile_line,+49 151 0000001,Brisa Mobil,,,,Ada,active,31.20,eur,2026-01-01,',
      'SV-2,mobile_line,+49 151 0000002,Brisa Mobil,,,,Ben,active,18.80,EUR,2026-01-01,',
    ]);
    const count = await ask('how many mobile lines do we have?');
    expect(count).toContain('EUR 50.00');
    expect(count).not.toContain('USD');

    const services = await database.prisma.service.findMany({
      select: { externalId: true, currency: true },
      orderBy: { externalId: 'asc' },
    });
    expect(services).toEqual([
      { externalId: 'SV-1', currency: 'EUR' },
      { externalId: 'SV-2', currency: 'EUR' },
    ]);
  });

  it('gives the cost per currency when a selection mixes them, never one summed figure', async () => {
    const filePath = join(workDir, 'inventory-usd.csv');
    await writeFile(
      filePath,
      'service_id,type,identifier,vendor,account,location,cost_center,assignee,status,monthly_cost,start_date,end_date\n' +
        'SV-3,mobile_line,+1 555 0100,Northwind Wireless,,,,Cy,active,10.00,2026-01-01,\n',
    );
    const deps = { prisma: database.prisma, now, logger: silentLogger, costCenterTagKeys: ['cost-center'] };
    const summary = await importFile({ kind: 'inventory', filePath }, deps);
    expect(summary.status).toBe('imported');
    expect((await database.prisma.service.findUniqueOrThrow({ where: { externalId: 'SV-3' } })).currency).toBe('USD');

    const count = await ask('how many mobile lines do we have?');
    expect(count).toContain('EUR 50.00');
    expect(count).toContain('USD 10.00');
    expect(count).toMatch(/different currencies/);
    expect(count).not.toMatch(/60\.00/);
  });

  it('lists a mixed selection per currency, and gives the zero-usage saving per currency', async () => {
    const list = await ask('list mobile lines');
    expect(list).toContain('EUR 50.00');
    expect(list).toContain('USD 10.00');
    expect(list).toMatch(/different currencies/);
    expect(list).not.toMatch(/60\.00/);
    expect(list).not.toMatch(/EUR\+USD\s*\d/);

    const idle = await ask('Lines with no usage for 6 months');
    expect(idle).toContain('EUR 50.00');
    expect(idle).toContain('USD 10.00');
    expect(idle).toMatch(/different currencies/);
    expect(idle).not.toMatch(/60\.00/);
    expect(idle).not.toMatch(/EUR\+USD\s*\d/);
  });

  it('averages the invoiced cost per line within each currency', async () => {
    const filePath = join(workDir, 'invoices.csv');
    await writeFile(
      filePath,
      [
        'invoice_number,vendor,account,invoice_date,period_start,period_end,identifier,charge_type,description,quantity,unit_price,amount,currency',
        'DE-1001,Brisa Mobil,DE-1,2026-11-03,2026-10-01,2026-10-31,+49 151 0000001,recurring,Mobile plan,,,31.20,EUR',
        'DE-1001,Brisa Mobil,DE-1,2026-11-03,2026-10-01,2026-10-31,+49 151 0000002,recurring,Mobile plan,,,18.80,EUR',
        'US-1001,Northwind Wireless,US-1,2026-11-05,2026-10-01,2026-10-31,+1 555 0100,recurring,Mobile plan,,,10.00,USD',
      ].join('\n') + '\n',
    );
    const deps = { prisma: database.prisma, now, logger: silentLogger, costCenterTagKeys: ['cost-center'] };
    const summary = await importFile({ kind: 'invoices', filePath }, deps);
    expect(summary.status).toBe('imported');
    await finishImport(summary, deps);

    // EUR 50.00 over 2 lines and USD 10.00 over 1: never "20.00" a line (60.00 over 3).
    const unitCost = await ask('average cost per mobile line last month');
    expect(unitCost).toContain('EUR 25.00');
    expect(unitCost).toContain('USD 10.00');
    expect(unitCost).toMatch(/different currencies/);
    expect(unitCost).not.toMatch(/\b20\.00\b/);
    expect(unitCost).not.toMatch(/EUR\+USD\s*\d/);
  });

  it('refuses a currency that is not a three-letter code, naming the line', async () => {
    const filePath = join(workDir, 'inventory-bad-currency.csv');
    await writeFile(
      filePath,
      [header, 'SV-4,mobile_line,+49 151 0000004,Brisa Mobil,,,,Dee,active,12.00,euros,2026-01-01,'].join('\n') + '\n',
    );
    const deps = { prisma: database.prisma, now, logger: silentLogger, costCenterTagKeys: ['cost-center'] };
    const summary = await importFile({ kind: 'inventory', filePath }, deps);
    expect(summary.status).not.toBe('imported');
    expect(JSON.stringify(summary)).toMatch(/currency/);
    expect(await database.prisma.service.count({ where: { externalId: 'SV-4' } })).toBe(0);
  });
});
