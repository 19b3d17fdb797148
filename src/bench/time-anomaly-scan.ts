import type { PrismaClient } from '../db/generated/client.js';
import { collectAnomalyAlerts } from '../domain/anomalies/collect-anomaly-alerts.js';
import { loadCloudCostFacts, loadTelecomCostFacts } from '../domain/anomalies/load-cost-facts.js';
import { addPeriods, monthOf } from '../domain/anomalies/period-axis.js';

export interface AnomalyScanTiming {
  /** Daily cloud facts (400+ days) and monthly telecom facts (24 months) the scan reads. */
  cloudFacts: number;
  telecomFacts: number;
  /** Seconds to read the facts alone (both queries, as the job runs them: side by side). */
  readSeconds: number;
  /** Seconds of the anomalies job's detector step, reading included: median of the runs. */
  scanSeconds: number[];
  alerts: number;
}

/**
 * Times the anomalies job's own step (collectAnomalyAlerts: read every series, detect, draft the
 * alerts) over a loaded database, as the scheduled job runs it on its as-of day.
 */
export async function timeAnomalyScan(prisma: PrismaClient, asOf: string, runs: number): Promise<AnomalyScanTiming> {
  const readStarted = performance.now();
  const [cloud, telecom] = await Promise.all([
    loadCloudCostFacts({ from: addPeriods(asOf, -420, 'day'), to: asOf }, { prisma }),
    loadTelecomCostFacts({ from: addPeriods(monthOf(asOf), -24, 'month'), to: monthOf(asOf) }, { prisma }),
  ]);
  const readSeconds = (performance.now() - readStarted) / 1000;
  const scanSeconds: number[] = [];
  let alerts = 0;
  for (let run = 0; run < runs; run += 1) {
    const started = performance.now();
    alerts = (await collectAnomalyAlerts({ asOf }, { prisma })).length;
    scanSeconds.push((performance.now() - started) / 1000);
  }
  return { cloudFacts: cloud.length, telecomFacts: telecom.length, readSeconds, scanSeconds: scanSeconds.sort((a, b) => a - b), alerts };
}
