import type { Answer, Table } from './answer.js';
import { formatCount } from '../domain/shared/format.js';

// Plain text for the console and the CLI: the prose, a compact aligned table, where the figures
// come from, and what to ask next. Slack and Teams have their own renderers over the same Answer.

const maximumRows = 20;
const maximumCellWidth = 40;

export function renderText(answer: Answer): string {
  const sections = [answer.text.trim()];
  if (answer.table && answer.table.rows.length > 0) sections.push(renderTable(answer.table));
  const contextLine = renderContext(answer.context);
  if (contextLine) sections.push(contextLine);
  // A clarification already lists its choices in the text.
  if (answer.followUps.length > 0 && !answer.clarification) {
    sections.push(`You could ask: ${answer.followUps.map((followUp) => `"${followUp}"`).join(' · ')}`);
  }
  return sections.join('\n\n');
}

function renderTable(table: Table): string {
  const rows = table.rows.slice(0, maximumRows);
  const cell = (value: string | undefined) => clip((value ?? '').replace(/\s+/g, ' '));
  const widths = table.columns.map((column) => Math.max(column.label.length, ...rows.map((row) => cell(row[column.key]).length)));
  const line = (values: string[]) =>
    values
      .map((value, index) => {
        const width = widths[index] ?? value.length;
        return table.columns[index]?.align === 'right' ? value.padStart(width) : value.padEnd(width);
      })
      .join('  ')
      .trimEnd();
  const lines = [
    line(table.columns.map((column) => column.label)),
    line(widths.map((width) => '-'.repeat(width))),
    ...rows.map((row) => line(table.columns.map((column) => cell(row[column.key])))),
  ];
  const total = Math.max(table.totalRows, table.rows.length);
  if (rows.length < total) lines.push(`(showing ${formatCount(rows.length)} of ${formatCount(total)})`);
  return lines.join('\n');
}

function clip(value: string): string {
  return value.length > maximumCellWidth ? `${value.slice(0, maximumCellWidth - 1)}…` : value;
}

function renderContext(context: Answer['context']): string | undefined {
  const parts = [
    context.source ? capitalize(context.source) : undefined,
    context.scope ? capitalize(context.scope) : undefined,
    context.period ? `Period: ${context.period}` : undefined,
    context.filters ? `Filters: ${context.filters}` : undefined,
    context.freshness ? `Data: ${context.freshness}` : undefined,
  ].filter((part): part is string => part !== undefined);
  return parts.length > 0 ? parts.join(' · ') : undefined;
}

const capitalize = (text: string) => `${text.charAt(0).toUpperCase()}${text.slice(1)}`;
