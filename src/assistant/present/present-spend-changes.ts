import type { RankSpendChangesOutput, RankSpendChangesResult, SpendChangeRow } from '../../domain/spend/rank-spend-changes.js';
import { isByCurrency } from '../../domain/shared/answer-currency.js';
import { presentByCurrency } from './present-by-currency.js';
import { dimensionLabels } from '../../domain/spend/spend-filters.js';
import { Decimal } from '../../domain/shared/decimal.js';
import { formatMoney } from '../../domain/shared/format.js';
import { contextOf, filterPhrase, type Presentation } from './presentation.js';

const plural = (noun: string): string => (noun.endsWith('y') ? `${noun.slice(0, -1)}ies` : `${noun}s`);

export function presentSpendChanges(output: RankSpendChangesOutput): Presentation {
  return isByCurrency(output) ? presentByCurrency(output, presentChangesInOneCurrency) : presentChangesInOneCurrency(output);
}

function presentChangesInOneCurrency(result: RankSpendChangesResult): Presentation {
  const money = (amount: string) => formatMoney(amount, result.currency);
  const signed = (amount: string) => (new Decimal(amount).isNegative() ? money(amount) : `+${money(amount)}`);
  // The sign comes from the money change: a small decrease rounds to 0.0%, which has none.
  const percent = (row: { change: string; changePercent: string | null }) => {
    if (row.changePercent === null) return 'new';
    const magnitude = new Decimal(row.changePercent).abs();
    if (magnitude.isZero()) return '<0.1%';
    return `${new Decimal(row.change).isNegative() ? '-' : '+'}${magnitude.toFixed(1)}%`;
  };
  const dimension = dimensionLabels[result.dimension];
  const verb = result.direction === 'increase' ? 'grew' : 'shrank';
  const context = contextOf(result, `${result.period.label} vs ${result.comparedTo.label}`);
  const opposite = `Which ${plural(dimension)} ${result.direction === 'increase' ? 'shrank' : 'grew'} the most?`;
  const top = result.rows[0];
  if (!top) {
    return {
      text: `No ${dimension} ${verb}${filterPhrase(result.filters)} between ${result.comparedTo.label} and ${result.period.label} (${money(result.totals.previous)} then, ${money(result.totals.current)} now).`,
      facts: [
        { label: result.period.label, value: money(result.totals.current), raw: result.totals.current, currency: result.currency },
        { label: result.comparedTo.label, value: money(result.totals.previous), raw: result.totals.previous, currency: result.currency },
      ],
      followUps: [opposite, 'Show the monthly trend'],
      context,
    };
  }
  const describe = (row: SpendChangeRow) =>
    `${row.label}: ${signed(row.change)} (${percent(row)}), ${money(row.previous)} → ${money(row.current)}`;
  const headline = `${top.label} ${verb} the most${filterPhrase(result.filters)}: ${signed(top.change)} (${percent(top)}) from ${money(top.previous)} in ${result.comparedTo.label} to ${money(top.current)} in ${result.period.label}.`;
  const summary = `${result.movedCount} of ${result.groupCount} ${plural(dimension)} ${verb}; total spend ${signed(result.totals.change)} (${money(result.totals.previous)} → ${money(result.totals.current)}).`;
  const withoutGroup = result.withoutGroup;
  const unranked =
    withoutGroup && !new Decimal(withoutGroup.change).isZero()
      ? [
          `Not ranked: spend without a ${dimension}, ${signed(withoutGroup.change)} (${money(withoutGroup.previous)} → ${money(withoutGroup.current)}).`,
        ]
      : [];
  return {
    text: [headline, summary, ...result.rows.map((row, index) => `${index + 1}. ${describe(row)}`), ...unranked].join('\n'),
    facts: [
      { label: `Largest ${result.direction}`, value: `${top.label}: ${signed(top.change)}`, raw: top.change, currency: result.currency },
      { label: result.period.label, value: money(result.totals.current), raw: result.totals.current, currency: result.currency },
      { label: result.comparedTo.label, value: money(result.totals.previous), raw: result.totals.previous, currency: result.currency },
    ],
    table: {
      columns: [
        { key: 'label', label: dimension[0]!.toUpperCase() + dimension.slice(1) },
        { key: 'previous', label: result.comparedTo.label, align: 'right' },
        { key: 'current', label: result.period.label, align: 'right' },
        { key: 'change', label: 'Change', align: 'right' },
        { key: 'percent', label: '%', align: 'right' },
      ],
      rows: result.rows.map((row) => ({
        label: row.label,
        previous: money(row.previous),
        current: money(row.current),
        change: signed(row.change),
        percent: percent(row),
      })),
      totalRows: result.movedCount,
    },
    chart: {
      kind: 'bar',
      title: `Change in spend by ${dimension}, ${result.comparedTo.label} → ${result.period.label}`,
      categories: result.rows.map((row) => row.label),
      series: [{ name: 'Change', values: result.rows.map((row) => row.change) }],
      unit: result.currency,
    },
    followUps: [
      opposite,
      `Which ${result.dimension === 'vendor' ? 'cost centers' : 'vendors'} ${verb} the most?`,
      'Show the monthly trend',
    ],
    context,
  };
}
