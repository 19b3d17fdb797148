import { z } from 'zod';
import {
  caseInsensitiveEnum,
  currencyCode,
  decimalText,
  focusTimestamp,
  keyText,
  optionalDecimal,
  optionalKeyText,
  optionalText,
} from '../fields.js';
import type { NumberColumn } from '../fields.js';
import type { ImportContext, KindImporter, ParsedRow } from '../import-kind.js';
import { insertRows, timestampText } from '../insert-rows.js';
import { type BillingPeriodKey, rebuildCostRollups } from '../rebuild-cost-rollups.js';

export const chargeCategories = ['Usage', 'Purchase', 'Tax', 'Credit', 'Adjustment'] as const;
export const serviceCategories = [
  'AI and Machine Learning',
  'Analytics',
  'Business Applications',
  'Compute',
  'Databases',
  'Developer Tools',
  'Multicloud',
  'Identity',
  'Integration',
  'Internet of Things',
  'Management and Governance',
  'Media',
  'Migration',
  'Mobile',
  'Networking',
  'Security',
  'Storage',
  'Web',
  'Other',
] as const;
const serviceCategoryByKey = new Map(serviceCategories.map((category) => [category.toLowerCase(), category] as const));

const tags = z
  .string()
  .trim()
  .transform((value, context): Record<string, unknown> | null => {
    if (value === '') return null;
    try {
      const parsed: unknown = JSON.parse(value);
      if (parsed !== null && typeof parsed === 'object' && !Array.isArray(parsed)) return parsed as Record<string, unknown>;
    } catch {
      // reported below
    }
    context.addIssue({ code: 'custom', message: 'Must be a JSON object of tag names and values, e.g. {"cost-center": "CC-100"}' });
    return z.NEVER;
  });

/**
 * CostRecord's numeric(30, 12): credits and refunds are negative, cloud charges are often below a
 * cent, and digits past the twelfth are rounded as the COPY path's cast rounds them.
 */
const focusCost: NumberColumn = { precision: 30, scale: 12, isNegativeAllowed: true, isRoundingAllowed: true };

const focusRow = z
  .object({
    BilledCost: decimalText(focusCost),
    BillingAccountId: keyText,
    BillingAccountName: optionalText,
    BillingCurrency: z.string().trim().min(1, 'Required, but the cell is empty').pipe(currencyCode),
    BillingPeriodStart: focusTimestamp,
    BillingPeriodEnd: focusTimestamp,
    ChargePeriodStart: focusTimestamp,
    ChargePeriodEnd: focusTimestamp,
    ChargeCategory: caseInsensitiveEnum(chargeCategories),
    ChargeClass: optionalText,
    ChargeDescription: optionalText,
    ProviderName: optionalKeyText,
    InvoiceIssuerName: optionalKeyText,
    ServiceName: optionalText,
    // Spec values in their canonical spelling; a provider's own category is kept as written.
    ServiceCategory: optionalText.transform((value) => (value === null ? null : (serviceCategoryByKey.get(value.toLowerCase()) ?? value))),
    SubAccountId: optionalText,
    SubAccountName: optionalText,
    RegionId: optionalText,
    ResourceId: optionalText,
    ResourceName: optionalText,
    SkuId: optionalText,
    EffectiveCost: optionalDecimal(focusCost),
    ListCost: optionalDecimal(focusCost),
    ContractedCost: optionalDecimal(focusCost),
    ConsumedQuantity: optionalDecimal(focusCost),
    ConsumedUnit: optionalText,
    Tags: tags,
  })
  .superRefine((row, context) => {
    if (row.ProviderName === null && row.InvoiceIssuerName === null) {
      context.addIssue({
        code: 'custom',
        path: ['ProviderName'],
        message: 'Required: the provider (or InvoiceIssuerName) names who billed this cost',
      });
    }
    if (row.ChargePeriodEnd < row.ChargePeriodStart) {
      context.addIssue({
        code: 'custom',
        path: ['ChargePeriodEnd'],
        message: 'Ends before ChargePeriodStart; the end must be on or after the start',
      });
    }
    if (row.BillingPeriodEnd < row.BillingPeriodStart) {
      context.addIssue({
        code: 'custom',
        path: ['BillingPeriodEnd'],
        message: 'Ends before BillingPeriodStart; the end must be on or after the start',
      });
    }
  });

type FocusRow = z.output<typeof focusRow>;

