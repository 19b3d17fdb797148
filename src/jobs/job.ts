import type { AlertDestination } from '../domain/alerts/alert-destination.js';
import type { StoredAlert } from '../domain/alerts/alert-draft.js';
import type { DomainDeps } from '../domain/deps.js';

export type JobId = 'anomalies' | 'notice-deadlines' | 'budgets' | 'billing-audit';

export interface JobContext extends DomainDeps {
  /** the day the run judges, YYYY-MM-DD (today, or --as-of) */
  asOf: string;
  destinations: readonly AlertDestination[];
}

/** A job is data: the scheduler and the CLI only need these three fields. */
export interface Job {
  id: string;
  /** cron expression, evaluated in UTC */
  schedule: string;
  description: string;
  /** runs once and returns the alerts this run created (none when nothing is new) */
  run(context: JobContext): Promise<StoredAlert[]>;
}
