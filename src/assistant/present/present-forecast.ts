import { isByCurrency } from '../../domain/shared/answer-currency.js';
import { presentByCurrency } from './present-by-currency.js';
import type { ForecastSpendOutput, ForecastSpendResult } from '../../domain/spend/forecast-spend.js';
import { formatCount, formatDate, formatMoney, formatMonth } from '../../domain/shared/format.js';
import { contextOf, filterPhrase, pluralize, type Presentation } from './presentation.js';

const maxChangesListed = 5;

const months = (isoMonths: readonly string[]) => (isoMonths.length === 0 ? '' : `the ${isoMonths.map(formatMonth).join(' and ')} `);

export function presentForecast(output: ForecastSpendOutput): Presentation {
  return isByCurrency(output) ? presentByCurrency(output, presentForecastInOneCurrency) : presentForecastInOneCurrency(output);
}

function presentForecastInOneCurrency(result: ForecastSpendResult): Presentation {
  const money = (amount: string) => formatMoney(amount, result.currency);
  const context = contextOf(result);
  const scope = filterPhrase(result.filters);
  if (result.byVendor.length === 0) {
    return {
      text: `No spend found${scope} to forecast ${result.period.label} from. Data: ${context.freshness}.`,
      facts: [],
      followUps: ['What did we spend last month?', 'Show the monthly trend'],
      context,
    };
  }
  const split = result.split;
  const sources = [
    split.recurring !== '0' ? `recurring charges from ${months(split.recurringBasisMonths)}invoices ${money(split.recurring)}` : null,
    split.usage !== '0' ? `usage and taxes at the recent invoices' average ${money(split.usage)}` : null,
    split.added !== '0' ? `services added since the last invoice ${money(split.added)}` : null,
    split.monthlyCharges !== '0' ? `monthly cloud and SaaS charges at their last amount ${money(split.monthlyCharges)}` : null,
    split.runRateDays > 0 && split.runRate !== '0'
      ? `cloud run-rate ${money(split.runRatePerDay)}/day × ${formatCount(split.runRateDays)} ${pluralize(split.runRateDays, 'day')}${split.isRunRateByWeekday ? ' (by weekday)' : ''} ${money(split.runRate)}`
      : null,
  ].filter((source): source is string => source !== null);
  const actual = result.actualThrough
    ? `${money(result.actual)} actual through ${formatDate(result.actualThrough)}`
    : `${money(result.actual)} actual`;
  const share = result.actualSharePercent === null ? '' : `; ${result.actualSharePercent}% of the forecast is actual`;
  const changes = result.changes
    .slice(0, maxChangesListed)
    .map((change) => `${change.vendor} ${change.identifier} ${change.change} (${money(change.amount)})`);
  const otherHorizons = (['month', 'quarter', 'year'] as const)
    .filter((horizon) => horizon !== result.horizon)
    .map((horizon) => `Forecast spend to ${horizon} end`);
  return {
    text: [
      `Forecast${scope} for ${result.period.label}: ${money(result.total)} (${actual} + ${money(result.forecast)} projected).`,
      result.daysElapsed === 0
        ? `${result.period.label} has not started: all of it is projected.`
        : `${formatCount(result.daysElapsed)} of ${formatCount(result.daysTotal)} days elapsed${share}.`,
      ...(sources.length > 0 ? [`Projected: ${sources.join('; ')}.`] : []),
      ...(changes.length > 0
        ? [
            `Prorated: ${changes.join(', ')}${result.changes.length > changes.length ? ` and ${formatCount(result.changes.length - changes.length)} more` : ''}.`,
          ]
        : []),
      ...(result.byDomain.length > 1
        ? [
            `By domain: ${result.byDomain.map((domain) => `${domain.domain} ${money(domain.total)} (${money(domain.forecast)} projected)`).join(', ')}.`,
          ]
        : []),
    ].join('\n'),
    facts: [
      { label: `Forecast, ${result.period.label}`, value: money(result.total), raw: result.total, currency: result.currency },
      { label: 'Actual to date', value: money(result.actual), raw: result.actual, currency: result.currency },
      { label: 'Projected', value: money(result.forecast), raw: result.forecast, currency: result.currency },
    ],
    table: {
      columns: [
        { key: 'vendor', label: 'Vendor' },
        { key: 'actual', label: 'Actual', align: 'right' },
        { key: 'forecast', label: 'Projected', align: 'right' },
        { key: 'total', label: 'Forecast', align: 'right' },
      ],
      rows: result.byVendor.map((vendor) => ({
        vendor: vendor.vendor,
        actual: money(vendor.actual),
        forecast: money(vendor.forecast),
        total: money(vendor.total),
      })),
      totalRows: result.byVendor.length,
    },
    followUps: [...otherHorizons.slice(0, 2), 'What is the annual run-rate?'],
    context,
  };
}
