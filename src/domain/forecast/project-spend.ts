import type { PrismaClient } from '../../db/generated/client.js';
import type { Prisma } from '../../db/generated/client.js';
import { addDays, addMonths, dateFromIso, monthStart, toIsoDate, daysBetween, startOfDay } from '../periods/period.js';
import { Decimal, sumDecimals } from '../shared/decimal.js';
import { answerCurrency } from '../shared/answer-currency.js';
import { readsAccount, spendRowsSql } from '../spend/spend-query.js';
import type { Period } from '../periods/period.js';
import { monthStartsIn } from './billing-months.js';
import { loadAddedServices, loadBilledAccounts } from './load-billed-accounts.js';
import { loadCloudSeries } from './load-cloud-series.js';
import { projectBilledCharges } from './project-billed-charges.js';
import { projectDailyRunRate, type DailyRunRate } from './project-daily-run-rate.js';
import type { ProjectionLine, SpendProjection } from './spend-projection.js';

// The one projection behind the forecast tool, the budget answer and the budget alerts: actual
// spend to date, plus each source projected the way it is billed (see project-billed-charges.ts
// and project-daily-run-rate.ts).

/** A vendor that has sent no invoice since this many months before as-of's month has stopped billing. */
const billingLookbackMonths = 3;

export interface ProjectSpendInput {
  period: Period;
  asOf: Date;
  /** A condition over the unified spend rows (`r.`), from resolveSpendFilters or built by the caller. */
  condition: Prisma.Sql;
  costType?: 'billed' | 'effective' | undefined;
}

const lineKey = (vendor: string, costCenterId: number | null) => `${vendor}\u0000${costCenterId ?? ''}`;

