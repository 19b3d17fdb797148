import { auditPendingImports } from '../domain/disputes/audit-pending-imports.js';
import { refreshInvoiceSpendRollupIfStale } from '../domain/spend/rebuild-invoice-spend-rollup.js';
import type { Job } from './job.js';

/** Every ten minutes: a stale rollup makes answers read raw invoice lines, correct but slow at volume. */
const spendRollupSchedule = '*/10 * * * *';
/** Every five minutes (and at start): an import killed between its commit and its audit is audited here. */
const importAuditsSchedule = '*/5 * * * *';

/** Jobs that keep derived data current; they post nothing. */
export function createMaintenanceJobs(): Job[] {
  return [
    {
      id: 'spend-rollup',
      schedule: spendRollupSchedule,
      description: 'Rebuild the invoice spend rollup when invoices or services changed since it was built',
      run: async (context) => {
        const rebuilt = await refreshInvoiceSpendRollupIfStale(context.prisma);
        if (rebuilt) context.logger.info('invoice spend rollup rebuilt');
        return [];
      },
    },
    {
      id: 'import-audits',
      schedule: importAuditsSchedule,
      description: 'Run the invoice audit and dispute reconciliation an invoice import left pending',
      run: async (context) => {
        await auditPendingImports(context);
        return [];
      },
    },
  ];
}
