import { z } from 'zod';
import { LedgerlineError } from '../../errors.js';
import { getFreshness } from '../freshness/get-freshness.js';
import { defineTool, type ResultEnvelope } from '../tools/define-tool.js';
import { toContractSummary, type ContractSummary } from './contract-summary.js';
import { findContracts } from './find-contracts.js';

export interface ContractDetails extends ContractSummary {
  rates: Array<{ serviceType: string; description: string; unitPrice: string; unit: string }>;
}

export interface GetContractResult extends ResultEnvelope {
  contracts: ContractDetails[];
}

export const getContract = defineTool({
  name: 'get_contract',
  description:
    'Details of a contract — term, end date, auto-renewal, notice period and deadline, committed annual spend and contracted rates — by contract id or name, or the contracts of one vendor.',
  input: z.object({
    contract: z.string().min(1).max(200).optional().describe('Contract id or part of its name'),
    vendor: z.string().min(1).max(100).optional().describe('Vendor name or alias'),
  }),
  async run(input, context): Promise<GetContractResult> {
    if (!input.contract && !input.vendor) throw new LedgerlineError('INVALID_INPUT', 'Name a contract or a vendor.');
    const rows = (await findContracts(input, context.prisma)).slice(0, 10);
    const rates = await context.prisma.contractRate.findMany({
      where: { contractId: { in: rows.map((row) => row.id) } },
      orderBy: [{ serviceType: 'asc' }, { description: 'asc' }],
    });
    return {
      filters: { ...(input.contract ? { contract: input.contract } : {}), ...(input.vendor ? { vendor: input.vendor } : {}) },
      freshness: await getFreshness(context.prisma),
      contracts: rows.map((row) => ({
        ...toContractSummary(row, context.asOf),
        rates: rates
          .filter((rate) => rate.contractId === row.id)
          .map((rate) => ({ serviceType: rate.serviceType, description: rate.description, unitPrice: rate.unitPrice.toString(), unit: rate.unit })),
      })),
    };
  },
});
