import type { GetBudgetStatusResult } from '../../domain/budgets/get-budget-status.js';
import { describeOtherCurrencies } from '../../domain/budgets/project-budgets.js';
import { formatCount, formatDate, formatMoney } from '../../domain/shared/format.js';
import { contextOf, maxTableRows, type Presentation } from './presentation.js';

const statusWords = { under: 'under budget', at_risk: 'at risk (projected over)', over: 'over budget' } as const;

export function presentBudgetStatus(result: GetBudgetStatusResult): Presentation {
  const context = contextOf(result);
  if (result.lines.length === 0) {
    return {
      text: `No budgets found for ${result.period.label}${context.filters ? ` (${context.filters})` : ''}.`,
      facts: [],
      followUps: ['Budget status last month'],
      context,
    };
  }
  const money = (amount: string, currency: string) => formatMoney(amount, currency);
  const progress = result.isMonthComplete ? 'month closed' : `${result.daysElapsed} of ${result.daysInMonth} days elapsed`;
  // The basis says what is actual and what is projected; shown where it matters (a line at risk
  // or over, or a single cost center) so a long list stays readable.
  const explained = (line: GetBudgetStatusResult['lines'][number]) => !result.isMonthComplete || line.projectedRest !== '0';
  const lines = result.lines
    .slice(0, 15)
    .map(
      (line) =>
        `${line.costCenter} ${line.costCenterName}: ${money(line.actual, line.currency)} of ${money(line.budget, line.currency)} (${line.usedPercent}%)` +
        `${explained(line) ? `, projected ${money(line.projected, line.currency)}` : ''} — ${statusWords[line.status]}` +
        `${explained(line) && (line.status !== 'under' || result.lines.length === 1) ? ` (${line.basis})` : ''}` +
        describeOtherCurrencies(line.otherCurrencies, line.currency),
    );
  const through = result.actualThrough && !result.isMonthComplete ? ` through ${formatDate(result.actualThrough)}` : '';
  // Budgets in different currencies are summed apart: there is no exchange rate.
  const totals = result.totals.map((total) => {
    const projected =
      result.isMonthComplete && total.projectedRest === '0'
        ? ''
        : `; projected ${money(total.projected, total.currency)} by month end (${money(total.projectedRest, total.currency)} of it not yet billed or imported)`;
    return `${money(total.actual, total.currency)} actual${through} of ${money(total.budget, total.currency)} budgeted${projected}`;
  });
  const isOneCurrency = result.totals.length === 1;
  return {
    text: [
      `Budget vs actual, ${result.period.label} (${progress}): ${totals.join('; and ')}. ` +
        (isOneCurrency
          ? ''
          : `These budgets are in different currencies (${result.totals.map((total) => total.currency).join(' and ')}) and are not converted. `) +
        `${formatCount(result.counts.over)} over, ${formatCount(result.counts.atRisk)} at risk, ${formatCount(result.counts.under)} under.`,
      ...lines,
    ].join('\n'),
    facts: [
      ...result.totals.flatMap((total) => {
        const suffix = isOneCurrency ? '' : ` (${total.currency})`;
        return [
          { label: `Budget${suffix}`, value: money(total.budget, total.currency), raw: total.budget, currency: total.currency },
          { label: `Actual${suffix}`, value: money(total.actual, total.currency), raw: total.actual, currency: total.currency },
          { label: `Projected${suffix}`, value: money(total.projected, total.currency), raw: total.projected, currency: total.currency },
        ];
      }),
      { label: 'Over budget', value: formatCount(result.counts.over), raw: String(result.counts.over) },
    ],
    table: {
      columns: [
        { key: 'costCenter', label: 'Cost center' },
        { key: 'budget', label: 'Budget', align: 'right' },
        { key: 'actual', label: 'Actual', align: 'right' },
        { key: 'projected', label: 'Projected', align: 'right' },
        { key: 'status', label: 'Status' },
      ],
      rows: result.lines.slice(0, maxTableRows).map((line) => ({
        costCenter: `${line.costCenter} ${line.costCenterName}`,
        budget: money(line.budget, line.currency),
        actual: money(line.actual, line.currency),
        projected: money(line.projected, line.currency),
        status: statusWords[line.status],
      })),
      totalRows: result.lines.length,
    },
    // A chart has one unit: budgets in more than one currency get none.
    ...(isOneCurrency
      ? {
          chart: {
            kind: 'bar' as const,
            title: `Budget vs actual, ${result.period.label}`,
            categories: result.lines.slice(0, maxTableRows).map((line) => line.costCenter),
            series: [
              { name: 'Budget', values: result.lines.slice(0, maxTableRows).map((line) => line.budget) },
              { name: 'Actual', values: result.lines.slice(0, maxTableRows).map((line) => line.actual) },
            ],
            unit: result.totals[0]!.currency,
          },
        }
      : {}),
    followUps: ['Which cost centers are over budget?', 'Budget status last month'],
    context,
  };
}
