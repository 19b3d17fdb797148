import type { GetSpendTrendOutput, GetSpendTrendResult } from '../../domain/spend/get-spend-trend.js';
import { isByCurrency, type ByCurrency } from '../../domain/shared/answer-currency.js';
import type { ResultEnvelope } from '../../domain/tools/result-envelope.js';
import type { Table } from '../answer.js';
import { presentByCurrency } from './present-by-currency.js';
import { dimensionLabels } from '../../domain/spend/spend-filters.js';
import { Decimal } from '../../domain/shared/decimal.js';
import { formatDate, formatMoney, formatMonth } from '../../domain/shared/format.js';
import { contextOf, filterPhrase, type Presentation } from './presentation.js';

export function presentSpendTrend(output: GetSpendTrendOutput): Presentation {
  return isByCurrency(output)
    ? presentByCurrency(output, presentTrendInOneCurrency, { table: trendTableByCurrency(output) })
    : presentTrendInOneCurrency(output);
}

const bucketLabelOf = (result: GetSpendTrendResult) => (bucket: string) =>
  result.granularity === 'month' ? formatMonth(bucket) : formatDate(bucket);

/**
 * One row per month (or day) and each currency's columns side by side: every currency's trend
 * covers the same buckets (same period and granularity), and no column adds two currencies.
 */
function trendTableByCurrency(output: ResultEnvelope & ByCurrency<GetSpendTrendResult>): Table | undefined {
  const [first] = output.byCurrency;
  if (!first) return undefined;
  const columns = output.byCurrency.flatMap((result, resultIndex) => {
    const series = result.series.length > 0 ? result.series : [{ label: 'Spend', amounts: result.points.map((point) => point.amount) }];
    const money = (amount: string) => formatMoney(amount, result.currency);
    return [
      ...series.map((entry, index) => ({
        key: `c${resultIndex}s${index}`,
        label: `${entry.label} (${result.currency})`,
        cell: (pointIndex: number) => money(entry.amounts[pointIndex] ?? '0'),
      })),
      ...(result.series.length > 0
        ? [
            {
              key: `c${resultIndex}total`,
              label: `Total (${result.currency})`,
              cell: (pointIndex: number) => money(result.points[pointIndex]?.amount ?? '0'),
            },
          ]
        : []),
    ];
  });
  const bucketLabel = bucketLabelOf(first);
  return {
    columns: [
      { key: 'bucket', label: first.granularity === 'month' ? 'Month' : 'Day' },
      ...columns.map((column) => ({ key: column.key, label: column.label, align: 'right' as const })),
    ],
    rows: first.points.map((point, pointIndex) => ({
      bucket: bucketLabel(point.bucket),
      ...Object.fromEntries(columns.map((column) => [column.key, column.cell(pointIndex)])),
    })),
    totalRows: first.points.length,
  };
}

function presentTrendInOneCurrency(result: GetSpendTrendResult): Presentation {
  const money = (amount: string) => formatMoney(amount, result.currency);
  const bucketLabel = bucketLabelOf(result);
  const context = contextOf(result);
  const scope = `${filterPhrase(result.filters)} in ${result.period.label}`;
  if (result.recordCount === 0) {
    return {
      text: `No spend found${scope}. Data: ${context.freshness}.`,
      facts: [],
      followUps: ['Top 5 vendors by spend this year'],
      context,
    };
  }
  const peak = result.points.reduce(
    (best, point) => (new Decimal(point.amount).greaterThan(best.amount) ? point : best),
    result.points[0]!,
  );
  const first = result.points[0]!;
  const last = result.points[result.points.length - 1]!;
  const lines = result.points.map((point) => `${bucketLabel(point.bucket)}: ${money(point.amount)}`);
  const series = result.series.length > 0 ? result.series : [{ label: 'Spend', amounts: result.points.map((point) => point.amount) }];
  return {
    text: [
      `${result.granularity === 'month' ? 'Monthly' : 'Daily'} spend${scope}${result.splitBy ? ` by ${dimensionLabels[result.splitBy]}` : ''}: ${money(result.total)} in total; highest ${bucketLabel(peak.bucket)} at ${money(peak.amount)}.`,
      ...(result.points.length <= 31
        ? lines
        : [`${bucketLabel(first.bucket)}: ${money(first.amount)} … ${bucketLabel(last.bucket)}: ${money(last.amount)}`]),
    ].join('\n'),
    facts: [
      { label: 'Total spend', value: money(result.total), raw: result.total, currency: result.currency },
      {
        label: `Highest ${result.granularity}`,
        value: `${bucketLabel(peak.bucket)}: ${money(peak.amount)}`,
        raw: peak.amount,
        currency: result.currency,
      },
    ],
    table: {
      columns: [
        { key: 'bucket', label: result.granularity === 'month' ? 'Month' : 'Day' },
        ...series.map((entry, index) => ({ key: `s${index}`, label: entry.label, align: 'right' as const })),
        ...(result.series.length > 0 ? [{ key: 'total', label: 'Total', align: 'right' as const }] : []),
      ],
      rows: result.points.map((point, pointIndex) => ({
        bucket: bucketLabel(point.bucket),
        ...Object.fromEntries(series.map((entry, index) => [`s${index}`, money(entry.amounts[pointIndex] ?? '0')])),
        ...(result.series.length > 0 ? { total: money(point.amount) } : {}),
      })),
      totalRows: result.points.length,
    },
    chart: {
      kind: 'line',
      title: `Spend${filterPhrase(result.filters)}, ${result.period.label}`,
      categories: result.points.map((point) => bucketLabel(point.bucket)),
      series: series.map((entry) => ({ name: entry.label, values: entry.amounts })),
      unit: result.currency,
    },
    followUps: [
      'Compare with the previous period',
      'Break that down by vendor',
      result.granularity === 'month' ? 'Show it by day for last month' : 'Show it by month',
    ],
    context,
  };
}
