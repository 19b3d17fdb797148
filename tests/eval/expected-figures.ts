import type { PrismaClient } from '../../src/db/generated/client.js';
import { Prisma } from '../../src/db/generated/client.js';
import type { DemoAnswerKey } from '../../src/demo/demo-answer-key.js';
import { Decimal } from '../../src/domain/shared/decimal.js';
import { formatCount, formatDate, formatMoney } from '../../src/domain/shared/format.js';
import { expectedForecast } from '../support/expected-forecast.js';
import type { Expectation, Range } from './questions.js';

// Expected figures, computed without the tools: plain SQL over the raw tables (invoice lines
// and FOCUS cost records, not the rollups the tools read) or the demo generator's answer key.
// Each returns the strings a right answer must show.

export interface ExpectedText {
  mustContain: string[];
  /** The headline figure the answer opens with. */
  startsWith?: string;
}

const money = (amount: Decimal | string) => formatMoney(new Decimal(amount), 'USD');
const asOf = new Date('2026-11-26T00:00:00Z');
const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

async function rawSpend(
  prisma: PrismaClient,
  period: Range,
  filters: { vendors?: string[]; domains?: string[]; serviceNames?: string[]; serviceCategories?: string[] },
): Promise<Decimal> {
  // FOCUS service names and categories exist only on cloud and SaaS rows.
  const isFocusOnly = Boolean(filters.serviceNames || filters.serviceCategories);
  const invoiceCondition = isFocusOnly ? Prisma.sql`FALSE` : Prisma.sql`TRUE`;
  const serviceCondition = Prisma.join(
    [
      filters.serviceNames ? Prisma.sql`c."serviceName" IN (${Prisma.join(filters.serviceNames)})` : Prisma.sql`TRUE`,
      filters.serviceCategories ? Prisma.sql`c."serviceCategory" IN (${Prisma.join(filters.serviceCategories)})` : Prisma.sql`TRUE`,
    ],
    ' AND ',
  );
  const vendorCondition = filters.vendors ? Prisma.sql`v.name IN (${Prisma.join(filters.vendors)})` : Prisma.sql`TRUE`;
  const domainCondition = filters.domains ? Prisma.sql`v.domain::text IN (${Prisma.join(filters.domains)})` : Prisma.sql`TRUE`;
  const rows = await prisma.$queryRaw<Array<{ invoices: string | null; focus: string | null }>>`
    SELECT
      (SELECT sum(l.amount)::text FROM "InvoiceLine" l JOIN "Vendor" v ON v.id = l."vendorId"
        WHERE l."periodStart" >= ${day(period[0])} AND l."periodStart" < ${day(period[1])} AND ${vendorCondition} AND ${domainCondition} AND ${invoiceCondition}) AS invoices,
      (SELECT sum(c."billedCost")::text FROM "CostRecord" c JOIN "Vendor" v ON v.id = c."vendorId"
        WHERE c."chargePeriodStart" >= ${day(period[0])} AND c."chargePeriodStart" < ${day(period[1])} AND ${vendorCondition} AND ${domainCondition} AND ${serviceCondition}) AS focus`;
  return new Decimal(rows[0]?.invoices ?? 0).plus(rows[0]?.focus ?? 0);
}

async function rawRanking(
  prisma: PrismaClient,
  period: Range,
  dimension: 'vendor' | 'domain',
  domains?: string[],
): Promise<Array<{ label: string; amount: Decimal }>> {
  const label = dimension === 'vendor' ? Prisma.sql`v.name` : Prisma.sql`v.domain::text`;
  const domainCondition = domains ? Prisma.sql`v.domain::text IN (${Prisma.join(domains)})` : Prisma.sql`TRUE`;
  const rows = await prisma.$queryRaw<Array<{ label: string; amount: string }>>`
    SELECT label, sum(amount)::text AS amount FROM (
      SELECT ${label} AS label, l.amount AS amount FROM "InvoiceLine" l JOIN "Vendor" v ON v.id = l."vendorId"
        WHERE l."periodStart" >= ${day(period[0])} AND l."periodStart" < ${day(period[1])} AND ${domainCondition}
      UNION ALL
      SELECT ${label}, c."billedCost" FROM "CostRecord" c JOIN "Vendor" v ON v.id = c."vendorId"
        WHERE c."chargePeriodStart" >= ${day(period[0])} AND c."chargePeriodStart" < ${day(period[1])} AND ${domainCondition}
    ) spend GROUP BY label ORDER BY sum(amount) DESC`;
  return rows.map((row) => ({ label: row.label, amount: new Decimal(row.amount) }));
}

