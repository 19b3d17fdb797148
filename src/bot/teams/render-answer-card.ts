import type { Answer, Table } from '../../assistant/answer.js';
import type { AdaptiveCard, CardElement, Container, TableElement, TextBlock } from './adaptive-card.js';
import { askAction, createCard } from './adaptive-card.js';
import { chooseTableLayout } from './choose-table-layout.js';

// Answer → Adaptive Card 1.5. Reads only the neutral Answer: every figure was formatted by the
// assistant from a tool result; this file decides layout, never numbers.

/** Teams cards grow past the ~28 KB message limit quickly; long tables are cut with a note. */
const maximumTableRows = 15;
/** Rows shown as blocks take several lines each; fewer fit a message that still reads. */
const maximumRowBlocks = 10;
const maximumFollowUps = 4;

export interface AnswerCardOptions {
  /** A data: URI PNG of `answer.chart`, when one was rendered and fits. */
  chartImageUri?: string;
}

function headline(answer: Answer): TextBlock[] {
  const [firstLine = '', ...rest] = answer.text.split('\n').filter((line) => line.trim() !== '');
  const blocks: TextBlock[] = [{ type: 'TextBlock', text: firstLine, wrap: true, weight: 'Bolder', size: 'Medium' }];
  // With a table, the lines after the headline repeat its rows; the table below shows them.
  // Without one they are the answer ("It now receives: • budget alerts"), list rows included.
  const body = rest.filter((line) => !line.includes(' | '));
  if (body.length > 0 && !answer.table) blocks.push({ type: 'TextBlock', text: asMarkdown(body), wrap: true, spacing: 'Small' });
  return blocks;
}

/** Lines as card markdown: "• x" rows become one list, prose lines separate paragraphs. */
function asMarkdown(lines: string[]): string {
  const listRow = /^\s*[-•*]\s+/;
  return lines
    .map((line, index) => {
      const isRow = listRow.test(line);
      const item = isRow ? `- ${line.replace(listRow, '')}` : line;
      const previousIsRow = index > 0 && listRow.test(lines[index - 1] ?? '');
      return index === 0 ? item : `${isRow && previousIsRow ? '\n' : '\n\n'}${item}`;
    })
    .join('');
}

function headlineFigure(answer: Answer): CardElement[] {
  const [first, ...others] = answer.facts;
  if (!first) return [];
  const elements: CardElement[] = [
    { type: 'TextBlock', text: first.label, isSubtle: true, spacing: 'Medium', wrap: true },
    { type: 'TextBlock', text: first.value, size: 'ExtraLarge', weight: 'Bolder', spacing: 'None', wrap: true },
  ];
  if (others.length > 0) {
    elements.push({ type: 'FactSet', facts: others.map((fact) => ({ title: fact.label, value: fact.value })) });
  }
  return elements;
}

// Alignment comes from the column definition; cells stay minimal because a Teams message is
// capped at about 28 KB and a 15-row table is most of a card.
function cellText(text: string, isHeader: boolean): TextBlock {
  return { type: 'TextBlock', text: text === '' ? ' ' : text, wrap: true, ...(isHeader ? { weight: 'Bolder' as const } : {}) };
}

function gridElement(table: Table, rows: Table['rows'], widths: number[]): TableElement {
  return {
    type: 'Table',
    firstRowAsHeaders: true,
    gridStyle: 'accent',
    columns: table.columns.map((column, index) => ({
      width: widths[index] ?? 1,
      horizontalCellContentAlignment: column.align === 'right' ? 'Right' : 'Left',
    })),
    rows: [
      {
        type: 'TableRow',
        cells: table.columns.map((column) => ({ type: 'TableCell', items: [cellText(column.label, true)] })),
      },
      ...rows.map((row) => ({
        type: 'TableRow' as const,
        cells: table.columns.map((column) => ({
          type: 'TableCell' as const,
          items: [cellText(row[column.key] ?? '', false)],
        })),
      })),
    ],
  };
}

/** One block per row: the first column as its title, the others as facts (full values, wrapped). */
function rowBlocks(table: Table, rows: Table['rows']): Container[] {
  const [titleColumn, ...factColumns] = table.columns;
  return rows.map((row) => {
    const facts = factColumns
      .map((column) => ({ title: column.label, value: row[column.key] ?? '' }))
      .filter((fact) => fact.value.trim() !== '');
    const title = titleColumn ? (row[titleColumn.key] ?? '') : '';
    return {
      type: 'Container',
      separator: true,
      spacing: 'Medium',
      items: [
        { type: 'TextBlock', text: title.trim() === '' ? ' ' : title, weight: 'Bolder', wrap: true },
        ...(facts.length > 0 ? [{ type: 'FactSet' as const, facts, spacing: 'Small' as const }] : []),
      ],
    };
  });
}

function tableElements(table: Table): CardElement[] {
  const layout = chooseTableLayout({ ...table, rows: table.rows.slice(0, maximumTableRows) });
  const rows = table.rows.slice(0, layout.kind === 'table' ? maximumTableRows : maximumRowBlocks);
  const elements: CardElement[] = layout.kind === 'table' ? [gridElement(table, rows, layout.widths)] : rowBlocks(table, rows);
  if (table.totalRows > rows.length) {
    elements.push({
      type: 'TextBlock',
      text: `Showing ${rows.length} of ${table.totalRows} rows.`,
      isSubtle: true,
      size: 'Small',
      wrap: true,
    });
  }
  return elements;
}

/** "Period: Q3 2026 · Cost center: Sales · Data through 31 Oct 2026" */
export function contextLine(answer: Answer): string | undefined {
  const parts = [
    answer.context.source ? capitalize(answer.context.source) : undefined,
    answer.context.scope ? capitalize(answer.context.scope) : undefined,
    answer.context.period ? `Period: ${answer.context.period}` : undefined,
    answer.context.filters,
    answer.context.freshness ? `Data: ${answer.context.freshness}` : undefined,
  ].filter((part): part is string => Boolean(part && part.trim()));
  return parts.length > 0 ? parts.join(' · ') : undefined;
}

export function renderAnswerCard(answer: Answer, options: AnswerCardOptions = {}): AdaptiveCard {
  if (answer.clarification) {
    const { message, choices } = answer.clarification;
    return createCard(
      [{ type: 'TextBlock', text: message, wrap: true }],
      choices.slice(0, 6).map((choice) => askAction(choice)),
    );
  }
  const body: CardElement[] = [...headline(answer), ...headlineFigure(answer)];
  if (answer.table && answer.table.rows.length > 0) body.push(...tableElements(answer.table));
  if (answer.chart && options.chartImageUri) {
    body.push({ type: 'Image', url: options.chartImageUri, altText: answer.chart.title, size: 'Stretch' });
  }
  const context = contextLine(answer);
  if (context) body.push({ type: 'TextBlock', text: context, isSubtle: true, size: 'Small', wrap: true, spacing: 'Medium' });
  if (answer.plannedBy === 'offline-fallback') {
    body.push({
      type: 'TextBlock',
      text: 'The language model was unavailable; answered by the offline planner.',
      isSubtle: true,
      size: 'Small',
      wrap: true,
    });
  }
  return createCard(
    body,
    answer.followUps.slice(0, maximumFollowUps).map((question) => askAction(question, question, answer.stateId)),
  );
}

const capitalize = (text: string) => `${text.charAt(0).toUpperCase()}${text.slice(1)}`;
