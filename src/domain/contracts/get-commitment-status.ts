import { z } from 'zod';
import { Prisma } from '../../db/generated/client.js';
import { getFreshness } from '../freshness/get-freshness.js';
import { addDays, addMonths, daysBetween, makePeriod, toIsoDate, startOfDay } from '../periods/period.js';
import { LedgerlineError } from '../../errors.js';
import type { ViewerScope } from '../scope/viewer-scope.js';
import { Decimal } from '../shared/decimal.js';
import { sumSpendGroups } from '../spend/spend-breakdown.js';
import { resolveSpendFilters } from '../spend/spend-query.js';
import { defineTool } from '../tools/define-tool.js';
import type { Period } from '../periods/period.js';
import type { ResultEnvelope } from '../tools/result-envelope.js';
import type { Viewer } from '../shared/viewer.js';
import { findContracts } from './find-contracts.js';

export interface CommitmentStatus {
  contractId: string;
  vendor: string;
  name: string;
  currency: string;
  committedAnnual: string;
  /** The contract year containing as-of, [start, end). */
  contractYear: Period;
  /** Vendor spend from the start of the contract year up to as-of. */
  actual: string;
  remaining: string;
  /** Percent of the commitment consumed, one decimal. */
  consumedPercent: string;
  /** Percent of the contract year elapsed, one decimal: consumed below it means a shortfall is likely. */
  elapsedPercent: string;
  isOnTrack: boolean;
}

export interface GetCommitmentStatusResult extends ResultEnvelope {
  commitments: CommitmentStatus[];
}

/** The contract year (anniversary to anniversary) that contains as-of. */
function contractYearAt(startDate: Date, asOf: Date): { start: Date; end: Date } {
  let start = startDate;
  while (addMonths(start, 12) <= asOf) start = addMonths(start, 12);
  return { start, end: addMonths(start, 12) };
}

const rolesSeeingCommitments = new Set<Viewer['role']>(['approver', 'admin']);

export const getCommitmentStatus = defineTool({
  name: 'get_commitment_status',
  description:
    'Committed annual spend (minimum commitment) of contracts vs the actual spend with the vendor in the current contract year, with the share consumed and the share of the year elapsed. Filter by contract id/name or vendor; omit both for every contract with a commitment. Company-wide: approvers and admins only.',
  input: z.object({
    contract: z.string().min(1).max(200).optional().describe('Contract id or part of its name'),
    vendor: z.string().min(1).max(100).optional().describe('Vendor name or alias'),
  }),
  async run(input, context): Promise<GetCommitmentStatusResult> {
    // A commitment is company-wide: spend from one cost center against it reads as a shortfall
    // that is not there. Only roles that decide on contracts see it, over all spend.
    if (!rolesSeeingCommitments.has(context.viewer.role)) {
      throw new LedgerlineError('FORBIDDEN', 'Contract commitments are company-wide figures; approvers and admins see them.', {
        reason: 'role',
      });
    }
    const today = startOfDay(context.asOf);
    const rows = (await findContracts(input, context.prisma)).filter(
      (row) => row.committedAnnual !== null && row.startDate <= today && row.endDate >= today,
    );
    const scope: ViewerScope = { costCenterIds: null };
    const commitments: CommitmentStatus[] = [];
    for (const row of rows) {
      const year = contractYearAt(row.startDate, today);
      const spendEnd = addDays(today, 1) < year.end ? addDays(today, 1) : year.end;
      const filters = await resolveSpendFilters({ vendors: [row.vendor.name] }, scope, context.prisma);
      const vendorCondition = Prisma.sql`r."vendorId" = ${row.vendorId}`;
      const { groups } = await sumSpendGroups(context.prisma, {
        period: { start: toIsoDate(year.start), end: toIsoDate(spendEnd) },
        condition: Prisma.sql`${filters.condition} AND ${vendorCondition}`,
      });
      const actual = new Decimal(groups[0]?.amount ?? '0');
      const committed = new Decimal(row.committedAnnual ?? 0);
      const consumed = committed.isZero() ? new Decimal(0) : actual.div(committed).times(100);
      const elapsed = new Decimal(daysBetween(year.start, addDays(today, 1))).div(daysBetween(year.start, year.end)).times(100);
      commitments.push({
        contractId: row.externalId,
        vendor: row.vendor.name,
        name: row.name,
        currency: row.currency,
        committedAnnual: committed.toString(),
        contractYear: makePeriod(toIsoDate(year.start), toIsoDate(year.end)),
        actual: actual.toString(),
        remaining: Decimal.max(committed.minus(actual), 0).toString(),
        consumedPercent: consumed.toDecimalPlaces(1, Decimal.ROUND_HALF_UP).toFixed(1),
        elapsedPercent: elapsed.toDecimalPlaces(1, Decimal.ROUND_HALF_UP).toFixed(1),
        isOnTrack: consumed.greaterThanOrEqualTo(elapsed),
      });
    }
    return {
      filters: { ...(input.contract ? { contract: input.contract } : {}), ...(input.vendor ? { vendor: input.vendor } : {}) },
      freshness: await getFreshness(context.prisma),
      commitments,
    };
  },
});
