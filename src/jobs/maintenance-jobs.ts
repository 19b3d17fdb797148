import { auditPendingImports } from '../domain/disputes/audit-pending-imports.js';
import { refreshCostSummaries } from '../domain/ingest/rebuild-cost-summaries.js';
import { refreshInvoiceSpendRollupIfStale } from '../domain/spend/rebuild-invoice-spend-rollup.js';
import type { Job } from './job.js';

/**
 * Every ten minutes: a stale rollup makes answers read raw invoice lines, and a stale FOCUS summary
 * the per-account rollups; both correct, slower at volume.
 */
const spendRollupSchedule = '*/10 * * * *';
/** Every five minutes (and at start): an import killed between its commit and its audit is audited here. */
const importAuditsSchedule = '*/5 * * * *';

/** Jobs that keep derived data current; they post nothing. */
export function createMaintenanceJobs(): Job[] {
  return [
    {
      id: 'spend-rollup',
      schedule: spendRollupSchedule,
      description: 'Rebuild the invoice spend rollup and the FOCUS cost summaries when what they sum changed since they were built',
      run: async (context) => {
        const rebuilt = await refreshInvoiceSpendRollupIfStale(context.prisma);
        if (rebuilt) context.logger.info('invoice spend rollup rebuilt');
        const periods = await refreshCostSummaries(context.prisma);
        if (periods > 0) context.logger.info('FOCUS cost summaries rebuilt', { periods });
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
