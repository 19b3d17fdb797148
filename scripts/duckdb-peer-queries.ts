// The DuckDB peer of the answer benchmark (issue 19 item 4): for each question class, one
// question Ledgerline is asked and the same question as one DuckDB query over the files the demo
// writes (FOCUS exports and carrier invoice CSVs, the inventory CSV), with how to read the figures
// out of both answers so the comparison can check they agree to the cent.
import { Decimal } from '../src/domain/shared/decimal.js';

/** Where the peer reads its rows: the exported CSV files each time, or Parquet converted once. */
export type PeerSource = 'csv' | 'parquet';

/** The Parquet files the CSV exports are converted to once (converted with `COPY … TO`). */
export function parquetConversions(filesDir: string, parquetDir: string): Array<{ name: string; sql: string }> {
  return [
    {
      name: 'focus',
      // ChargeDay is the charge period's UTC date, typed once here instead of parsed per query.
      sql: `COPY (SELECT *, CAST(left(ChargePeriodStart, 10) AS DATE) AS ChargeDay FROM ${focusCsv(filesDir)}) TO '${parquetDir}/focus.parquet' (FORMAT parquet)`,
    },
    { name: 'invoices', sql: `COPY (SELECT * FROM ${invoicesCsv(filesDir)}) TO '${parquetDir}/invoices.parquet' (FORMAT parquet)` },
    { name: 'inventory', sql: `COPY (SELECT * FROM ${inventoryCsv(filesDir)}) TO '${parquetDir}/inventory.parquet' (FORMAT parquet)` },
  ];
}

// Money is read as DECIMAL, never DOUBLE, so sums are exact as Ledgerline's numeric ones are.
const focusCsv = (filesDir: string) =>
  `read_csv('${filesDir}/focus-*.csv', header = true, types = {'BilledCost': 'DECIMAL(38,10)', 'ChargePeriodStart': 'VARCHAR', 'BillingAccountId': 'VARCHAR', 'SubAccountId': 'VARCHAR'})`;
const invoicesCsv = (filesDir: string) =>
  `read_csv('${filesDir}/invoices-*.csv', header = true, types = {'amount': 'DECIMAL(38,10)', 'period_start': 'DATE', 'identifier': 'VARCHAR', 'account': 'VARCHAR', 'invoice_number': 'VARCHAR'})`;
const inventoryCsv = (filesDir: string) => `read_csv('${filesDir}/inventory.csv', header = true, all_varchar = true)`;

/**
 * The views every peer query reads: FOCUS rows by charge day, invoice lines by billing period (the
 * days Ledgerline files them under), both as `spend`, and the inventory. Views only name the
 * columns; each query still reads the files.
 */
export function peerViews(source: PeerSource, filesDir: string, parquetDir: string): string[] {
  const focus =
    source === 'csv'
      ? `SELECT ProviderName AS vendor, CAST(left(ChargePeriodStart, 10) AS DATE) AS day, BilledCost AS cost FROM ${focusCsv(filesDir)}`
      : `SELECT ProviderName AS vendor, ChargeDay AS day, BilledCost AS cost FROM read_parquet('${parquetDir}/focus.parquet')`;
  const invoices = source === 'csv' ? invoicesCsv(filesDir) : `read_parquet('${parquetDir}/invoices.parquet')`;
  const inventory = source === 'csv' ? inventoryCsv(filesDir) : `read_parquet('${parquetDir}/inventory.parquet')`;
  return [
    `CREATE OR REPLACE VIEW focus AS ${focus}`,
    `CREATE OR REPLACE VIEW invoice_lines AS SELECT vendor, period_start AS day, amount AS cost, identifier FROM ${invoices}`,
    `CREATE OR REPLACE VIEW spend AS SELECT vendor, day, cost FROM invoice_lines UNION ALL SELECT vendor, day, cost FROM focus`,
    `CREATE OR REPLACE VIEW inventory AS SELECT * FROM ${inventory}`,
  ];
}

interface ToolCallLike {
  name: string;
  result?: unknown;
}

export interface PeerQuestion {
  /** The answer benchmark's class (answer-question-classes.ts). */
  className: string;
  /** One of the class's questions, asked of Ledgerline. */
  question: string;
  /** The same question as one DuckDB query; amounts come back as text so no figure passes through a float. */
  duckdbSql: string;
  /** The figures of Ledgerline's answer, one line each ("key amount"), amounts to the cent. */
  ledgerlineFigures(toolCalls: ToolCallLike[]): string[];
}

const cents = (amount: unknown) => new Decimal(String(amount)).toFixed(2);

/** The result of the answer's call of `tool`, or an error naming what the answer called instead. */
function resultOf<Result>(toolCalls: ToolCallLike[], tool: string): Result {
  const call = toolCalls.find((candidate) => candidate.name === tool);
  if (!call?.result)
    throw new Error(`expected a ${tool} call, the answer made ${toolCalls.map((candidate) => candidate.name).join(', ') || 'none'}`);
  return call.result as Result;
}

