import { describe, expect, it } from 'vitest';
import type { CostFact } from '../../src/domain/anomalies/cost-fact.js';
import { seriesFamilies } from '../../src/domain/anomalies/cost-fact.js';
import { detectCostAnomalies } from '../../src/domain/anomalies/detect-cost-anomalies.js';
import { addPeriods } from '../../src/domain/anomalies/period-axis.js';
import { scanCostAnomalies } from '../../src/domain/anomalies/scan-cost-anomalies.js';
import { Decimal } from '../../src/domain/shared/decimal.js';
import { noise } from './synthetic-series.js';

const firstDay = '2026-06-01';

function cloudFacts(days: number, spike?: { day: string; region: string; amount: string }): CostFact[] {
  const random = noise(7);
  const facts: CostFact[] = [];
  for (let offset = 0; offset < days; offset += 1) {
    const period = addPeriods(firstDay, offset, 'day');
    for (const [region, base] of [
      ['us-east-1', 300],
      ['eu-west-1', 200],
    ] as const) {
      const amount = new Decimal((base + 10 * random()).toFixed(2));
      const attributes = {
        provider: 'AWS',
        billingAccount: '111122223333',
        service: 'Amazon EC2',
        subAccount: 'prod',
        region,
        chargeCategory: 'Usage',
        costCenter: region === 'us-east-1' ? 'CC-630' : 'CC-100',
      } as const;
      facts.push({ period, amount, currency: 'USD', attributes });
    }
    if (spike && spike.day === period) {
      facts.push({
        period,
        amount: new Decimal(spike.amount),
        currency: 'USD',
        attributes: {
          provider: 'AWS',
          billingAccount: '111122223333',
          service: 'Amazon EC2',
          subAccount: 'prod',
          region: spike.region,
          chargeCategory: 'Usage',
          costCenter: 'CC-630',
        },
      });
    }
  }
  return facts;
}

describe('detectCostAnomalies', () => {
  it('reports a spike with expected vs actual, impact and its top contributor', () => {
    const facts = cloudFacts(60, { day: '2026-07-20', region: 'us-east-1', amount: '400.00' });
    const anomalies = detectCostAnomalies({ facts, family: seriesFamilies['cloud-service'], asOf: '2026-07-31' });
    expect(anomalies).toHaveLength(1);
    const [anomaly] = anomalies;
    expect(anomaly).toMatchObject({
      start: '2026-07-20',
      end: '2026-07-20',
      currency: 'USD',
      seriesLabel: 'AWS · 111122223333 · Amazon EC2',
      isLevelShift: false,
    });
    const actualOnDay = facts.filter((fact) => fact.period === '2026-07-20').reduce((sum, fact) => sum.plus(fact.amount), new Decimal(0));
    expect(anomaly!.actual).toBe(actualOnDay.toFixed(2));
    expect(new Decimal(anomaly!.actual).minus(anomaly!.expected).toFixed(2)).toBe(anomaly!.impact);
    expect(Number(anomaly!.impact)).toBeGreaterThan(380);
    expect(Number(anomaly!.impact)).toBeLessThan(420);
    expect(anomaly!.contributors[0]).toMatchObject({ attribute: 'region', value: 'us-east-1' });
    expect(anomaly!.contributors[0]!.share).toBeGreaterThan(0.9);
    expect(anomaly!.dedupeKey).toBe('anomaly:cloud-service:AWS|111122223333|Amazon EC2|USD:2026-07-20');
    expect(anomaly!.chart.categories.at(-1)).toBe('2026-07-20');
  });

  it('respects the minimum dollar and percent impact', () => {
    const facts = cloudFacts(60, { day: '2026-07-20', region: 'us-east-1', amount: '400.00' });
    const family = seriesFamilies['cloud-service'];
    expect(detectCostAnomalies({ facts, family, asOf: '2026-07-31', thresholds: { minimumImpact: '500', minimumPercent: 1 } })).toEqual([]);
    expect(detectCostAnomalies({ facts, family, asOf: '2026-07-31', thresholds: { minimumImpact: '10', minimumPercent: 90 } })).toEqual([]);
  });

  it('judges only complete days that were imported, and can report from a given day', () => {
    const facts = cloudFacts(60, { day: '2026-07-30', region: 'us-east-1', amount: '400.00' });
    const family = seriesFamilies['cloud-service'];
    expect(detectCostAnomalies({ facts, family, asOf: '2026-07-30' })).toEqual([]);
    expect(detectCostAnomalies({ facts, family, asOf: '2026-07-31', reportFrom: '2026-07-30' })).toHaveLength(1);
    expect(detectCostAnomalies({ facts, family, asOf: '2026-09-30', reportFrom: '2026-07-31' })).toEqual([]);
  });

  it('alerts a cost-center spike once, through its service, not again through the cost-center total', () => {
    const facts = cloudFacts(60, { day: '2026-07-20', region: 'us-east-1', amount: '400.00' });
    const anomalies = scanCostAnomalies({ cloudFacts: facts, telecomFacts: [], asOf: '2026-07-31' });
    expect(anomalies.map((anomaly) => anomaly.family)).toEqual(['cloud-service']);
    expect(anomalies[0]!.contributors.find((contributor) => contributor.attribute === 'costCenter')?.value).toBe('CC-630');
  });

  it('finds a monthly telecom jump with the charge type that caused it', () => {
    const facts: CostFact[] = [];
    for (let month = 0; month < 12; month += 1) {
      const period = addPeriods('2025-11-01', month, 'month');
      const attributes = { vendor: 'AT&T', account: 'BAN-1', costCenter: 'CC-200' };
      facts.push({ period, amount: new Decimal('5000.00'), currency: 'USD', attributes: { ...attributes, chargeType: 'recurring' } });
      facts.push({
        period,
        amount: new Decimal(month === 9 ? '2300.00' : (300 + month).toFixed(2)),
        currency: 'USD',
        attributes: { ...attributes, chargeType: 'usage' },
      });
    }
    const anomalies = scanCostAnomalies({ cloudFacts: [], telecomFacts: facts, asOf: '2026-11-26' });
    expect(anomalies).toHaveLength(1);
    expect(anomalies[0]).toMatchObject({ family: 'telecom-account', start: '2026-08-01', seriesLabel: 'AT&T · BAN-1' });
    expect(anomalies[0]!.contributors[0]).toMatchObject({ attribute: 'chargeType', value: 'usage' });
  });
});
