// The platform-neutral answer. Renderers (plain text, Block Kit, Adaptive Cards) read only this.
// Every figure in `text`, `facts`, `table` and `chart` comes from a tool result.

export interface Fact {
  label: string;
  /** Already formatted for reading, e.g. "USD 1,234.56" or "2,013". */
  value: string;
  /** The exact value behind it (decimal string), for machines. */
  raw?: string;
  currency?: string;
  unit?: string;
}

export interface TableColumn {
  key: string;
  label: string;
  align?: 'left' | 'right';
}

export interface Table {
  columns: TableColumn[];
  rows: Array<Record<string, string>>;
  /** Rows behind the table, which may be more than are shown. */
  totalRows: number;
}

export interface ChartSeries {
  name: string;
  /** Decimal strings aligned with `ChartSpec.categories`. */
  values: string[];
}

export interface ChartSpec {
  kind: 'line' | 'bar';
  title: string;
  categories: string[];
  series: ChartSeries[];
  /** Unit or currency of the values, for the axis label. */
  unit: string;
}

export interface ToolCallRecord {
  name: string;
  arguments: unknown;
  result?: unknown;
  error?: { code: string; message: string };
  durationMs: number;
}

export interface AnswerContext {
  period?: string;
  filters?: string;
  freshness?: string;
  /** Set when the figures cover only the viewer's cost centers: "in your cost centers CC-410, CC-520". */
  scope?: string;
  /** "demo data" while the database holds only the demo enterprise. */
  source?: string;
}

export interface Answer {
  /** Exactly what a person reads on a plain-text surface. */
  text: string;
  /** The headline figure(s). */
  facts: Fact[];
  table?: Table;
  chart?: ChartSpec;
  toolCalls: ToolCallRecord[];
  /** Questions the person may ask next; buttons on Slack and Teams. */
  followUps: string[];
  context: AnswerContext;
  /** Who planned the tool calls; "offline-fallback" when the LLM failed and the reply says so. */
  plannedBy: 'offline' | 'llm' | 'offline-fallback';
  /** The conversation state this answer left; follow-up buttons carry it back as AskInput.followUpOf. */
  stateId?: string;
  /** Set when the question was not understood well enough to compute anything. */
  clarification?: { message: string; choices: string[] };
}