/** DuckDB's rows as the same "key amount" lines (every column but the last is the key). */
export function duckdbFigures(rows: Array<Array<unknown>>): string[] {
  return rows.map((row) => [...row.slice(0, -1).map(String), cents(row[row.length - 1])].join(' '));
}

export const peerQuestions: PeerQuestion[] = [
  {
    className: 'spend, one vendor and period',
    question: 'AWS spend in Q3',
    duckdbSql: `SELECT sum(cost)::VARCHAR FROM spend WHERE vendor = 'AWS' AND day >= DATE '2026-07-01' AND day < DATE '2026-10-01'`,
    ledgerlineFigures: (calls) => [cents(resultOf<{ total: string }>(calls, 'get_spend').total)],
  },
  {
    className: 'spend, everything in a month',
    question: 'Total spend in October 2026',
    duckdbSql: `SELECT sum(cost)::VARCHAR FROM spend WHERE day >= DATE '2026-10-01' AND day < DATE '2026-11-01'`,
    ledgerlineFigures: (calls) => [cents(resultOf<{ total: string }>(calls, 'get_spend').total)],
  },
  {
    className: 'ranking by vendor',
    question: 'Top 5 vendors by spend this year',
    duckdbSql: `SELECT vendor, sum(cost)::VARCHAR FROM spend WHERE day >= DATE '2026-01-01' AND day < DATE '2026-11-27'
                GROUP BY vendor ORDER BY sum(cost) DESC, vendor LIMIT 5`,
    ledgerlineFigures: (calls) =>
      resultOf<{ breakdown: Array<{ key: string; amount: string }> }>(calls, 'get_spend').breakdown.map(
        (row) => `${row.key} ${cents(row.amount)}`,
      ),
  },
  {
    className: 'monthly trend',
    question: 'Show the monthly spend trend',
    duckdbSql: `SELECT strftime(date_trunc('month', day), '%Y-%m-%d'), sum(cost)::VARCHAR FROM spend WHERE day >= DATE '2025-11-01' AND day < DATE '2026-11-01'
                GROUP BY 1 ORDER BY 1`,
    ledgerlineFigures: (calls) =>
      resultOf<{ points: Array<{ bucket: string; amount: string }> }>(calls, 'get_spend_trend').points.map(
        (point) => `${point.bucket} ${cents(point.amount)}`,
      ),
  },
  {
    className: 'compare two periods',
    question: 'September vs October spend',
    duckdbSql: `SELECT CASE WHEN day < DATE '2026-10-01' THEN 'previous' ELSE 'current' END AS side, sum(cost)::VARCHAR
                FROM spend WHERE day >= DATE '2026-09-01' AND day < DATE '2026-11-01' GROUP BY side ORDER BY side`,
    ledgerlineFigures: (calls) => {
      const result = resultOf<{ previous: string; current: string }>(calls, 'compare_spend');
      return [`current ${cents(result.current)}`, `previous ${cents(result.previous)}`];
    },
  },
  {
    className: 'inventory count',
    question: 'How many active mobile lines do we have?',
    duckdbSql: `SELECT count(*)::VARCHAR FROM inventory WHERE type = 'mobile_line' AND status = 'active'`,
    ledgerlineFigures: (calls) => [cents(resultOf<{ count: number }>(calls, 'count_services').count)],
  },
  {
    className: 'growth ranking',
    question: 'biggest movers by vendor in October',
    duckdbSql: `SELECT vendor, (sum(cost) FILTER (WHERE day >= DATE '2026-10-01') - sum(cost) FILTER (WHERE day < DATE '2026-10-01'))::VARCHAR AS change
                FROM spend WHERE day >= DATE '2026-09-01' AND day < DATE '2026-11-01'
                GROUP BY vendor HAVING change::DECIMAL(38,10) > 0 ORDER BY change::DECIMAL(38,10) DESC, vendor LIMIT 5`,
    ledgerlineFigures: (calls) =>
      resultOf<{ rows: Array<{ key: string; change: string }> }>(calls, 'rank_spend_changes').rows.map(
        (row) => `${row.key} ${cents(row.change)}`,
      ),
  },
  {
    className: 'unit costs and sorted lines',
    question: '10 most expensive mobile lines',
    duckdbSql: `SELECT l.identifier, sum(l.cost)::VARCHAR FROM invoice_lines l JOIN inventory s ON s.identifier = l.identifier
                WHERE s.type = 'mobile_line' AND l.day >= DATE '2026-10-01' AND l.day < DATE '2026-11-01'
                GROUP BY l.identifier ORDER BY sum(l.cost) DESC, l.identifier LIMIT 10`,
    ledgerlineFigures: (calls) =>
      resultOf<{ services: Array<{ identifier: string; value: string }> }>(calls, 'rank_services').services.map(
        (service) => `${service.identifier} ${cents(service.value)}`,
      ),
  },
];
