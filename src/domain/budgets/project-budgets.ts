import type { PrismaClient } from '../../db/generated/client.js';
import { Prisma } from '../../db/generated/client.js';
import { type ProjectionSplit, splitProjection } from '../forecast/describe-projection.js';
import { projectSpend } from '../forecast/project-spend.js';
import { addDays, dateFromIso, toIsoDate } from '../periods/period.js';
import type { Period } from '../periods/period.js';
import { Decimal, type DecimalInput } from '../shared/decimal.js';
import { formatMoney } from '../shared/format.js';
import { spendRowsSql } from '../spend/spend-query.js';
import { inCurrency } from '../spend/split-by-currency.js';

// A budget is an amount in one currency and there is no exchange rate, so only the cost center's
// spend in that currency counts against it. What it spent in other currencies is returned beside,
// to be named, never added in: a budget of USD 100 with USD 60 and EUR 50 spent is 60% used.

export interface BudgetToProject {
  costCenterId: number;
  currency: string;
}

export interface OtherCurrencySpend {
  currency: string;
  /** Actual to date, exact. */
  actual: Decimal;
}

export interface BudgetSpend {
  /** The cost center's direct spend in the budget's currency: actual and projected (domain/forecast). */
  split: ProjectionSplit;
  /** Its actual spend in every other currency, sorted by currency; not part of split. */
  otherCurrencies: OtherCurrencySpend[];
}

export interface BudgetsProjection {
  /** Last day counted as actual; null before the period starts. */
  actualThrough: string | null;
  spendOf(budget: BudgetToProject): BudgetSpend;
}

export async function projectBudgets(
  input: { budgets: readonly BudgetToProject[]; period: Period; asOf: Date },
  prisma: PrismaClient,
): Promise<BudgetsProjection> {
  const idsByCurrency = new Map<string, number[]>();
  for (const budget of input.budgets) {
    idsByCurrency.set(budget.currency, [...(idsByCurrency.get(budget.currency) ?? []), budget.costCenterId]);
  }
  // One projection per budget currency: nearly always one.
  const projections = new Map(
    await Promise.all(
      [...idsByCurrency].map(
        async ([currency, ids]) =>
          [
            currency,
            await projectSpend(
              {
                period: input.period,
                asOf: input.asOf,
                condition: Prisma.sql`r."costCenterId" IN (${Prisma.join(ids)}) AND ${inCurrency(currency)}`,
              },
              prisma,
            ),
          ] as const,
      ),
    ),
  );
  const actualThrough = [...projections.values()][0]?.actualThrough ?? null;
  const otherSpend = actualThrough === null ? [] : await loadSpendByCurrency(input, actualThrough, prisma);
  return {
    actualThrough,
    spendOf(budget) {
      const projection = projections.get(budget.currency);
      if (!projection) throw new Error(`No projection for budgets in ${budget.currency}`);
      return {
        // The projection is of the budget's currency only, whatever label it computed.
        split: { ...splitProjection(projection, (line) => line.costCenterId === budget.costCenterId), currency: budget.currency },
        otherCurrencies: otherSpend
          .filter((row) => row.costCenterId === budget.costCenterId && row.currency !== budget.currency)
          .map((row) => ({ currency: row.currency, actual: new Decimal(row.amount) })),
      };
    },
  };
}

/** Actual spend of the budgets' cost centers by currency, from the period's start through `actualThrough`. */
function loadSpendByCurrency(
  input: { budgets: readonly BudgetToProject[]; period: Period },
  actualThrough: string,
  prisma: PrismaClient,
): Promise<Array<{ costCenterId: number; currency: string; amount: string }>> {
  const ids = [...new Set(input.budgets.map((budget) => budget.costCenterId))];
  const end = toIsoDate(addDays(dateFromIso(actualThrough), 1));
  return prisma.$queryRaw`
    SELECT r."costCenterId" AS "costCenterId", r.currency, sum(r.amount)::text AS amount
    FROM ${spendRowsSql({ start: input.period.start, end }, { accountLevel: false })}
    WHERE r."costCenterId" IN (${Prisma.join(ids)})
    GROUP BY 1, 2
    HAVING sum(r.amount) <> 0
    ORDER BY 1, 2`;
}

/** "; EUR 50.00 spent in EUR is not counted against this USD budget (no exchange rate)", or '' when none. */
export function describeOtherCurrencies(
  otherCurrencies: ReadonlyArray<{ currency: string; actual: DecimalInput }>,
  budgetCurrency: string,
): string {
  if (otherCurrencies.length === 0) return '';
  const amounts = otherCurrencies.map((spend) => formatMoney(spend.actual, spend.currency)).join(' and ');
  const currencies = otherCurrencies.map((spend) => spend.currency).join(' and ');
  return `; ${amounts} spent in ${currencies} ${otherCurrencies.length === 1 ? 'is' : 'are'} not counted against this ${budgetCurrency} budget (no exchange rate)`;
}
