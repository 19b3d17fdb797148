import type { CompareSpendOutput, CompareSpendResult } from '../../domain/spend/compare-spend.js';
import { isByCurrency } from '../../domain/shared/answer-currency.js';
import { describeIncompletePeriod } from './describe-incomplete-period.js';
import { presentByCurrency } from './present-by-currency.js';
import { dimensionLabels } from '../../domain/spend/spend-filters.js';
import { Decimal } from '../../domain/shared/decimal.js';
import { formatMoney } from '../../domain/shared/format.js';
import { contextOf, filterPhrase, type Presentation } from './presentation.js';

export function presentCompareSpend(output: CompareSpendOutput): Presentation {
  return isByCurrency(output) ? presentByCurrency(output, presentComparisonInOneCurrency) : presentComparisonInOneCurrency(output);
}

function presentComparisonInOneCurrency(result: CompareSpendResult): Presentation {
  const money = (amount: string) => formatMoney(amount, result.currency);
  const signed = (amount: string) => (new Decimal(amount).isNegative() ? money(amount) : `+${money(amount)}`);
  const context = contextOf(result, `${result.period.label} vs ${result.previousPeriod.label}`);
  const change = new Decimal(result.change);
  const direction = change.isZero() ? 'unchanged' : change.isPositive() ? 'up' : 'down';
  const percent = result.changePercent === null ? '' : ` (${change.isNegative() ? '' : '+'}${result.changePercent}%)`;
  const headline =
    result.currentRecordCount === 0 && result.previousRecordCount === 0
      ? `No spend found${filterPhrase(result.filters)} in ${result.period.label} or ${result.previousPeriod.label}.`
      : `Spend${filterPhrase(result.filters)} in ${result.period.label}: ${money(result.current)} vs ${money(result.previous)} in ${result.previousPeriod.label} — ${direction} ${money(change.abs().toString())}${percent}.`;
  const driverLines = result.drivers
    .filter((driver) => driver.movers.length > 0)
    .map(
      (driver) =>
        `Biggest movers by ${dimensionLabels[driver.dimension]}: ${driver.movers
          .slice(0, 3)
          .map((mover) => `${mover.label} ${signed(mover.change)}`)
          .join(', ')}.`,
    );
  const rows = result.drivers.flatMap((driver) =>
    driver.movers.map((mover) => ({
      dimension: dimensionLabels[driver.dimension],
      label: mover.label,
      previous: money(mover.previous),
      current: money(mover.current),
      change: signed(mover.change),
    })),
  );
  // The later period is the one still being billed; the earlier one may be too ("this year vs last").
  const incomplete = [result.period, result.previousPeriod]
    .map((period) => describeIncompletePeriod(period, result.freshness))
    .filter((caveat): caveat is string => caveat !== null);
  return {
    text: [headline, ...incomplete, ...driverLines].join('\n'),
    facts: [
      { label: result.period.label, value: money(result.current), raw: result.current, currency: result.currency },
      { label: result.previousPeriod.label, value: money(result.previous), raw: result.previous, currency: result.currency },
      { label: 'Change', value: `${signed(result.change)}${percent}`, raw: result.change, currency: result.currency },
    ],
    ...(rows.length > 0
      ? {
          table: {
            columns: [
              { key: 'dimension', label: 'By' },
              { key: 'label', label: 'Mover' },
              { key: 'previous', label: result.previousPeriod.label, align: 'right' as const },
              { key: 'current', label: result.period.label, align: 'right' as const },
              { key: 'change', label: 'Change', align: 'right' as const },
            ],
            rows,
            totalRows: rows.length,
          },
        }
      : {}),
    chart: {
      kind: 'bar',
      title: `Spend, ${result.previousPeriod.label} vs ${result.period.label}`,
      categories: [result.previousPeriod.label, result.period.label],
      series: [{ name: 'Spend', values: [result.previous, result.current] }],
      unit: result.currency,
    },
    followUps: ['Show the monthly trend', 'Break that down by service', 'Break that down by cost center'],
    context,
  };
}
