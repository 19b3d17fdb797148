import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importFile } from '../../src/domain/ingest/import-file.js';
import { copyToTemp, fixture, type IngestTest, openIngestTest } from './ingest-test-support.js';

describe('a file with invalid rows', () => {
  let test: IngestTest;
  beforeAll(async () => {
    test = await openIngestTest();
    await test.importFixture('cost-centers', 'cost-centers.csv');
  });
  afterAll(async () => {
    await test.database.close();
  });

  it('is rejected whole by default: every bad row is listed and nothing is written', async () => {
    const summary = await test.importFixture('inventory', 'inventory-invalid.csv');
    expect(summary).toMatchObject({ status: 'rejected', batchId: null, rowsRead: 6, rowsAccepted: 0, rowsRejected: 4 });
    expect(summary.problems).toEqual([
      {
        line: 3,
        column: 'type',
        value: 'fax_machine',
        reason: 'Must be one of: mobile_line, circuit, voice_trunk, pots_line, cloud_account, saas_subscription, device',
      },
      {
        line: 4,
        column: 'monthly_cost',
        value: '$1,045.00',
        reason: 'Formatted for a spreadsheet: write a plain number without currency symbol, thousands separators or spaces (e.g. 1045.00)',
      },
      {
        line: 4,
        column: 'start_date',
        value: '1/15/24',
        reason: 'Must be a date written as YYYY-MM-DD (e.g. 2025-05-01); dates like 5/1/25 are ambiguous between countries',
      },
      { line: 5, column: 'identifier', value: '', reason: 'Required, but the cell is empty' },
      { line: 5, column: 'status', value: 'retired', reason: 'Must be one of: pending, active, suspended, disconnected' },
      {
        line: 6,
        column: 'cost_center',
        value: 'CC-999',
        reason: 'No cost center has this code; import cost centers first or correct the code',
      },
    ]);
    expect(await test.deps.prisma.service.count()).toBe(0);
    expect(await test.deps.prisma.vendor.count()).toBe(0);
    expect(await test.deps.prisma.importBatch.count({ where: { kind: 'inventory' } })).toBe(0);
  });

  it('with skip-invalid imports the valid rows and writes the rejects beside the input', async () => {
    const input = await copyToTemp(fixture('inventory-invalid.csv'));
    const summary = await importFile({ kind: 'inventory', filePath: input, skipInvalid: true }, test.deps);
    expect(summary).toMatchObject({
      status: 'imported',
      rowsRead: 6,
      rowsAccepted: 2,
      rowsRejected: 4,
      rejectsFile: `${input}.rejects.csv`,
    });
    const services = await test.deps.prisma.service.findMany({ orderBy: { externalId: 'asc' } });
    expect(services.map((service) => service.externalId)).toEqual(['SVC-10', 'SVC-15']);
    const rejects = parse(await readFile(`${input}.rejects.csv`, 'utf8'), { columns: true }) as Record<string, string>[];
    expect(rejects.map((row) => [row.service_id, row.line])).toEqual([
      ['SVC-11', '3'],
      ['SVC-12', '4'],
      ['SVC-13', '5'],
      ['SVC-14', '6'],
    ]);
    expect(rejects[1]?.monthly_cost).toBe('$1,045.00');
    expect(rejects[1]?.reason).toContain('monthly_cost: Formatted for a spreadsheet');
    expect(rejects[1]?.reason).toContain('start_date: Must be a date written as YYYY-MM-DD');
  });

  it('names a missing column and the header expected', async () => {
    const input = await copyToTemp(fixture('budgets.csv'));
    await writeFile(input, 'cost_center,amount\nCC-100,10\n');
    const summary = await importFile({ kind: 'budgets', filePath: input }, test.deps);
    expect(summary.status).toBe('rejected');
    expect(summary.problems).toEqual([
      {
        line: 1,
        column: 'month',
        value: '',
        reason: 'The column "month" is missing; the first line must name the columns: cost_center,month,amount',
      },
    ]);
    expect(path.basename(summary.fileName)).toBe('budgets.csv');
  });

  it('reports a row with too many values', async () => {
    const input = await copyToTemp(fixture('budgets.csv'));
    await writeFile(input, 'cost_center,month,amount\nCC-100,2025-01,10,000\n');
    const summary = await importFile({ kind: 'budgets', filePath: input }, test.deps);
    expect(summary.problems[0]?.reason).toBe(
      'The row has 4 values but the header has 3 columns; check for a missing or extra comma or an unclosed quote',
    );
  });
});
