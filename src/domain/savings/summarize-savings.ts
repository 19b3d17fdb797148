import { toMoney } from '../audit/finding-parts.js';
import { sumDecimals } from '../shared/decimal.js';
import type { SavingKind, SavingOpportunity } from './saving-opportunity.js';

export interface SavingsTotal {
  currency: string;
  monthly: string;
  annual: string;
  count: number;
}

export interface SavingsSummary {
  /** per currency; they add up the opportunities' savings */
  totals: SavingsTotal[];
  byKind: Array<{ kind: SavingKind; currency: string; monthly: string; count: number }>;
}

function groupBy(opportunities: SavingOpportunity[], keyOf: (opportunity: SavingOpportunity) => string): Map<string, SavingOpportunity[]> {
  const groups = new Map<string, SavingOpportunity[]>();
  for (const opportunity of opportunities) groups.set(keyOf(opportunity), [...(groups.get(keyOf(opportunity)) ?? []), opportunity]);
  return groups;
}

/** Totals per currency and per kind, from the rounded figures shown, so they reconcile. */
export function summarizeSavings(opportunities: SavingOpportunity[]): SavingsSummary {
  const totals = [...groupBy(opportunities, (opportunity) => opportunity.currency)].map(([currency, group]) => {
    const monthly = sumDecimals(group.map((opportunity) => opportunity.monthlySaving));
    return { currency, monthly: toMoney(monthly), annual: toMoney(monthly.times(12)), count: group.length };
  });
  const byKind = [...groupBy(opportunities, (opportunity) => `${opportunity.kind}|${opportunity.currency}`)].map(([key, group]) => {
    const [kind, currency] = key.split('|') as [SavingKind, string];
    return { kind, currency, monthly: toMoney(sumDecimals(group.map((opportunity) => opportunity.monthlySaving))), count: group.length };
  });
  return { totals, byKind };
}