export async function projectSpend(input: ProjectSpendInput, prisma: PrismaClient): Promise<SpendProjection> {
  const start = dateFromIso(input.period.start);
  const end = dateFromIso(input.period.end);
  const asOfDay = startOfDay(input.asOf);
  // Today's costs are still arriving: only whole days before as-of are actual.
  const actualEnd = asOfDay < start ? start : asOfDay > end ? end : asOfDay;
  const activeSince = addMonths(monthStart(asOfDay), -billingLookbackMonths);

  const [actualRows, cloud, billed, addedServices] = await Promise.all([
    actualEnd > start
      ? prisma.$queryRaw<
          Array<{ vendor: string; domain: string; costCenterId: number | null; amount: string | null; currencies: string | null }>
        >`
          SELECT r."vendorName" AS vendor, r.domain, r."costCenterId" AS "costCenterId", sum(r.amount)::text AS amount, string_agg(DISTINCT r.currency, ',') AS currencies
          FROM ${spendRowsSql({ start: input.period.start, end: toIsoDate(actualEnd) }, { costType: input.costType, accountLevel: readsAccount(input.condition) })}
          WHERE ${input.condition}
          GROUP BY 1, 2, 3`
      : Promise.resolve([]),
    loadCloudSeries({ asOfDay, condition: input.condition, costType: input.costType }, prisma),
    loadBilledAccounts({ activeSince, invoicedBefore: asOfDay, condition: input.condition }, prisma),
    // Read beside the bills, not after them: at 50× it took ~30 ms after a ~140 ms read of the lines.
    loadAddedServices({ activeSince, condition: input.condition }, prisma),
  ]);

  const lines = new Map<string, ProjectionLine>();
  const lineOf = (vendor: string, domain: string, costCenterId: number | null): ProjectionLine => {
    const key = lineKey(vendor, costCenterId);
    let line = lines.get(key);
    if (!line) {
      const zero = new Decimal(0);
      line = {
        vendor,
        domain,
        costCenterId,
        actual: zero,
        recurring: zero,
        recurringBasisMonths: [],
        usage: zero,
        usageBasisMonths: [],
        added: zero,
        monthlyCharges: zero,
        runRate: zero,
        isRunRateByWeekday: true,
        projected: zero,
      };
      lines.set(key, line);
    }
    return line;
  };
  const currencies = new Set<string>();
  const noteCurrencies = (value: string | null | undefined) => {
    for (const currency of (value ?? '').split(',')) if (currency) currencies.add(currency);
  };

  for (const row of actualRows) {
    if (row.amount === null) continue;
    noteCurrencies(row.currencies);
    const line = lineOf(row.vendor, row.domain, row.costCenterId);
    line.actual = line.actual.plus(row.amount);
  }

  // Cloud: from the day after the last imported day (or the period's start) to the period's end.
  const runRates: DailyRunRate[] = [];
  const cloudFrom = cloud.lastDataDay ? addDays(cloud.lastDataDay, 1) : null;
  const projectFrom = cloudFrom && cloudFrom > start ? cloudFrom : start;
  if (cloud.lastDataDay && projectFrom < end) {
    for (const series of cloud.series) {
      noteCurrencies(series.currency);
      const runRate = projectDailyRunRate({
        dailyCosts: series.dailyCosts,
        firstDataDay: series.firstDay,
        lastDataDay: cloud.lastDataDay,
        from: projectFrom,
        to: end,
      });
      const line = lineOf(series.vendor, series.domain, series.costCenterId);
      if (runRate.method === 'monthly_charge') {
        line.monthlyCharges = line.monthlyCharges.plus(runRate.amount);
        continue;
      }
      runRates.push(runRate);
      line.runRate = line.runRate.plus(runRate.amount);
      if (runRate.method !== 'weekday_pattern') line.isRunRateByWeekday = false;
    }
  }

  // Invoices: each account's months after its last invoice.
  const periodMonths = monthStartsIn(start, end);
  const { projections, notes } = projectBilledCharges({
    accounts: billed,
    addedServices,
    periodMonths,
    activeSince: toIsoDate(activeSince),
  });
  const monthsProjected = new Set<string>();
  const noteMonth = (months: string[], month: string | null) => {
    if (month !== null && !months.includes(month)) months.push(month);
  };
  for (const projection of projections) {
    noteCurrencies(projection.currency);
    const line = lineOf(projection.vendor, projection.domain, projection.costCenterId);
    if (projection.kind === 'recurring') {
      line.recurring = line.recurring.plus(projection.amount);
      noteMonth(line.recurringBasisMonths, projection.basisMonth);
      for (const month of projection.months) monthsProjected.add(month);
    } else if (projection.kind === 'added') line.added = line.added.plus(projection.amount);
    else {
      line.usage = line.usage.plus(projection.amount);
      noteMonth(line.usageBasisMonths, projection.basisMonth);
    }
  }
  for (const line of lines.values()) {
    line.projected = line.recurring.plus(line.usage).plus(line.added).plus(line.monthlyCharges).plus(line.runRate);
    line.recurringBasisMonths.sort();
    line.usageBasisMonths.sort();
  }

  const all = [...lines.values()].sort(
    (left, right) => left.vendor.localeCompare(right.vendor) || (left.costCenterId ?? 0) - (right.costCenterId ?? 0),
  );
  const sum = (pick: (line: ProjectionLine) => Decimal) => sumDecimals(all.map(pick));
  const runRateAmount = sum((line) => line.runRate);
  const runRateDays = cloud.lastDataDay && projectFrom < end ? daysBetween(projectFrom, end) : 0;
  const isWeekdayPattern = runRates.length > 0 && runRates.every((runRate) => runRate.method === 'weekday_pattern');
  const actual = sum((line) => line.actual);
  const projected = sum((line) => line.projected);
  return {
    period: input.period,
    asOfDay: toIsoDate(asOfDay),
    currency: answerCurrency([...currencies].sort()),
    currencies: [...currencies].sort(),
    actualThrough: actualEnd > start ? toIsoDate(addDays(actualEnd, -1)) : null,
    cloudDataThrough: cloud.lastDataDay ? toIsoDate(cloud.lastDataDay) : null,
    actual,
    projected,
    total: actual.plus(projected),
    recurring: {
      amount: sum((line) => line.recurring),
      basisMonths: basisMonthsOf(all, (line) => line.recurringBasisMonths),
      monthsProjected: [...monthsProjected].sort(),
    },
    usage: { amount: sum((line) => line.usage), basisMonths: basisMonthsOf(all, (line) => line.usageBasisMonths) },
    added: { amount: sum((line) => line.added) },
    monthlyCharges: { amount: sum((line) => line.monthlyCharges) },
    runRate: {
      amount: runRateAmount,
      perDay: runRateDays > 0 ? runRateAmount.div(runRateDays) : new Decimal(0),
      days: runRates.length > 0 ? runRateDays : 0,
      projectedDays: runRates.length > 0 ? { start: toIsoDate(projectFrom), end: input.period.end } : null,
      weekdayAverages: isWeekdayPattern
        ? Array.from({ length: 7 }, (_, weekday) => sumDecimals(runRates.map((runRate) => runRate.weekdayAverages[weekday]!)))
        : null,
      window: runRates[0]?.window ?? null,
    },
    notes,
    lines: all,
  };
}

/** The invoice months some lines were projected from, oldest first. */
export function basisMonthsOf(lines: readonly ProjectionLine[], pick: (line: ProjectionLine) => readonly string[]): string[] {
  return [...new Set(lines.flatMap(pick))].sort();
}
