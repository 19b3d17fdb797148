import { z } from 'zod';
import { identifierKey } from '../../shared/normalize.js';
import {
  caseInsensitiveEnum,
  currencyCode,
  keyText,
  optionalCalendarDate,
  optionalDecimal,
  optionalKeyText,
  optionalText,
} from '../fields.js';
import type { RowProblem } from '../ingest-types.js';
import type { KindImporter, ParsedRow } from '../import-kind.js';
import { domainOfServiceType } from '../resolve-references.js';
import { rowProblem } from '../row-problems.js';
import type { CellValue } from '../insert-rows.js';
import { dateText, KeysSeenInFile, upsertRows } from '../upsert-rows.js';

export const serviceTypes = ['mobile_line', 'circuit', 'voice_trunk', 'pots_line', 'cloud_account', 'saas_subscription', 'device'] as const;
const serviceStatuses = ['pending', 'active', 'suspended', 'disconnected'] as const;

const inventoryRow = z
  .object({
    service_id: keyText,
    type: caseInsensitiveEnum(serviceTypes),
    identifier: keyText,
    vendor: keyText,
    account: optionalKeyText,
    location: optionalKeyText,
    cost_center: optionalKeyText,
    assignee: optionalText,
    status: caseInsensitiveEnum(serviceStatuses),
    monthly_cost: optionalDecimal({ precision: 18, scale: 4, isMoney: true }),
    /** optional column: the currency of monthly_cost, USD when absent or empty */
    currency: currencyCode,
    start_date: optionalCalendarDate,
    end_date: optionalCalendarDate,
  })
  .superRefine((row, context) => {
    if (row.start_date && row.end_date && row.end_date < row.start_date) {
      context.addIssue({ code: 'custom', path: ['end_date'], message: 'Is before start_date; the end must be on or after the start' });
    }
  });

type InventoryRow = z.output<typeof inventoryRow>;

const columns = [
  { name: 'externalId' },
  { name: 'type', cast: '"ServiceType"' },
  { name: 'identifier' },
  { name: 'identifierKey' },
  { name: 'vendorId', cast: 'integer' },
  { name: 'accountId', cast: 'integer' },
  { name: 'locationId', cast: 'integer' },
  { name: 'costCenterId', cast: 'integer' },
  { name: 'assignee' },
  { name: 'status', cast: '"ServiceStatus"' },
  { name: 'monthlyCost', cast: 'numeric' },
  { name: 'currency' },
  { name: 'startDate', cast: 'date' },
  { name: 'endDate', cast: 'date' },
  { name: 'updatedAt', cast: 'timestamp' },
];

/** The service inventory, upserted by the customer's own service_id. */
export function createInventoryImporter(): KindImporter<InventoryRow> {
  const seen = new KeysSeenInFile();
  return {
    kind: 'inventory',
    requiredColumns: Object.keys(inventoryRow.shape).filter((column) => column !== 'currency'),
    knownColumns: Object.keys(inventoryRow.shape),
    schema: inventoryRow,
    batchSize: 2000,
    async write(rows: ParsedRow<InventoryRow>[], context) {
      const problems: RowProblem[] = [];
      const values: CellValue[][] = [];
      const updatedAt = context.deps.now().toISOString().replace('T', ' ').replace('Z', '');
      for (const { line, row } of rows) {
        const earlier = seen.firstLineOf(row.service_id, line);
        if (earlier !== undefined) {
          problems.push(
            rowProblem(
              line,
              'service_id',
              row.service_id,
              `Appears twice in this file (also on line ${earlier}); keep one row per service`,
            ),
          );
          continue;
        }
        const costCenterId = row.cost_center === null ? null : await context.references.costCenterId(row.cost_center);
        if (costCenterId === undefined) {
          problems.push(
            rowProblem(
              line,
              'cost_center',
              row.cost_center ?? '',
              'No cost center has this code; import cost centers first or correct the code',
            ),
          );
          continue;
        }
        const vendorId = await context.references.vendorId(row.vendor, domainOfServiceType(row.type));
        values.push([
          row.service_id,
          row.type,
          row.identifier,
          identifierKey(row.identifier),
          vendorId,
          row.account === null ? null : await context.references.accountId(vendorId, row.account),
          row.location === null ? null : await context.references.locationId(row.location),
          costCenterId,
          row.assignee,
          row.status,
          row.monthly_cost,
          row.currency,
          dateText(row.start_date),
          dateText(row.end_date),
          updatedAt,
        ]);
      }
      await upsertRows(context.tx, 'Service', columns, ['externalId'], values);
      return problems;
    },
  };
}
