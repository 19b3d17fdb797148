import type { FindZeroUsageLinesOutput, FindZeroUsageLinesResult } from '../../domain/usage/find-zero-usage-lines.js';
import { isByCurrency } from '../../domain/shared/answer-currency.js';
import { presentByCurrency } from './present-by-currency.js';
import type { GetLineUsageResult } from '../../domain/usage/get-line-usage.js';
import { Decimal } from '../../domain/shared/decimal.js';
import { formatCount, formatMoney, formatMonth } from '../../domain/shared/format.js';
import { contextOf, maxTableRows, pluralize, type Presentation } from './presentation.js';

const megabytes = (value: string) =>
  `${new Decimal(value)
    .toDecimalPlaces(1, Decimal.ROUND_HALF_UP)
    .toFixed(1)
    .replace(/\B(?=(\d{3})+(?!\d))/g, ',')} MB`;

export function presentLineUsage(result: GetLineUsageResult): Presentation {
  const context = contextOf(result);
  const who = result.filters.identifier ? `line ${String(result.filters.identifier)}` : 'all lines';
  if (result.lineKnown === false)
    return {
      text: `No line ${String(result.filters.identifier)} is in the inventory or the usage records. Check the number, or ask for a person's lines.`,
      facts: [],
      followUps: ['Lines with no usage in the last 3 months'],
      context,
    };
  if (result.totalCount === 0)
    return {
      text: `No usage recorded for ${who} in ${result.period.label}.`,
      facts: [],
      followUps: ['Lines with no usage in the last 3 months'],
      context,
    };
  const lines = result.rows
    .slice(0, 12)
    .map(
      (row) =>
        `${formatMonth(row.month)}${result.filters.identifier ? '' : ` ${row.identifier}`}: ${megabytes(row.dataMb)}, ${formatCount(row.voiceMinutes)} minutes, ${formatCount(row.messages)} messages`,
    );
  return {
    text: [
      `Usage of ${who}, ${result.period.label}: ${megabytes(result.totals.dataMb)} of data, ${formatCount(result.totals.voiceMinutes)} voice minutes, ${formatCount(result.totals.messages)} messages (${formatCount(result.totalCount)} line-${pluralize(result.totalCount, 'month')}).`,
      ...lines,
    ].join('\n'),
    facts: [
      { label: 'Data', value: megabytes(result.totals.dataMb), raw: result.totals.dataMb, unit: 'MB' },
      { label: 'Voice', value: formatCount(result.totals.voiceMinutes), raw: String(result.totals.voiceMinutes), unit: 'minutes' },
      { label: 'Messages', value: formatCount(result.totals.messages), raw: String(result.totals.messages) },
    ],
    table: {
      columns: [
        { key: 'identifier', label: 'Line' },
        { key: 'month', label: 'Month' },
        { key: 'data', label: 'Data', align: 'right' },
        { key: 'voice', label: 'Minutes', align: 'right' },
        { key: 'messages', label: 'Messages', align: 'right' },
      ],
      rows: result.rows.slice(0, maxTableRows).map((row) => ({
        identifier: row.identifier,
        month: formatMonth(row.month),
        data: megabytes(row.dataMb),
        voice: formatCount(row.voiceMinutes),
        messages: formatCount(row.messages),
      })),
      totalRows: result.totalCount,
    },
    followUps: ['Lines with no usage in the last 3 months'],
    context,
  };
}

export function presentZeroUsageLines(output: FindZeroUsageLinesOutput): Presentation {
  return isByCurrency(output) ? presentByCurrency(output, presentZeroUsageInOneCurrency) : presentZeroUsageInOneCurrency(output);
}

function presentZeroUsageInOneCurrency(result: FindZeroUsageLinesResult): Presentation {
  const context = contextOf(result);
  const money = formatMoney(result.monthlyCost, result.currency);
  if (result.totalCount === 0) {
    return {
      text: `No active mobile lines without usage in the last ${result.months} ${pluralize(result.months, 'month')} (${result.period.label}).`,
      facts: [{ label: 'Lines', value: '0', raw: '0' }],
      followUps: [],
      context,
    };
  }
  return {
    text: [
      `${formatCount(result.totalCount)} active mobile ${pluralize(result.totalCount, 'line')} with no data, voice or messages in the last ${result.months} ${pluralize(result.months, 'month')} (${result.period.label}), costing ${money} a month.`,
      ...result.lines
        .slice(0, 10)
        .map(
          (line) =>
            `${line.identifier} — ${line.vendor}, ${line.assignee ?? 'unassigned'}, ${line.costCenter ?? 'no cost center'}${line.monthlyCost === null ? '' : `, ${formatMoney(line.monthlyCost, result.currency)}/month`}`,
        ),
    ].join('\n'),
    facts: [
      { label: 'Lines', value: formatCount(result.totalCount), raw: String(result.totalCount) },
      { label: 'Monthly cost', value: money, raw: result.monthlyCost, currency: result.currency },
    ],
    table: {
      columns: [
        { key: 'identifier', label: 'Line' },
        { key: 'vendor', label: 'Vendor' },
        { key: 'assignee', label: 'Assignee' },
        { key: 'costCenter', label: 'Cost center' },
        { key: 'monthlyCost', label: 'Monthly cost', align: 'right' },
      ],
      rows: result.lines.slice(0, maxTableRows).map((line) => ({
        identifier: line.identifier,
        vendor: line.vendor,
        assignee: line.assignee ?? '',
        costCenter: line.costCenter ?? '',
        monthlyCost: line.monthlyCost === null ? '' : formatMoney(line.monthlyCost, result.currency),
      })),
      totalRows: result.totalCount,
    },
    followUps: ['Break that down by cost center', 'Disconnect the first one'],
    context,
  };
}
