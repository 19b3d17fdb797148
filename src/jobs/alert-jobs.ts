import type { AlertDraft } from '../domain/alerts/alert-draft.js';
import { collectBudgetAlerts } from '../domain/alerts/collect-budget-alerts.js';
import { collectNoticeDeadlineAlerts } from '../domain/alerts/collect-notice-deadline-alerts.js';
import { createAlerts } from '../domain/alerts/create-alerts.js';
import type { DispatchOptions } from '../domain/alerts/dispatch-alerts.js';
import { dispatchAlerts } from '../domain/alerts/dispatch-alerts.js';
import { collectAnomalyAlerts } from '../domain/anomalies/collect-anomaly-alerts.js';
import { collectAuditSummaryAlerts } from '../domain/audit/collect-audit-summary-alerts.js';
import type { CostAnomalyThresholds } from '../domain/anomalies/detect-cost-anomalies.js';
import type { Job, JobContext, JobId } from './job.js';

export interface AlertJobOptions {
  /** cron expressions (UTC) per job; the defaults run each job once a day */
  schedules?: Partial<Record<JobId, string>>;
  anomalyThresholds?: CostAnomalyThresholds;
  anomalyLookbackDays?: number;
  /** days before a renewal decision, default 90/60/30/7 */
  noticeThresholds?: number[];
  /** percent of the monthly budget, default 80/100/120 */
  budgetThresholds?: number[];
  dispatch?: Omit<DispatchOptions, 'destinations'>;
}

const defaultSchedules: Record<JobId, string> = {
  anomalies: '0 6 * * *',
  'notice-deadlines': '0 7 * * *',
  budgets: '30 7 * * *',
  // Carriers' invoices for a month arrive during the next one; audit them once mid-month.
  'billing-audit': '0 8 15 * *',
};

/** The one place jobs are registered. */
export function createAlertJobs(options: AlertJobOptions = {}): Job[] {
  const schedules = { ...defaultSchedules, ...options.schedules };
  const alertJob = (id: JobId, description: string, collect: (context: JobContext) => Promise<AlertDraft[]>): Job => ({
    id,
    schedule: schedules[id],
    description,
    run: async (context) => {
      const created = await createAlerts(await collect(context), context);
      // Also retries deliveries left pending by earlier runs (a platform that was down).
      await dispatchAlerts({ ...options.dispatch, destinations: context.destinations }, context);
      return created;
    },
  });
  return [
    alertJob('anomalies', 'Cost anomalies in daily cloud and monthly telecom spend', (context) =>
      collectAnomalyAlerts(
        {
          asOf: context.asOf,
          ...(options.anomalyThresholds ? { thresholds: options.anomalyThresholds } : {}),
          ...(options.anomalyLookbackDays ? { lookbackDays: options.anomalyLookbackDays } : {}),
        },
        context,
      ),
    ),
    alertJob('notice-deadlines', 'Contracts whose renewal decision is due within 90/60/30/7 days', (context) =>
      collectNoticeDeadlineAlerts(
        { asOf: context.asOf, ...(options.noticeThresholds ? { thresholds: options.noticeThresholds } : {}) },
        context,
      ),
    ),
    alertJob('budgets', 'Cost centers over, or projected over, their monthly budget', (context) =>
      collectBudgetAlerts({ asOf: context.asOf, ...(options.budgetThresholds ? { thresholds: options.budgetThresholds } : {}) }, context),
    ),
    alertJob('billing-audit', 'Monthly invoice audit summary per vendor: billing errors and the amount at stake', (context) =>
      collectAuditSummaryAlerts({ asOf: context.asOf }, context),
    ),
  ];
}
