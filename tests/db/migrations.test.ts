import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { applyMigrations } from '../../src/db/migrate.js';
import type { Database } from '../../src/db/open-database.js';
import { openTestDatabase } from '../support/test-database.js';

describe('migrations', () => {
  let database: Database;
  beforeAll(async () => {
    database = await openTestDatabase();
  });
  afterAll(async () => {
    await database.close();
  });

  it('records every migration in Prisma’s own table, so prisma migrate deploy agrees', async () => {
    const rows = await database.prisma.$queryRaw<Array<{ migration_name: string; finished_at: Date | null }>>`
      SELECT migration_name, finished_at FROM _prisma_migrations ORDER BY migration_name`;
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.every((row) => row.finished_at !== null)).toBe(true);
  });

  it('applies nothing the second time', async () => {
    expect(await applyMigrations(database)).toEqual([]);
  });

  it('creates the domain tables with exact decimal money columns', async () => {
    const columns = await database.prisma.$queryRaw<Array<{ table_name: string; column_name: string; data_type: string }>>`
      SELECT table_name, column_name, data_type FROM information_schema.columns
      WHERE column_name IN ('amount', 'billedCost', 'monthlyCost', 'unitPrice') ORDER BY table_name, column_name`;
    expect(columns.length).toBeGreaterThanOrEqual(5);
    expect(new Set(columns.map((column) => column.data_type))).toEqual(new Set(['numeric']));
  });

  it('round-trips a cost with eleven decimal places exactly', async () => {
    const vendor = await database.prisma.vendor.create({ data: { name: 'AWS', key: 'aws', domain: 'cloud' } });
    const batch = await database.prisma.importBatch.create({ data: { kind: 'focus', fileName: 'x.csv', checksum: 'abc' } });
    const record = await database.prisma.costRecord.create({
      data: {
        importBatchId: batch.id,
        vendorId: vendor.id,
        providerName: 'AWS',
        billingAccountId: '1',
        billingPeriodStart: new Date('2024-09-01T00:00:00Z'),
        billingPeriodEnd: new Date('2024-10-01T00:00:00Z'),
        chargePeriodStart: new Date('2024-09-18T22:00:00Z'),
        chargePeriodEnd: new Date('2024-09-18T23:00:00Z'),
        chargeCategory: 'Usage',
        billedCost: '0.00001605990',
        billingCurrency: 'USD',
      },
    });
    const read = await database.prisma.costRecord.findUniqueOrThrow({ where: { id: record.id } });
    expect(read.billedCost.toFixed(11)).toBe('0.00001605990');
  });
});
