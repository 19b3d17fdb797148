import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../src/db/open-database.js';
import type { CostAnomaly } from '../../src/domain/anomalies/detect-cost-anomalies.js';
import { loadCloudCostFacts, loadTelecomCostFacts } from '../../src/domain/anomalies/load-cost-facts.js';
import { scanCostAnomalies } from '../../src/domain/anomalies/scan-cost-anomalies.js';
import type { DemoAnswerKey } from '../../src/demo/demo-answer-key.js';
import { loadDemoEnterprise } from '../../src/demo/load-demo-enterprise.js';
import { silentLogger } from '../../src/logger.js';
import { openTestDatabase } from '../support/test-database.js';

// The demo generator plants cost spikes and a step change and lists them in its answer key; the
// detector, reading the imported data back from the database, must find each one on its day with
// its top contributor, and raise no more other alerts than there are planted anomalies.
describe('anomaly detection on the demo enterprise (as of 2026-11-26, seed 42)', () => {
  let database: Database;
  let answerKey: DemoAnswerKey;
  let anomalies: CostAnomaly[];

  beforeAll(async () => {
    database = await openTestDatabase();
    const asOf = new Date('2026-11-26T12:00:00Z');
    const deps = { prisma: database.prisma, now: () => asOf, logger: silentLogger, costCenterTagKeys: ['cost-center'] };
    ({ answerKey } = await loadDemoEnterprise({ asOf, seed: 42, scale: 0.1 }, deps));
    const [cloudFacts, telecomFacts] = await Promise.all([
      loadCloudCostFacts({ from: '2024-01-01', to: '2026-11-26' }, deps),
      loadTelecomCostFacts({ from: '2024-01-01', to: '2026-11-01' }, deps),
    ]);
    anomalies = scanCostAnomalies({ cloudFacts, telecomFacts, asOf: '2026-11-26' });
  }, 300_000);
  afterAll(async () => database?.close());

  /** The anomalies a planted spike explains: same day, same billing account, a service it names. */
  const explainedBySpike = (anomaly: CostAnomaly) =>
    answerKey.findings.costSpikes.some(
      (spike) =>
        anomaly.start === spike.day &&
        anomaly.series.provider === spike.providerName &&
        anomaly.series.billingAccount === spike.billingAccountId &&
        spike.contributors.some((contributor) => contributor.serviceName === anomaly.series.service),
    );
  const explainedByStep = (anomaly: CostAnomaly) =>
    answerKey.findings.stepChanges.some(
      (step) => anomaly.start === step.from && anomaly.series.provider === step.providerName && anomaly.series.service === step.serviceName,
    );

  it('finds every planted cost spike on its day, with its top contributor first', () => {
    expect(answerKey.findings.costSpikes.length).toBeGreaterThan(0);
    for (const spike of answerKey.findings.costSpikes) {
      const sameDay = anomalies
        .filter((anomaly) => anomaly.start === spike.day && anomaly.series.billingAccount === spike.billingAccountId)
        .sort((left, right) => Number(right.impact) - Number(left.impact));
      const largest = sameDay[0];
      expect(largest, `spike on ${spike.day} in ${spike.subAccountName}`).toBeDefined();
      expect(largest!.series.service).toBe(spike.topContributor.serviceName);
      expect(largest!.contributors.map((contributor) => `${contributor.attribute}=${contributor.value}`)).toEqual(
        expect.arrayContaining([`subAccount=${spike.subAccountId}`, `region=${spike.topContributor.regionId}`]),
      );
      // Within 10% of the planted impact of that service (the baseline is estimated, not known).
      expect(Math.abs(Number(largest!.impact) - Number(spike.topContributor.impact))).toBeLessThan(
        Number(spike.topContributor.impact) * 0.1,
      );
    }
  });

  it('finds every planted step change once, at its first day, and then adapts', () => {
    expect(answerKey.findings.stepChanges.length).toBeGreaterThan(0);
    for (const step of answerKey.findings.stepChanges) {
      const found = anomalies.filter(
        (anomaly) =>
          anomaly.series.provider === step.providerName && anomaly.series.service === step.serviceName && anomaly.start >= step.from,
      );
      expect(found.map((anomaly) => [anomaly.start, anomaly.isLevelShift])).toEqual([[step.from, true]]);
      expect(
        found[0]!.contributors[0]?.value === step.subAccountId ||
          found[0]!.contributors.some((contributor) => contributor.value === step.subAccountId),
      ).toBe(true);
    }
  });

  it('raises no more unexplained alerts over 24 months than there are planted anomalies', () => {
    const planted = answerKey.findings.costSpikes.length + answerKey.findings.stepChanges.length;
    const unexplained = anomalies.filter((anomaly) => !explainedBySpike(anomaly) && !explainedByStep(anomaly));
    expect(
      unexplained.length,
      unexplained.map((anomaly) => `${anomaly.start} ${anomaly.seriesLabel} ${anomaly.impact}`).join('\n'),
    ).toBeLessThanOrEqual(planted);
  });
});
