import type { ByCurrency } from '../../domain/shared/answer-currency.js';
import type { ResultEnvelope } from '../../domain/tools/result-envelope.js';
import type { Table } from '../answer.js';
import type { Presentation } from './presentation.js';

/** "EUR and USD", "CHF, EUR and USD" */
export function listCurrencies(currencies: readonly string[]): string {
  return currencies.length <= 1 ? (currencies[0] ?? '') : `${currencies.slice(0, -1).join(', ')} and ${currencies.at(-1)}`;
}

/** Said on every answer whose amounts are in more than one currency: there is no exchange rate. */
export function differentCurrenciesNote(currencies: readonly string[]): string {
  return `These amounts are in different currencies (${listCurrencies(currencies)}) and are not converted, so they are shown per currency and never added together.`;
}

/**
 * An answer over records in more than one currency: each currency's result presented as it would
 * be alone, one after the other, under a note that they are not converted. No chart: a chart has
 * one unit. Facts are labelled with their currency so two "Total spend" facts stay apart.
 */
export function presentByCurrency<Single extends ResultEnvelope>(
  result: ResultEnvelope & ByCurrency<Single>,
  presentOne: (single: Single) => Presentation,
  options: { lead?: string; table?: Table } = {},
): Presentation {
  const sections = result.byCurrency.map((single, index) => ({ currency: result.currencies[index] ?? '', ...presentOne(single) }));
  const first = sections[0];
  if (!first) throw new Error('presentByCurrency needs at least one currency');
  const note = differentCurrenciesNote(result.currencies);
  const table = options.table ?? joinTables(sections.flatMap((section) => (section.table ? [section.table] : [])));
  return {
    text: options.lead ? `${options.lead}\n${note}` : [note, ...sections.map((section) => section.text)].join('\n\n'),
    facts: sections.flatMap((section) => section.facts.map((fact) => ({ ...fact, label: `${fact.label} (${section.currency})` }))),
    ...(table ? { table } : {}),
    followUps: first.followUps,
    context: first.context,
  };
}

/**
 * The currencies' tables one under the other, when they have the same columns; otherwise none:
 * rows under another table's column labels would name the wrong series.
 */
function joinTables(tables: Table[]): Table | undefined {
  const [first] = tables;
  if (!first || tables.some((table) => JSON.stringify(table.columns) !== JSON.stringify(first.columns))) return undefined;
  return {
    columns: first.columns,
    rows: tables.flatMap((table) => table.rows),
    totalRows: tables.reduce((count, table) => count + table.totalRows, 0),
  };
}
