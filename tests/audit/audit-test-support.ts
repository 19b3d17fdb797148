import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Database } from '../../src/db/open-database.js';
import type { ImportKind, IngestDeps } from '../../src/domain/ingest/ingest-types.js';
import { importFile } from '../../src/domain/ingest/import-file.js';
import { silentLogger } from '../../src/logger.js';
import { openTestDatabase } from '../support/test-database.js';

export interface AuditTest {
  database: Database;
  deps: IngestDeps;
  /** Writes the rows as a CSV file and imports it through the real importer; fails the test on rejects. */
  importRows(kind: ImportKind, header: string, rows: string[]): Promise<void>;
  close(): Promise<void>;
}

export async function openAuditTest(now = new Date('2026-11-26T12:00:00Z')): Promise<AuditTest> {
  const database = await openTestDatabase();
  const folder = await mkdtemp(path.join(tmpdir(), 'ledgerline-audit-'));
  let fileCount = 0;
  const deps: IngestDeps = { prisma: database.prisma, now: () => now, logger: silentLogger, costCenterTagKeys: ['cost-center'] };
  return {
    database,
    deps,
    async importRows(kind, header, rows) {
      fileCount += 1;
      const filePath = path.join(folder, `${fileCount}-${kind}.csv`);
      await writeFile(filePath, [header, ...rows].join('\n') + '\n');
      const summary = await importFile({ kind, filePath }, deps);
      if (summary.status === 'rejected') throw new Error(`import of ${kind} rejected: ${JSON.stringify(summary.problems)}`);
    },
    close: () => database.close(),
  };
}

export const headers = {
  inventory: 'service_id,type,identifier,vendor,account,location,cost_center,assignee,status,monthly_cost,start_date,end_date',
  contracts: 'contract_id,vendor,name,start_date,end_date,auto_renew,notice_days,committed_annual,currency',
  contractRates: 'contract_id,service_type,description,unit_price,unit',
  invoices:
    'invoice_number,vendor,account,invoice_date,period_start,period_end,identifier,charge_type,description,quantity,unit_price,amount,currency',
  usage: 'identifier,period,data_mb,voice_minutes,messages',
};

/** One invoice line row: invoice fields come from the invoice, the rest from the charge. */
export function invoiceLine(
  invoice: { number: string; account: string; period: string; vendor?: string },
  charge: { identifier?: string; type: string; description: string; quantity?: string; unitPrice?: string; amount: string },
): string {
  const [year, month] = invoice.period.split('-').map(Number) as [number, number];
  const lastDay = new Date(Date.UTC(year, month, 0)).getUTCDate();
  const periodStart = `${invoice.period}-01`;
  const periodEnd = `${invoice.period}-${String(lastDay).padStart(2, '0')}`;
  return [
    invoice.number,
    invoice.vendor ?? 'Meridian Telecom',
    invoice.account,
    periodEnd,
    periodStart,
    periodEnd,
    charge.identifier ?? '',
    charge.type,
    charge.description,
    charge.quantity ?? '1',
    charge.unitPrice ?? '',
    charge.amount,
    'USD',
  ].join(',');
}
