import { z } from 'zod';
import { LedgerlineError } from '../../errors.js';
import { getFreshness } from '../freshness/get-freshness.js';
import { defineTool } from '../tools/define-tool.js';
import type { ResultEnvelope } from '../tools/result-envelope.js';
import { toContractSummary, type ContractSummary } from './contract-summary.js';
import { findContracts } from './find-contracts.js';
import { startOfDay } from '../periods/period.js';

export type ContractStatus = 'active' | 'upcoming' | 'expired';

export interface ContractDetails extends ContractSummary {
  /** As of today: active (started, not ended), upcoming (not started) or expired. */
  status: ContractStatus;
  rates: Array<{ serviceType: string; description: string; unitPrice: string; unit: string }>;
}

export interface GetContractResult extends ResultEnvelope {
  /** Active contracts first (soonest ending first), then upcoming, then expired (latest first). */
  contracts: ContractDetails[];
  activeCount: number;
}

const statusOrder: Record<ContractStatus, number> = { active: 0, upcoming: 1, expired: 2 };

export const getContract = defineTool({
  name: 'get_contract',
  description:
    'One contract in detail — status, end date, auto-renewal, notice period and notice deadline (the last day to cancel), committed annual spend and contracted rates — found by contract id, by contract name, or by vendor (name, alias or a distinctive word of the name), in which case the vendor\'s active contract comes first. Use for "<vendor> contract end date", "when is the <vendor> notice deadline", "what are our rates with <vendor>". For many contracts or a date window use list_contracts or find_notice_deadlines.',
  input: z.object({
    contract: z.string().min(1).max(200).optional().describe('Contract id, or its name or distinctive words of it'),
    vendor: z.string().min(1).max(100).optional().describe('Vendor name, alias, or a distinctive word of the name'),
  }),
  async run(input, context): Promise<GetContractResult> {
    if (!input.contract && !input.vendor) throw new LedgerlineError('INVALID_INPUT', 'Name a contract or a vendor.');
    const today = startOfDay(context.asOf);
    const statusOf = (row: { startDate: Date; endDate: Date }): ContractStatus =>
      row.endDate < today ? 'expired' : row.startDate > today ? 'upcoming' : 'active';
    const rows = (await findContracts(input, context.prisma))
      .map((row) => ({ row, status: statusOf(row) }))
      .sort(
        (left, right) =>
          statusOrder[left.status] - statusOrder[right.status] ||
          (left.status === 'expired'
            ? right.row.endDate.getTime() - left.row.endDate.getTime()
            : left.row.endDate.getTime() - right.row.endDate.getTime()) ||
          left.row.externalId.localeCompare(right.row.externalId),
      )
      .slice(0, 10);
    const rates = await context.prisma.contractRate.findMany({
      where: { contractId: { in: rows.map(({ row }) => row.id) } },
      orderBy: [{ serviceType: 'asc' }, { description: 'asc' }],
    });
    return {
      // The vendor as the data names it, not as typed ("bluewater").
      filters: {
        ...(input.contract ? { contract: input.contract } : {}),
        ...(input.vendor ? { vendor: rows[0]?.row.vendor.name ?? input.vendor } : {}),
      },
      freshness: await getFreshness(context.prisma),
      activeCount: rows.filter(({ status }) => status === 'active').length,
      contracts: rows.map(({ row, status }) => ({
        ...toContractSummary(row, context.asOf),
        status,
        rates: rates
          .filter((rate) => rate.contractId === row.id)
          .map((rate) => ({
            serviceType: rate.serviceType,
            description: rate.description,
            unitPrice: rate.unitPrice.toString(),
            unit: rate.unit,
          })),
      })),
    };
  },
});
