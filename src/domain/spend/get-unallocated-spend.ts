import { z } from 'zod';
import { getFreshness } from '../freshness/get-freshness.js';
import { lastCompleteMonth, periodInputSchema, resolvePeriod } from '../periods/period.js';
import { resolveViewerScope } from '../scope/viewer-scope.js';
import { Decimal, sumDecimals } from '../shared/decimal.js';
import { Prisma } from '../../db/generated/client.js';
import { defineTool, type ToolContext } from '../tools/define-tool.js';
import type { Period } from '../periods/period.js';
import type { ResultEnvelope } from '../tools/result-envelope.js';
import { answerCurrency, type ByCurrency } from '../shared/answer-currency.js';
import { sumSpendGroups } from './spend-breakdown.js';
import { spendFilterFields } from './spend-filters.js';
import { readUnallocatedInvoiceReasons } from './read-unallocated-invoice-reasons.js';
import { resolveSpendFilters, spendRowsSql } from './spend-query.js';
import { splitByCurrency } from './split-by-currency.js';

export const unallocatedReasons = [
  'account_level_invoice_lines',
  'service_without_cost_center',
  'identifier_not_in_inventory',
  'untagged_cloud_rows',
] as const;
export type UnallocatedReason = (typeof unallocatedReasons)[number];

export interface UnallocatedContributor {
  vendor: string;
  /** Invoice account number, or the FOCUS sub-account (billing account when there is none). */
  account: string;
  source: 'invoice' | 'cloud';
  amount: string;
  recordCount: number;
}

export interface GetUnallocatedSpendResult extends ResultEnvelope {
  period: Period;
  currency: string;
  total: string;
  allocated: string;
  /** Spend with no cost center; allocated + unallocated = total. */
  unallocated: string;
  /** Share of the total, percent with one decimal; null when the total is 0. */
  unallocatedPercent: string | null;
  unallocatedRecordCount: number;
  /** Why it is unallocated, largest first; the amounts add up to `unallocated`. */
  reasons: Array<{ reason: UnallocatedReason; amount: string; recordCount: number }>;
  /** The accounts with the most unallocated spend, at most 10. */
  contributors: UnallocatedContributor[];
  contributorCount: number;
  /** The viewer sees only their own cost centers, which by definition hold no unallocated spend. */
  isScopeLimited: boolean;
}

/** One split, or one per currency when the spend is in more than one (never summed across them). */
export type GetUnallocatedSpendOutput = GetUnallocatedSpendResult | (ResultEnvelope & ByCurrency<GetUnallocatedSpendResult>);

const maxContributors = 10;

const getUnallocatedSpendInput = z.object({
  period: periodInputSchema.optional().describe('The period; defaults to the last complete month'),
  ...spendFilterFields,
});
type GetUnallocatedSpendInput = z.output<typeof getUnallocatedSpendInput>;

export const getUnallocatedSpend = defineTool({
  name: 'get_unallocated_spend',
  description:
    'How much of a period\'s spend has no cost center (unallocated), how much is allocated, and why: account-level invoice lines, services without a cost center, invoice identifiers missing from the inventory, cloud rows without a cost-center tag; with the accounts contributing most. Use for "unallocated", "untagged", "not charged back", "no cost center" questions; for spend by cost center use get_spend grouped by cost_center.',
  input: getUnallocatedSpendInput,
  run: (input, context): Promise<GetUnallocatedSpendOutput> =>
    splitByCurrency((currencyCondition) => unallocatedIn(input, currencyCondition, context)),
});

async function unallocatedIn(
  input: GetUnallocatedSpendInput,
  currencyCondition: Prisma.Sql,
  context: ToolContext,
): Promise<{ result: GetUnallocatedSpendResult; currencies: string[] }> {
  const period = resolvePeriod(input.period, () => lastCompleteMonth(context.asOf));
  const scope = await resolveViewerScope(context.viewer, context.prisma);
  const resolved = await resolveSpendFilters(input, scope, context.prisma);
  const filters = { ...resolved, condition: Prisma.sql`${resolved.condition} AND ${currencyCondition}` };
  const [{ groups, currencies }, contributorRows, invoiceReasonRows, freshness] = await Promise.all([
    // The same allocation rule as get_spend by cost center: the unallocated group has no key.
    sumSpendGroups(context.prisma, { period, costType: input.costType, condition: filters.condition, dimension: 'cost_center' }),
    context.prisma.$queryRaw<
      Array<{ vendor: string; account: string | null; source: 'invoice' | 'cloud'; amount: string | null; records: string }>
    >`
        SELECT r."vendorName" AS vendor, r.account,
          CASE WHEN r.domain IN ('cloud', 'saas') THEN 'cloud' ELSE 'invoice' END AS source,
          sum(r.amount)::text AS amount, sum(r.records)::text AS records
        FROM ${spendRowsSql(period, { costType: input.costType })}
        WHERE ${filters.condition} AND r."costCenterId" IS NULL
        GROUP BY 1, 2, 3
        ORDER BY sum(r.amount) DESC NULLS LAST, 1, 2`,
    readUnallocatedInvoiceReasons(context.prisma, { period, costType: input.costType, condition: filters.condition }),
    getFreshness(context.prisma),
  ]);
  const total = sumDecimals(groups.map((group) => group.amount));
  const unallocatedGroup = groups.find((group) => group.key === null);
  const unallocated = new Decimal(unallocatedGroup?.amount ?? '0');
  const unallocatedRecordCount = unallocatedGroup?.recordCount ?? 0;
  const invoiceReasons = invoiceReasonRows;
  // Every unallocated row that is not an invoice line is a cloud or SaaS row without a cost-center tag.
  const untagged = {
    reason: 'untagged_cloud_rows' as const,
    amount: unallocated.minus(sumDecimals(invoiceReasons.map((row) => row.amount))),
    recordCount: unallocatedRecordCount - invoiceReasons.reduce((count, row) => count + row.recordCount, 0),
  };
  const reasons = [...invoiceReasons, untagged]
    .filter((row) => row.recordCount > 0 || !row.amount.isZero())
    .sort((left, right) => right.amount.comparedTo(left.amount) || left.reason.localeCompare(right.reason))
    .map((row) => ({ reason: row.reason, amount: row.amount.toString(), recordCount: row.recordCount }));
  const contributors = contributorRows
    .filter((row) => row.amount !== null && !new Decimal(row.amount).isZero())
    .map((row) => ({
      vendor: row.vendor,
      account: row.account ?? '',
      source: row.source,
      amount: new Decimal(row.amount ?? '0').toString(),
      recordCount: Number(row.records),
    }));
  const result: GetUnallocatedSpendResult = {
    filters: filters.described,
    period,
    freshness,
    currency: answerCurrency(currencies),
    total: total.toString(),
    allocated: total.minus(unallocated).toString(),
    unallocated: unallocated.toString(),
    unallocatedPercent: total.isZero() ? null : unallocated.div(total).times(100).toDecimalPlaces(1, Decimal.ROUND_HALF_UP).toFixed(1),
    unallocatedRecordCount,
    reasons,
    contributors: contributors.slice(0, maxContributors),
    contributorCount: contributors.length,
    isScopeLimited: scope.costCenterIds !== null,
  };
  return { result, currencies };
}