async function rawServices(
  prisma: PrismaClient,
  expectation: { types: string[]; activeOnly: boolean; cities?: string[]; locations?: string[]; vendors?: string[]; costCenter?: string },
) {
  const conditions = [Prisma.sql`s.type::text IN (${Prisma.join(expectation.types)})`];
  if (expectation.activeOnly) conditions.push(Prisma.sql`s.status = 'active'`);
  if (expectation.cities) conditions.push(Prisma.sql`loc.city IN (${Prisma.join(expectation.cities)})`);
  if (expectation.locations) conditions.push(Prisma.sql`loc.name IN (${Prisma.join(expectation.locations)})`);
  if (expectation.vendors) conditions.push(Prisma.sql`v.name IN (${Prisma.join(expectation.vendors)})`);
  if (expectation.costCenter) conditions.push(Prisma.sql`cc.code = ${expectation.costCenter}`);
  const rows = await prisma.$queryRaw<Array<{ count: number; cost: string | null }>>`
    SELECT count(*)::int AS count, sum(s."monthlyCost")::text AS cost FROM "Service" s
    JOIN "Vendor" v ON v.id = s."vendorId" LEFT JOIN "Location" loc ON loc.id = s."locationId" LEFT JOIN "CostCenter" cc ON cc.id = s."costCenterId"
    WHERE ${Prisma.join(conditions, ' AND ')}`;
  return { count: rows[0]?.count ?? 0, cost: new Decimal(rows[0]?.cost ?? 0) };
}

const monthsOf = (period: Range): string[] => {
  const months: string[] = [];
  for (
    let cursor = day(period[0]);
    cursor < day(period[1]);
    cursor = new Date(Date.UTC(cursor.getUTCFullYear(), cursor.getUTCMonth() + 1, 1))
  )
    months.push(cursor.toISOString().slice(0, 7));
  return months;
};

