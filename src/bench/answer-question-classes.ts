// The question classes the answer benchmark asks, each with the same aggregate written by hand as
// one SQL query on the raw rows: the floor a user could reach without Ledgerline.

/** Every spend line on the raw rows: invoice lines by billing period, FOCUS rows by charge period. */
const rawSpend = `
  SELECT l."vendorId", l."periodStart"::timestamp AS at, l."amount" AS cost FROM "InvoiceLine" l
  UNION ALL
  SELECT c."vendorId", c."chargePeriodStart" AS at, c."billedCost" AS cost FROM "CostRecord" c`;

export interface QuestionClass {
  name: string;
  questions: string[];
  /** The class's aggregate written by hand as one SQL query on the raw rows. */
  floorSql: string;
}

export const questionClasses: QuestionClass[] = [
  {
    name: 'spend, one vendor and period',
    questions: ['What did we pay AT&T last quarter?', 'Verizon Wireless bill for September', 'AWS spend in Q3', 'Azure spend last month'],
    floorSql: `SELECT sum(l."amount") FROM "InvoiceLine" l JOIN "Vendor" v ON v."id" = l."vendorId"
               WHERE v."name" = 'AT&T' AND l."periodStart" >= '2026-07-01' AND l."periodStart" < '2026-10-01'`,
  },
  {
    name: 'spend, everything in a month',
    questions: ['What did we spend last month?', 'Total spend in October 2026', 'Cloud spend last month'],
    floorSql: `SELECT sum(cost) FROM (${rawSpend}) spend WHERE at >= '2026-10-01' AND at < '2026-11-01'`,
  },
  {
    name: 'ranking by vendor',
    questions: ['Top 5 vendors by spend this year', 'Spend by vendor last month', 'Spend by domain last quarter'],
    floorSql: `SELECT "vendorId", sum(cost) AS total FROM (${rawSpend}) spend
               WHERE at >= '2026-01-01' AND at < '2026-11-27' GROUP BY "vendorId" ORDER BY total DESC LIMIT 5`,
  },
  {
    name: 'monthly trend',
    questions: ['Show the monthly spend trend', 'Monthly AWS spend YTD', 'AT&T monthly spend'],
    floorSql: `SELECT date_trunc('month', at) AS month, sum(cost) FROM (${rawSpend}) spend
               WHERE at >= '2025-11-01' AND at < '2026-11-01' GROUP BY 1 ORDER BY 1`,
  },
  {
    name: 'compare two periods',
    questions: ['September vs October spend', 'Why did Azure go up in October?', 'Q3 vs Q2 spend'],
    floorSql: `SELECT "vendorId", sum(cost) FILTER (WHERE at >= '2026-10-01') AS october, sum(cost) FILTER (WHERE at < '2026-10-01') AS september
               FROM (${rawSpend}) spend WHERE at >= '2026-09-01' AND at < '2026-11-01' GROUP BY "vendorId"`,
  },
  {
    name: 'inventory count',
    questions: ['How many active mobile lines do we have?', 'How many circuits in Denver?', 'How many Verizon lines do we have?'],
    floorSql: `SELECT count(*) FROM "Service" WHERE "type" = 'mobile_line' AND "status" = 'active'`,
  },
  {
    name: 'growth ranking',
    questions: [
      'Which cost center grew the most last month?',
      'which vendors shrank the most q3 vs q2',
      'biggest movers by vendor in October',
    ],
    floorSql: `SELECT "vendorId", sum(cost) FILTER (WHERE at >= '2026-10-01') - sum(cost) FILTER (WHERE at < '2026-10-01') AS change
               FROM (${rawSpend}) spend WHERE at >= '2026-09-01' AND at < '2026-11-01' GROUP BY "vendorId" ORDER BY change DESC LIMIT 5`,
  },
  {
    name: 'run-rate and forecast',
    questions: ['annual run-rate for Salesforce', 'forecast AWS for this month', 'projected spend to year end'],
    floorSql: `SELECT sum(cost) * 12 FROM (${rawSpend}) spend WHERE at >= '2026-10-01' AND at < '2026-11-01'`,
  },
  {
    name: 'unit costs and sorted lines',
    questions: ['average cost per line for Verizon', '10 most expensive mobile lines', 'cost per circuit by location'],
    floorSql: `SELECT l."identifierKey", sum(l."amount") AS cost FROM "InvoiceLine" l JOIN "Service" s ON s."identifierKey" = l."identifierKey"
               WHERE s."type" = 'mobile_line' AND l."periodStart" >= '2026-10-01' AND l."periodStart" < '2026-11-01'
               GROUP BY 1 ORDER BY cost DESC LIMIT 10`,
  },
  {
    name: 'unallocated and realized savings',
    questions: ['how much cloud spend is unallocated', 'how much have we saved this year', 'unallocated spend last month'],
    floorSql: `SELECT sum(c."billedCost") FROM "CostRecord" c WHERE c."costCenterId" IS NULL AND c."chargePeriodStart" >= '2026-10-01' AND c."chargePeriodStart" < '2026-11-01'`,
  },
];
