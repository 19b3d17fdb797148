import type { CostFact } from './cost-fact.js';
import { seriesFamilies } from './cost-fact.js';
import { detectCostAnomalies } from './detect-cost-anomalies.js';
import { addPeriods } from './period-axis.js';
import type { CostAnomaly, CostAnomalyThresholds, PlannedEpisode } from './detect-cost-anomalies.js';

export interface ScanCostAnomaliesInput {
  cloudFacts: readonly CostFact[];
  telecomFacts: readonly CostFact[];
  asOf: string;
  reportFrom?: string;
  thresholds?: CostAnomalyThresholds;
  /** "Mark as expected" feedback (see load-planned-episodes.ts) */
  plannedEpisodes?: readonly PlannedEpisode[];
}

/**
 * All watched series: cloud provider × billing account × service and cost-center totals (daily),
 * telecom vendor × account and vendor × charge type (monthly). One event seen from two angles
 * alerts once: a cost-center (or charge-type) anomaly already explained by a service (or account)
 * anomaly starting the same period is dropped.
 */
export function scanCostAnomalies(input: ScanCostAnomaliesInput): CostAnomaly[] {
  const common = {
    asOf: input.asOf,
    ...(input.reportFrom ? { reportFrom: input.reportFrom } : {}),
    ...(input.thresholds ? { thresholds: input.thresholds } : {}),
    ...(input.plannedEpisodes ? { plannedEpisodes: input.plannedEpisodes } : {}),
  };
  const services = detectCostAnomalies({ ...common, facts: input.cloudFacts, family: seriesFamilies['cloud-service'] });
  const costCenters = detectCostAnomalies({ ...common, facts: input.cloudFacts, family: seriesFamilies['cloud-cost-center'] });
  const accounts = detectCostAnomalies({ ...common, facts: input.telecomFacts, family: seriesFamilies['telecom-account'] });
  const chargeTypes = detectCostAnomalies({ ...common, facts: input.telecomFacts, family: seriesFamilies['telecom-charge-type'] });

  const isExplainedByService = (anomaly: CostAnomaly) =>
    services.some(
      (service) =>
        isSameEpisode(service, anomaly) &&
        service.currency === anomaly.currency &&
        (service.contributors.some(
          (contributor) =>
            contributor.attribute === 'costCenter' && contributor.value === anomaly.series.costCenter && contributor.share >= 0.5,
        ) ||
          anomaly.contributors[0]?.value === service.series.service),
    );
  const isExplainedByAccount = (anomaly: CostAnomaly) =>
    accounts.some(
      (account) =>
        isSameEpisode(account, anomaly) &&
        account.series.vendor === anomaly.series.vendor &&
        account.contributors.some(
          (contributor) =>
            contributor.attribute === 'chargeType' && contributor.value === anomaly.series.chargeType && contributor.share >= 0.5,
        ),
    );
  // Planned episodes still explain the other angle (above), then leave: nobody is alerted about
  // them, nor about another series whose top contributor is the planned series during the episode.
  const planned = [...services, ...costCenters, ...accounts, ...chargeTypes].filter((anomaly) => anomaly.isExpected);
  const isPlannedElsewhere = (anomaly: CostAnomaly) =>
    planned.some(
      (episode) =>
        episode.granularity === anomaly.granularity &&
        episode.currency === anomaly.currency &&
        episode.start <= anomaly.end &&
        anomaly.start <= episode.end &&
        anomaly.contributors[0] !== undefined &&
        episode.series[anomaly.contributors[0].attribute] === anomaly.contributors[0].value,
    );
  return [
    ...services,
    ...costCenters.filter((anomaly) => !isExplainedByService(anomaly)),
    ...accounts,
    ...chargeTypes.filter((anomaly) => !isExplainedByAccount(anomaly)),
  ]
    .filter((anomaly) => !anomaly.isExpected && !isPlannedElsewhere(anomaly))
    .sort((left, right) => left.start.localeCompare(right.start) || left.dedupeKey.localeCompare(right.dedupeKey));
}

/**
 * The same start — or, for two level changes, starts within a week (a month): where a step began is
 * estimated separately in each series, and a total moves a little later than the service that moved it.
 */
function isSameEpisode(left: CostAnomaly, right: CostAnomaly): boolean {
  if (left.start === right.start) return true;
  if (!left.isLevelShift || !right.isLevelShift || left.direction !== right.direction) return false;
  const [earlier, later] = left.start < right.start ? [left.start, right.start] : [right.start, left.start];
  return later <= addPeriods(earlier, left.granularity === 'day' ? 7 : 1, left.granularity);
}
