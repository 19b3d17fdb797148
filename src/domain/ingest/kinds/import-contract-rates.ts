import { z } from 'zod';
import { caseInsensitiveEnum, decimalText, keyText, requiredText } from '../fields.js';
import type { RowProblem } from '../ingest-types.js';
import type { KindImporter, ParsedRow } from '../import-kind.js';
import { rowProblem } from '../row-problems.js';
import { KeysSeenInFile } from '../upsert-rows.js';
import { serviceTypes } from './import-inventory.js';

const contractRateRow = z.object({
  contract_id: keyText,
  service_type: caseInsensitiveEnum(serviceTypes),
  description: keyText,
  unit_price: decimalText({ precision: 18, scale: 6 }),
  unit: requiredText,
});

type ContractRateRow = z.output<typeof contractRateRow>;

/** Contracted prices, upserted by contract, service type and description. */
export function createContractRatesImporter(): KindImporter<ContractRateRow> {
  const seen = new KeysSeenInFile();
  const contractIds = new Map<string, number | undefined>();
  return {
    kind: 'contract-rates',
    requiredColumns: Object.keys(contractRateRow.shape),
    schema: contractRateRow,
    batchSize: 500,
    async write(rows: ParsedRow<ContractRateRow>[], context) {
      const problems: RowProblem[] = [];
      for (const { line, row } of rows) {
        if (!contractIds.has(row.contract_id)) {
          const contract = await context.tx.contract.findUnique({ where: { externalId: row.contract_id }, select: { id: true } });
          contractIds.set(row.contract_id, contract?.id);
        }
        const contractId = contractIds.get(row.contract_id);
        if (contractId === undefined) {
          problems.push(
            rowProblem(line, 'contract_id', row.contract_id, 'No contract has this id; import the contract first or correct the id'),
          );
          continue;
        }
        const earlier = seen.firstLineOf(`${contractId}\u0000${row.service_type}\u0000${row.description}`, line);
        if (earlier !== undefined) {
          problems.push(
            rowProblem(
              line,
              'description',
              row.description,
              `The same contract, service type and description appear twice in this file (also on line ${earlier})`,
            ),
          );
          continue;
        }
        await context.tx.contractRate.upsert({
          where: { contractId_serviceType_description: { contractId, serviceType: row.service_type, description: row.description } },
          create: { contractId, serviceType: row.service_type, description: row.description, unitPrice: row.unit_price, unit: row.unit },
          update: { unitPrice: row.unit_price, unit: row.unit },
        });
      }
      return problems;
    },
  };
}