export async function expectedText(
  expectation: Expectation,
  prisma: PrismaClient,
  answerKey: DemoAnswerKey,
  lines: Record<'line' | 'otherLine', string>,
): Promise<ExpectedText> {
  switch (expectation.kind) {
    case 'spend':
      return { mustContain: [money(await rawSpend(prisma, expectation.period, expectation))] };
    case 'spend_ranking': {
      const ranking = await rawRanking(prisma, expectation.period, expectation.dimension, expectation.domains);
      return { mustContain: ranking.slice(0, expectation.show).map((row) => `${row.label}: ${money(row.amount)}`) };
    }
    case 'cost_center_spend': {
      const total = answerKey.spend.byCostCenterMonth
        .filter((row) => row.costCenter === expectation.costCenter && expectation.months.includes(row.month))
        .reduce((sum, row) => sum.plus(row.total), new Decimal(0));
      return { mustContain: [money(total)] };
    }
    case 'location_spend': {
      const total = answerKey.spend.telecomByLocationMonth
        .filter((row) => expectation.locations.includes(row.location) && expectation.months.includes(row.month))
        .reduce((sum, row) => sum.plus(row.amount), new Decimal(0));
      return { mustContain: [money(total)] };
    }
    case 'compare': {
      const current = await rawSpend(prisma, expectation.period, expectation);
      const previous = await rawSpend(prisma, expectation.comparedTo, expectation);
      return { mustContain: [money(current), money(previous), money(current.minus(previous).abs())] };
    }
    case 'trend': {
      const months = monthsOf(expectation.period);
      const figures: string[] = [];
      for (const month of expectation.check) {
        if (!months.includes(month)) continue;
        const start = `${month}-01`;
        const next = new Date(Date.UTC(Number(month.slice(0, 4)), Number(month.slice(5, 7)), 1)).toISOString().slice(0, 10);
        figures.push(money(await rawSpend(prisma, [start, next], expectation)));
      }
      return { mustContain: figures };
    }
    case 'count':
      return { mustContain: [], startsWith: `${formatCount((await rawServices(prisma, expectation)).count)} ` };
    case 'list': {
      const services = await rawServices(prisma, expectation);
      return { mustContain: [money(services.cost)], startsWith: `${formatCount(services.count)} ` };
    }
    case 'find': {
      const rows = await prisma.$queryRaw<
        Array<{ assignee: string | null }>
      >`SELECT assignee FROM "Service" WHERE identifier = ${lines[expectation.line]}`;
      return { mustContain: rows.map((row) => row.assignee ?? 'unassigned') };
    }
    case 'notice': {
      const due = answerKey.noticeDeadlines.filter(
        (deadline) => deadline.daysFromAsOf >= 0 && deadline.daysFromAsOf <= expectation.withinDays,
      );
      return {
        mustContain: [
          `${due.length} contract`,
          ...due.map((deadline) => `${formatDate(deadline.noticeDeadline)}`),
          ...due.map((deadline) => deadline.contractId),
        ],
      };
    }
    case 'ending': {
      const until = new Date(asOf.getTime() + expectation.withinDays * 86_400_000);
      const rows = await prisma.$queryRaw<Array<{ externalId: string }>>`
        SELECT "externalId" FROM "Contract" WHERE "endDate" >= ${asOf} AND "endDate" <= ${until}`;
      return { mustContain: [`${rows.length} active contract`, ...rows.map((row) => row.externalId)] };
    }
    case 'contract': {
      const rows = await prisma.$queryRaw<Array<{ endDate: Date; externalId: string }>>`
        SELECT c."endDate", c."externalId" FROM "Contract" c JOIN "Vendor" v ON v.id = c."vendorId" WHERE v.name = ${expectation.vendor}`;
      return { mustContain: rows.flatMap((row) => [row.externalId, `ends ${formatDate(row.endDate.toISOString())}`]) };
    }
    case 'commitment': {
      const rows = await prisma.$queryRaw<Array<{ startDate: Date; committed: string; vendorId: number }>>`
        SELECT c."startDate", c."committedAnnual"::text AS committed, c."vendorId" FROM "Contract" c JOIN "Vendor" v ON v.id = c."vendorId"
        WHERE v.name = ${expectation.vendor} AND c."committedAnnual" IS NOT NULL AND c."startDate" <= ${asOf} AND c."endDate" >= ${asOf}`;
      const figures: string[] = [];
      for (const row of rows) {
        let yearStart = row.startDate;
        const nextYear = (date: Date) => new Date(Date.UTC(date.getUTCFullYear() + 1, date.getUTCMonth(), date.getUTCDate()));
        while (nextYear(yearStart) <= asOf) yearStart = nextYear(yearStart);
        const actual = await rawSpend(prisma, [yearStart.toISOString().slice(0, 10), '2026-11-27'], { vendors: [expectation.vendor] });
        figures.push(money(row.committed), money(actual));
      }
      return { mustContain: figures };
    }
    case 'budget': {
      const month = answerKey.budgets[expectation.month];
      const row = month.rows.find((candidate) => candidate.costCenter === expectation.costCenter)!;
      if (expectation.month !== 'asOfMonth') return { mustContain: [money(row.actual), money(row.budget)] };
      // This month's projection by how each bill arrives (issue 17), from the raw rows.
      const monthStart = new Date(Date.UTC(asOf.getUTCFullYear(), asOf.getUTCMonth(), 1));
      const projection = await expectedForecast(prisma, {
        asOf,
        horizonStart: monthStart,
        horizonEnd: new Date(Date.UTC(asOf.getUTCFullYear(), asOf.getUTCMonth() + 1, 1)),
        condition: Prisma.sql`r."costCenterId" = (SELECT id FROM "CostCenter" WHERE code = ${expectation.costCenter})`,
        costCenterTagKeys: ['cost-center'],
      });
      return { mustContain: [money(row.actual), money(projection.actual), money(row.budget), money(projection.total)] };
    }
    case 'usage': {
      const rows = await prisma.$queryRaw<Array<{ minutes: number; messages: number }>>`
        SELECT sum("voiceMinutes")::int AS minutes, sum(messages)::int AS messages FROM "MobileUsage"
        WHERE identifier = ${lines[expectation.line]} AND period >= (SELECT max(period) - interval '2 months' FROM "MobileUsage")`;
      return { mustContain: [`${formatCount(rows[0]?.minutes ?? 0)} voice minutes`, `${formatCount(rows[0]?.messages ?? 0)} messages`] };
    }
    case 'line_charges': {
      const rows = await prisma.$queryRaw<Array<{ amount: string | null }>>`
        SELECT sum(l.amount)::text AS amount FROM "InvoiceLine" l
        WHERE l."identifierKey" = regexp_replace(lower(${lines[expectation.line]}), '[^a-z0-9]', '', 'g')
          AND l."periodStart" >= ${expectation.period[0]}::date AND l."periodStart" < ${expectation.period[1]}::date`;
      return { mustContain: [`was billed ${formatMoney(rows[0]?.amount ?? '0', 'USD')}`] };
    }
    case 'zero_usage': {
      const rows = await prisma.$queryRaw<Array<{ count: number }>>`
        WITH window_start AS (SELECT (max(period) - make_interval(months => ${expectation.months - 1}))::date AS start FROM "MobileUsage")
        SELECT count(*)::int AS count FROM "Service" s, window_start w
        WHERE s.type = 'mobile_line' AND s.status = 'active' AND (s."startDate" IS NULL OR s."startDate" < w.start)
          AND NOT EXISTS (SELECT 1 FROM "MobileUsage" u WHERE u."identifierKey" = s."identifierKey" AND u.period >= w.start
            AND (u."dataMb" > 0 OR u."voiceMinutes" > 0 OR u.messages > 0))`;
      return { mustContain: [`${formatCount(rows[0]?.count ?? 0)} active mobile line`] };
    }
    case 'clarify':
      return { mustContain: expectation.mentions ? [expectation.mentions] : [] };
    case 'audit': {
      const findings = plantedBillingErrors(answerKey).filter(
        (finding) =>
          (!expectation.vendors || expectation.vendors.includes(finding.vendor)) &&
          (!expectation.months || expectation.months.includes(finding.month)),
      );
      const total = findings.reduce((sum, finding) => sum.plus(finding.amount), new Decimal(0));
      return { mustContain: [`${formatCount(findings.length)} billing error`, `${money(total)} overbilled`] };
    }
    case 'billed_after_disconnect': {
      const planted = answerKey.findings.disconnectedStillBilled;
      const total = planted.reduce((sum, item) => sum.plus(item.total), new Decimal(0));
      return {
        mustContain: [
          `${formatCount(planted.length)} disconnected service`,
          `${money(total)} paid after disconnect`,
          ...planted.map((item) => item.identifier),
        ],
      };
    }
    case 'zero_usage_savings': {
      const idle = answerKey.findings.zeroUsageLines.filter((line) => line.zeroMonths >= 3);
      const monthly = idle.reduce((sum, line) => sum.plus(line.monthlyCost), new Decimal(0));
      return { mustContain: [`Mobile lines with no usage: ${formatCount(idle.length)}, ${money(monthly)} a month`] };
    }
    case 'disputes': {
      // The eval opens one dispute per vendor and invoice with billing errors, as the disputes command does.
      const invoices = new Map<string, Decimal>();
      for (const finding of plantedBillingErrors(answerKey)) {
        if (expectation.vendors && !expectation.vendors.includes(finding.vendor)) continue;
        const key = `${finding.vendor}|${finding.invoiceNumber}`;
        invoices.set(key, (invoices.get(key) ?? new Decimal(0)).plus(finding.amount));
      }
      const total = [...invoices.values()].reduce((sum, amount) => sum.plus(amount), new Decimal(0));
      return { mustContain: [`${money(total)} disputed`], startsWith: `${formatCount(invoices.size)} ` };
    }
    case 'alerts': {
      const statuses = expectation.statuses ?? ['pending', 'sent', 'failed'];
      const rows = await prisma.$queryRaw<
        Array<{ count: number }>
      >`SELECT count(*)::int AS count FROM "Alert" WHERE status::text IN (${Prisma.join(statuses)})`;
      const count = rows[0]?.count ?? 0;
      return { mustContain: [`${formatCount(count)} ${expectation.statuses ? `${expectation.statuses.join(' or ')} ` : ''}alert`] };
    }
    case 'subscription': {
      const rows = await prisma.$queryRaw<
        Array<{ alertKinds: string[] }>
      >`SELECT "alertKinds" FROM "Subscription" WHERE platform = 'console' AND "channelId" = 'console'`;
      const stored = rows[0]?.alertKinds ?? [];
      const missing = expectation.kinds.filter((kind) => !stored.includes(kind));
      if (missing.length > 0) return { mustContain: [`(subscription to ${missing.join(', ')} not stored)`] };
      return { mustContain: [...(expectation.costCenters ?? []), ...(expectation.isDigest ? ['digest'] : [])] };
    }
    case 'unsubscribed': {
      const rows = await prisma.$queryRaw<
        Array<{ count: number }>
      >`SELECT count(*)::int AS count FROM "Subscription" WHERE platform = 'console' AND "channelId" = 'console'`;
      return { mustContain: rows[0]?.count === 0 ? [] : ['(subscription still stored)'] };
    }
    case 'planned':
      return { mustContain: [] };
  }
}

/** Every billing error the generator planted, one per invoice: what the audit must find. */
function plantedBillingErrors(answerKey: DemoAnswerKey): Array<{ vendor: string; invoiceNumber: string; month: string; amount: string }> {
  const { overbilling, duplicateCharges, disconnectedStillBilled } = answerKey.findings;
  return [
    ...overbilling.flatMap((item) =>
      item.months.map((month) => ({
        vendor: item.vendor,
        invoiceNumber: month.invoiceNumber,
        month: month.month,
        amount: item.excessPerMonth,
      })),
    ),
    ...duplicateCharges.map((item) => ({ vendor: item.vendor, invoiceNumber: item.invoiceNumber, month: item.month, amount: item.amount })),
    ...disconnectedStillBilled.flatMap((item) =>
      item.months.map((month) => ({
        vendor: item.vendor,
        invoiceNumber: month.invoiceNumber,
        month: month.month,
        amount: item.monthlyAmount,
      })),
    ),
  ];
}
