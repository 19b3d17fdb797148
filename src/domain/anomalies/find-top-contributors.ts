import { Decimal } from '../shared/decimal.js';
import type { CostAttribute, CostFact } from './cost-fact.js';

export interface Contributor {
  attribute: CostAttribute;
  value: string;
  /** actual − baseline spend of this value over the anomaly, decimal string */
  impact: string;
  /** impact of this value / impact of the anomaly, 0..1 (3 decimals) */
  share: number;
  /** no spend in the baseline: a new service, region, line… */
  isNew: boolean;
}

export interface FindTopContributorsInput {
  facts: readonly CostFact[];
  attributes: readonly CostAttribute[];
  anomalyPeriods: readonly string[];
  baselinePeriods: readonly string[];
  /** the anomaly's total impact (actual − expected) */
  impact: Decimal;
  limit?: number;
}

/**
 * Root cause, as the clouds present it: for each explaining attribute (service, region, cost
 * center…) compare each value's spend during the anomaly with its average before, and rank the
 * values by their share of the impact. The first entry is the top contributor.
 */
export function findTopContributors(input: FindTopContributorsInput): Contributor[] {
  const anomalySet = new Set(input.anomalyPeriods);
  const baselineSet = new Set(input.baselinePeriods);
  const during = new Map<string, Decimal>();
  const before = new Map<string, Decimal>();
  for (const fact of input.facts) {
    const bucket = anomalySet.has(fact.period) ? during : baselineSet.has(fact.period) ? before : undefined;
    if (bucket === undefined) continue;
    for (const attribute of input.attributes) {
      const value = fact.attributes[attribute];
      if (value === undefined || value === '') continue;
      const key = `${attribute}\u0000${value}`;
      bucket.set(key, (bucket.get(key) ?? new Decimal(0)).plus(fact.amount));
    }
  }
  const scale = new Decimal(input.anomalyPeriods.length).div(Math.max(1, input.baselinePeriods.length));
  const keys = new Set([...during.keys(), ...before.keys()]);
  const sign = input.impact.isNegative() ? -1 : 1;
  const contributors: Array<Contributor & { rank: Decimal; order: number }> = [];
  for (const key of keys) {
    const [attribute, value] = key.split('\u0000') as [CostAttribute, string];
    const baseline = (before.get(key) ?? new Decimal(0)).times(scale);
    const delta = (during.get(key) ?? new Decimal(0)).minus(baseline);
    if (delta.times(sign).lessThanOrEqualTo(0)) continue;
    contributors.push({
      attribute,
      value,
      impact: delta.toFixed(2),
      share: input.impact.isZero() ? 0 : Math.round(delta.div(input.impact).toNumber() * 1000) / 1000,
      isNew: !before.has(key),
      rank: delta.abs(),
      order: input.attributes.indexOf(attribute),
    });
  }
  // Equal impact (a service that is also the only region's cost): the more specific attribute, listed first, wins.
  contributors.sort((left, right) => right.rank.comparedTo(left.rank) || left.order - right.order);
  return contributors.slice(0, input.limit ?? 5).map(({ rank: _rank, order: _order, ...contributor }) => contributor);
}
