import { isByCurrency } from '../../domain/shared/answer-currency.js';
import { presentByCurrency } from './present-by-currency.js';
import type { GetRunRateOutput, GetRunRateResult } from '../../domain/spend/get-run-rate.js';
import { formatMoney, formatMonth } from '../../domain/shared/format.js';
import { contextOf, filterPhrase, type Presentation } from './presentation.js';

/** "October 2026" for one month, "Aug–Oct 2026" (or "Nov 2025–Jan 2026") for several. */
function describeBasis(result: GetRunRateResult): string {
  const first = result.months[0];
  const last = result.months[result.months.length - 1];
  if (!first || !last || result.months.length === 1) return result.basisPeriod.label;
  const [firstMonth = '', firstYear] = formatMonth(first.month).split(' ');
  return firstYear === last.month.slice(0, 4)
    ? `${firstMonth}–${formatMonth(last.month)}`
    : `${formatMonth(first.month)}–${formatMonth(last.month)}`;
}

export function presentRunRate(output: GetRunRateOutput): Presentation {
  return isByCurrency(output) ? presentByCurrency(output, presentRunRateInOneCurrency) : presentRunRateInOneCurrency(output);
}

function presentRunRateInOneCurrency(result: GetRunRateResult): Presentation {
  const money = (amount: string) => formatMoney(amount, result.currency);
  const context = contextOf(result, `${result.basisPeriod.label} (run-rate basis)`);
  const basis = describeBasis(result);
  const isSingleMonth = result.basis === 'last_full_month';
  const source = isSingleMonth ? `from ${basis}` : `average of ${basis}`;
  const method = isSingleMonth ? 'the last full month × 12' : 'the average of the last 3 complete months × 12';
  const otherBasis = isSingleMonth ? 'Run-rate from the average of the last 3 months' : 'Run-rate from last month';
  if (result.recordCount === 0) {
    return {
      text: `No spend found${filterPhrase(result.filters)} in ${basis}, so there is no run-rate to give. Data: ${context.freshness}.`,
      facts: [{ label: 'Annual run-rate', value: money('0'), raw: '0', currency: result.currency }],
      followUps: ['Show the monthly trend', otherBasis],
      context,
    };
  }
  const basisMonths = new Set(result.months.map((entry) => entry.month));
  return {
    text: [
      `Annual run-rate${filterPhrase(result.filters)}: ${money(result.annual)} (${money(result.monthly)}/month, ${source}).`,
      `Method: ${method}.${isSingleMonth ? '' : ` Months: ${result.months.map((entry) => `${formatMonth(entry.month)} ${money(entry.amount)}`).join(', ')}.`}`,
    ].join('\n'),
    facts: [
      { label: 'Annual run-rate', value: money(result.annual), raw: result.annual, currency: result.currency },
      { label: 'Monthly run-rate', value: money(result.monthly), raw: result.monthly, currency: result.currency },
    ],
    table: {
      columns: [
        { key: 'month', label: 'Month' },
        { key: 'amount', label: 'Spend', align: 'right' },
        { key: 'basis', label: 'Run-rate basis' },
      ],
      rows: result.trend.map((entry) => ({
        month: formatMonth(entry.month),
        amount: money(entry.amount),
        basis: basisMonths.has(entry.month) ? 'yes' : '',
      })),
      totalRows: result.trend.length,
    },
    chart: {
      kind: 'line',
      title: `Monthly spend${filterPhrase(result.filters)} up to the run-rate basis`,
      categories: result.trend.map((entry) => formatMonth(entry.month)),
      series: [{ name: 'Spend', values: result.trend.map((entry) => entry.amount) }],
      unit: result.currency,
    },
    followUps: ['Forecast spend to year end', otherBasis, 'Break that down by vendor'],
    context,
  };
}
