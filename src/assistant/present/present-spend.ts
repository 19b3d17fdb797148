import type { GetSpendOutput, GetSpendResult } from '../../domain/spend/get-spend.js';
import { isByCurrency } from '../../domain/shared/answer-currency.js';
import { dimensionLabels } from '../../domain/spend/spend-filters.js';
import { Decimal } from '../../domain/shared/decimal.js';
import { formatCount, formatMoney, formatPercent } from '../../domain/shared/format.js';
import { describeIncompletePeriod } from './describe-incomplete-period.js';
import { presentByCurrency } from './present-by-currency.js';
import { contextOf, filterPhrase, pluralize, type Presentation } from './presentation.js';

export function presentSpend(output: GetSpendOutput): Presentation {
  if (!isByCurrency(output)) return presentSpendInOneCurrency(output);
  const [first] = output.byCurrency;
  // A total without a breakdown reads as one sentence: each currency's figure, none added up.
  if (first && !first.groupBy) {
    const recordCount = output.byCurrency.reduce((count, result) => count + result.recordCount, 0);
    const costWord = first.filters.costType ? 'Effective (amortized) spend' : 'Spend';
    const totals = output.byCurrency.map((result) => formatMoney(result.total, result.currency));
    return presentByCurrency(output, presentSpendInOneCurrency, {
      lead: `${costWord}${filterPhrase(first.filters)} in ${first.period.label}: ${totals.slice(0, -1).join(', ')} and ${totals.at(-1)} (from ${formatCount(recordCount)} ${pluralize(recordCount, 'record')}).`,
    });
  }
  return presentByCurrency(output, presentSpendInOneCurrency);
}

function presentSpendInOneCurrency(result: GetSpendResult): Presentation {
  const money = (amount: string) => formatMoney(amount, result.currency);
  const context = contextOf(result);
  const scope = `${filterPhrase(result.filters)} in ${result.period.label}`;
  const costWord = result.filters.costType ? 'Effective (amortized) spend' : 'Spend';
  if (result.recordCount === 0) {
    return {
      text: `No spend found${scope}. Data: ${context.freshness}.`,
      facts: [{ label: 'Total spend', value: money('0'), raw: '0', currency: result.currency }],
      followUps: ['Show the monthly trend', 'Top 5 vendors by spend this year'],
      context,
    };
  }
  // A period still being billed ("this month", "this year") holds only the bills imported so far.
  const incomplete = describeIncompletePeriod(result.period, result.freshness);
  const facts = [
    { label: 'Total spend', value: money(result.total), raw: result.total, currency: result.currency },
    { label: 'Records', value: formatCount(result.recordCount), raw: String(result.recordCount) },
  ];
  if (!result.groupBy) {
    return {
      text: [
        `${costWord}${scope}: ${money(result.total)} (from ${formatCount(result.recordCount)} ${pluralize(result.recordCount, 'record')}).`,
        ...(incomplete ? [incomplete] : []),
      ].join('\n'),
      facts,
      // An answer about one vendor is broken down by who spent it, not by vendor again.
      followUps: [
        result.filters.vendors?.length === 1 ? 'Break that down by cost center' : 'Break that down by vendor',
        'Compare with the previous period',
        'Show the monthly trend',
      ],
      context,
    };
  }
  const dimension = dimensionLabels[result.groupBy];
  const rows = result.breakdown.map((row) => ({ label: row.label, amount: money(row.amount), share: `${row.sharePercent}%` }));
  if (result.other) {
    rows.push({
      label: `Other (${result.other.groupCount} more)`,
      amount: money(result.other.amount),
      share: formatPercent(result.other.amount, result.total).replace('+', ''),
    });
  }
  const lines = rows.map((row, index) => `${index + 1}. ${row.label}: ${row.amount} (${row.share})`);
  // The table reconciles with the total: the spend with no value for the dimension is its last row.
  if (result.unassigned)
    rows.push({
      label: result.unassigned.label,
      amount: money(result.unassigned.amount),
      share: formatPercent(result.unassigned.amount, result.total).replace('+', ''),
    });
  const unallocated =
    result.unallocated !== null
      ? new Decimal(result.unallocated).isZero()
        ? ['Nothing is unallocated.']
        : [`Unallocated (no cost center): ${money(result.unallocated)} — account-level invoice lines and untagged cloud costs.`]
      : result.unassigned
        ? [
            `${result.unassigned.label}: ${money(result.unassigned.amount)} (${formatPercent(result.unassigned.amount, result.total).replace('+', '')}), not ranked.`,
          ]
        : [];
  if (result.unallocated !== null)
    facts.push({ label: 'Unallocated', value: money(result.unallocated), raw: result.unallocated, currency: result.currency });
  return {
    text: [
      `${costWord}${scope} by ${dimension}: ${money(result.total)} across ${result.groupCount} ${pluralize(result.groupCount, dimension, dimension.endsWith('y') ? `${dimension.slice(0, -1)}ies` : `${dimension}s`)}${result.order === 'asc' ? ', smallest first' : ''}.`,
      ...(incomplete ? [incomplete] : []),
      ...lines,
      ...unallocated,
    ].join('\n'),
    facts,
    table: {
      columns: [
        { key: 'label', label: dimension[0]!.toUpperCase() + dimension.slice(1) },
        { key: 'amount', label: 'Spend', align: 'right' },
        { key: 'share', label: 'Share', align: 'right' },
      ],
      rows,
      totalRows: result.groupCount,
    },
    chart: {
      kind: 'bar',
      title: `Spend by ${dimension}, ${result.period.label}`,
      categories: [...result.breakdown.map((row) => row.label), ...(result.other ? ['Other'] : [])],
      series: [{ name: 'Spend', values: [...result.breakdown.map((row) => row.amount), ...(result.other ? [result.other.amount] : [])] }],
      unit: result.currency,
    },
    followUps: [
      'Compare with the previous period',
      'Show the monthly trend',
      result.groupBy === 'location' ? 'Break that down by vendor' : 'Break that down by location',
    ],
    context,
  };
}
