import type { Table } from '../../assistant/answer.js';

// Adaptive Card tables give every column the same width unless told otherwise, and a narrow
// column breaks a word mid-word ("Contr act"). The layout is chosen from the data instead.

/**
 * How many characters of the default font one row of a card holds in the narrowest place Teams
 * shows a full-width card (a chat pane about 480 px wide). Column widths are planned against it.
 */
export const cardCharacterBudget = 56;
/** Characters a table cell loses to its padding and the grid line. */
const cellPadding = 2;
/** Beyond this many columns a row reads better as a title and its facts. */
const maximumTableColumns = 4;
/** A cell this long would wrap into a tall narrow column: rows become fact sets instead. */
const maximumCellLength = 40;
/** A column never asks for more than this much room for its longest cell. */
const widthCap = 30;

export type TableLayout =
  { kind: 'table'; /** One relative width per column (Adaptive Card `columns[].width`). */ widths: number[] } | { kind: 'rows' };

const longestWord = (text: string) => Math.max(0, ...text.split(/\s+/).map((word) => word.length));

/** Per column: the longest word (the least it may get) and the longest cell (what it would like). */
function measureColumns(table: Table): Array<{ longestWord: number; longestCell: number }> {
  return table.columns.map((column) => {
    const cells = [column.label, ...table.rows.map((row) => row[column.key] ?? '')];
    return { longestWord: Math.max(...cells.map(longestWord)), longestCell: Math.max(...cells.map((cell) => cell.length)) };
  });
}

/**
 * A table when it fits: at most four columns, no long cell, and every column's longest word fits
 * its share of the budget; widths give each column its longest word first, then share what is
 * left by how much more each would like. Otherwise one block per row (title + facts).
 */
export function chooseTableLayout(table: Table, budget: number = cardCharacterBudget): TableLayout {
  const columns = measureColumns(table);
  if (columns.length > maximumTableColumns || columns.some((column) => column.longestCell > maximumCellLength)) return { kind: 'rows' };
  const minimums = columns.map((column) => column.longestWord + cellPadding);
  const spare = budget - minimums.reduce((sum, width) => sum + width, 0);
  if (spare < 0) return { kind: 'rows' };
  const wishes = columns.map((column) => Math.max(0, Math.min(column.longestCell, widthCap) - column.longestWord));
  const totalWish = wishes.reduce((sum, wish) => sum + wish, 0);
  // Spare room beyond every wish is left unassigned: the widths are relative, so it spreads evenly.
  const shared = Math.min(spare, totalWish);
  const widths = minimums.map(
    (minimum, index) => minimum + (totalWish === 0 ? 0 : Math.floor((shared * (wishes[index] ?? 0)) / totalWish)),
  );
  return { kind: 'table', widths };
}