export const costRecordColumns = [
  { name: 'importBatchId', cast: 'integer' },
  { name: 'vendorId', cast: 'integer' },
  { name: 'providerName' },
  { name: 'billingAccountId' },
  { name: 'billingAccountName' },
  { name: 'billingPeriodStart', cast: 'timestamp' },
  { name: 'billingPeriodEnd', cast: 'timestamp' },
  { name: 'chargePeriodStart', cast: 'timestamp' },
  { name: 'chargePeriodEnd', cast: 'timestamp' },
  { name: 'chargeCategory' },
  { name: 'chargeClass' },
  { name: 'chargeDescription' },
  { name: 'serviceName' },
  { name: 'serviceCategory' },
  { name: 'subAccountId' },
  { name: 'subAccountName' },
  { name: 'regionId' },
  { name: 'resourceId' },
  { name: 'resourceName' },
  { name: 'skuId' },
  { name: 'billedCost', cast: 'numeric' },
  { name: 'effectiveCost', cast: 'numeric' },
  { name: 'listCost', cast: 'numeric' },
  { name: 'contractedCost', cast: 'numeric' },
  { name: 'billingCurrency' },
  { name: 'consumedQuantity', cast: 'numeric' },
  { name: 'consumedUnit' },
  { name: 'tags', cast: 'jsonb' },
  { name: 'costCenterId', cast: 'integer' },
];

const requiredColumns = [
  'BilledCost',
  'BillingAccountId',
  'BillingCurrency',
  'BillingPeriodStart',
  'BillingPeriodEnd',
  'ChargePeriodStart',
  'ChargePeriodEnd',
  'ChargeCategory',
] as const;

/**
 * FinOps FOCUS 1.0–1.2 cost exports as providers write them. A billing account's billing period
 * present in the file replaces that period's earlier rows (providers re-export a month until it
 * closes); the day and month rollups of every period touched are rebuilt in the same transaction.
 */
export function createFocusImporter(): KindImporter<FocusRow> {
  const touched = new Map<string, BillingPeriodKey>();

  async function costCenterOf(rowTags: Record<string, unknown> | null, context: ImportContext): Promise<number | null> {
    if (!rowTags) return null;
    const keys = Object.keys(rowTags);
    for (const wanted of context.deps.costCenterTagKeys) {
      const key = keys.find((candidate) => candidate.toLowerCase() === wanted.toLowerCase());
      if (key === undefined) continue;
      const value = rowTags[key];
      // Untagged or unknown codes stay unallocated (null), never dropped.
      return typeof value === 'string' ? ((await context.references.costCenterId(value)) ?? null) : null;
    }
    return null;
  }

  return {
    kind: 'focus',
    requiredColumns,
    knownColumns: Object.keys(focusRow.shape),
    oneOfColumns: [['ProviderName', 'InvoiceIssuerName']],
    bareNullIsEmpty: true,
    schema: focusRow,
    batchSize: 2000,
    async write(rows: ParsedRow<FocusRow>[], context) {
      const values: (string | null)[][] = [];
      for (const { row } of rows) {
        const providerName = (row.ProviderName ?? row.InvoiceIssuerName) as string;
        const periodKey = `${row.BillingAccountId}\u0000${row.BillingPeriodStart.toISOString()}`;
        if (!touched.has(periodKey)) {
          // A re-export: this file now holds the whole of this account's billing period.
          touched.set(periodKey, { billingAccountId: row.BillingAccountId, billingPeriodStart: row.BillingPeriodStart });
          // Raw SQL: Prisma compiles each deleteMany call, which costs more than the delete.
          await context.tx.$executeRawUnsafe(
            `DELETE FROM "CostRecord" WHERE "billingAccountId" = $1 AND "billingPeriodStart" = $2::timestamp`,
            row.BillingAccountId,
            timestampText(row.BillingPeriodStart),
          );
        }
        const costCenterId = await costCenterOf(row.Tags, context);
        values.push([
          String(context.batchId),
          String(await context.references.vendorId(providerName, 'cloud')),
          providerName,
          row.BillingAccountId,
          row.BillingAccountName,
          timestampText(row.BillingPeriodStart),
          timestampText(row.BillingPeriodEnd),
          timestampText(row.ChargePeriodStart),
          timestampText(row.ChargePeriodEnd),
          row.ChargeCategory,
          row.ChargeClass,
          row.ChargeDescription,
          row.ServiceName,
          row.ServiceCategory,
          row.SubAccountId,
          row.SubAccountName,
          row.RegionId,
          row.ResourceId,
          row.ResourceName,
          row.SkuId,
          row.BilledCost,
          row.EffectiveCost,
          row.ListCost,
          row.ContractedCost,
          row.BillingCurrency,
          row.ConsumedQuantity,
          row.ConsumedUnit,
          row.Tags ? JSON.stringify(row.Tags) : null,
          costCenterId === null ? null : String(costCenterId),
        ]);
      }
      await insertRows(context.tx, 'CostRecord', costRecordColumns, values);
      return [];
    },
    async finish(context) {
      await rebuildCostRollups(context.tx, [...touched.values()]);
      return [];
    },
  };
}
