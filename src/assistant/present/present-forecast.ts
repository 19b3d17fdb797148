import type { ForecastPart, ForecastSpendResult } from '../../domain/spend/forecast-spend.js';
import { formatCount, formatDate, formatMoney, formatMonth } from '../../domain/shared/format.js';
import { contextOf, filterPhrase, pluralize, type Presentation } from './presentation.js';

const methodNames: Record<ForecastPart['method'], string> = {
  trailing_daily_average: 'Cloud/SaaS: 30-day daily average',
  last_invoice: 'Telecom: last invoice per vendor',
};

const capitalize = (text: string): string => text.charAt(0).toUpperCase() + text.slice(1);

export function presentForecast(result: ForecastSpendResult): Presentation {
  const money = (amount: string) => formatMoney(amount, result.currency);
  const context = contextOf(result);
  const scope = filterPhrase(result.filters);
  if (result.parts.length === 0) {
    return {
      text: `No spend found${scope} to forecast ${result.period.label} from. Data: ${context.freshness}.`,
      facts: [],
      followUps: ['What did we spend last month?', 'Show the monthly trend'],
      context,
    };
  }
  const methods = result.parts.map((part) => (part.method === 'trailing_daily_average' ? 'cloud: trailing 30-day daily average' : 'telecom: last invoice per vendor'));
  const details = result.parts.map((part) => {
    if (part.method === 'trailing_daily_average') {
      const through = part.lastDataDay ? ` through ${formatDate(part.lastDataDay)}` : '';
      const window = part.averageWindow ? ` over ${part.averageWindow.label}` : '';
      const actual = result.daysElapsed > 0 ? `${money(part.actual)} actual${through} + ` : '';
      return `Cloud and SaaS: ${actual}${money(part.forecast)} projected (${money(part.dailyAverage)}/day${window} × ${formatCount(part.daysProjected)} ${pluralize(part.daysProjected, 'day')}).`;
    }
    const projected = part.vendors.map(
      (vendor) => `${vendor.vendor} ${money(vendor.monthlyAmount)} (${formatMonth(vendor.basisMonth)}) × ${vendor.monthsProjected.length}`,
    );
    return `Telecom and mobility: ${money(part.actual)} invoiced + ${money(part.forecast)} projected${projected.length > 0 ? ` — ${projected.join(', ')}` : ' (every month is invoiced)'}.`;
  });
  const share = result.actualSharePercent === null ? '' : `; ${result.actualSharePercent}% of the forecast is actual`;
  const otherHorizons = (['month', 'quarter', 'year'] as const).filter((horizon) => horizon !== result.horizon).map((horizon) => `Forecast spend to ${horizon} end`);
  return {
    text: [
      `Forecast${scope} for ${result.period.label}: ${money(result.total)} (${money(result.actual)} actual to date + ${money(result.forecast)} projected). ${capitalize(methods.join('; '))}.`,
      result.daysElapsed === 0
        ? `${result.period.label} has not started: all of it is projected.`
        : `${formatCount(result.daysElapsed)} of ${formatCount(result.daysTotal)} days elapsed${share}.`,
      ...details,
    ].join('\n'),
    facts: [
      { label: `Forecast, ${result.period.label}`, value: money(result.total), raw: result.total, currency: result.currency },
      { label: 'Actual to date', value: money(result.actual), raw: result.actual, currency: result.currency },
      { label: 'Projected', value: money(result.forecast), raw: result.forecast, currency: result.currency },
    ],
    table: {
      columns: [
        { key: 'method', label: 'Spend and method' },
        { key: 'actual', label: 'Actual', align: 'right' },
        { key: 'forecast', label: 'Projected', align: 'right' },
      ],
      rows: result.parts.map((part) => ({ method: methodNames[part.method], actual: money(part.actual), forecast: money(part.forecast) })),
      totalRows: result.parts.length,
    },
    followUps: [...otherHorizons.slice(0, 2), 'What is the annual run-rate?'],
    context,
  };
}
