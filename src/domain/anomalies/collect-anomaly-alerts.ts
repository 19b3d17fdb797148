import type { AlertDraft } from '../alerts/alert-draft.js';
import { describeFreshness } from '../alerts/alert-figures.js';
import type { DomainDeps } from '../deps.js';
import { toAnomalyAlertDraft } from './anomaly-alert-draft.js';
import type { CostAnomalyThresholds } from './detect-cost-anomalies.js';
import { loadCloudCostFacts, loadTelecomCostFacts } from './load-cost-facts.js';
import { loadPlannedEpisodes } from './load-planned-episodes.js';
import { addPeriods, monthOf } from './period-axis.js';
import { scanCostAnomalies } from './scan-cost-anomalies.js';

export interface CollectAnomalyAlertsInput {
  asOf: string;
  thresholds?: CostAnomalyThresholds;
  /**
   * report anomalies detected within this many days (older ones were reported by earlier runs). A
   * level change may have started weeks before: it is reported on the run after its cumulative
   * impact passed the minimums.
   */
  lookbackDays?: number;
}

/** The anomalies job's detector step: 400 days of cloud and 24 months of telecom history → alert drafts. */
export async function collectAnomalyAlerts(input: CollectAnomalyAlertsInput, deps: Pick<DomainDeps, 'prisma'>): Promise<AlertDraft[]> {
  const lookbackDays = input.lookbackDays ?? 14;
  const [cloudFacts, telecomFacts, freshness, plannedEpisodes] = await Promise.all([
    loadCloudCostFacts({ from: addPeriods(input.asOf, -420, 'day'), to: input.asOf }, deps),
    loadTelecomCostFacts({ from: addPeriods(monthOf(input.asOf), -24, 'month'), to: monthOf(input.asOf) }, deps),
    describeFreshness(deps),
    // People's "Mark as expected": those episodes are planned activity, not anomalies.
    loadPlannedEpisodes(deps),
  ]);
  const reportFrom = addPeriods(input.asOf, -lookbackDays, 'day');
  const anomalies = scanCostAnomalies({
    cloudFacts,
    telecomFacts,
    asOf: input.asOf,
    plannedEpisodes,
    ...(input.thresholds ? { thresholds: input.thresholds } : {}),
  }).filter(
    // Monthly anomalies are dated by their month: keep the ones whose month is still in the window.
    (anomaly) =>
      anomaly.granularity === 'day' ? anomaly.detectedOn >= reportFrom : anomaly.detectedOn >= addPeriods(monthOf(reportFrom), -1, 'month'),
  );
  return anomalies.map((anomaly) => toAnomalyAlertDraft(anomaly, freshness));
}
