import { z } from 'zod';
import type { Prisma } from '../../../db/generated/client.js';
import { caseInsensitiveEnum, currencyCode, decimalText, focusTimestamp, optionalDecimal, optionalText, requiredText } from '../fields.js';
import type { ImportContext, KindImporter, ParsedRow } from '../import-kind.js';
import { type BillingPeriodKey, rebuildCostRollups } from '../rebuild-cost-rollups.js';

const chargeCategories = ['Usage', 'Purchase', 'Tax', 'Credit', 'Adjustment'] as const;
const serviceCategories = [
  'AI and Machine Learning', 'Analytics', 'Business Applications', 'Compute', 'Databases', 'Developer Tools',
  'Multicloud', 'Identity', 'Integration', 'Internet of Things', 'Management and Governance', 'Media', 'Migration',
  'Mobile', 'Networking', 'Security', 'Storage', 'Web', 'Other',
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

const focusRow = z
  .object({
    BilledCost: decimalText,
    BillingAccountId: requiredText,
    BillingAccountName: optionalText,
    BillingCurrency: z.string().trim().min(1, 'Required, but the cell is empty').pipe(currencyCode),
    BillingPeriodStart: focusTimestamp,
    BillingPeriodEnd: focusTimestamp,
    ChargePeriodStart: focusTimestamp,
    ChargePeriodEnd: focusTimestamp,
    ChargeCategory: caseInsensitiveEnum(chargeCategories),
    ChargeClass: optionalText,
    ChargeDescription: optionalText,
    ProviderName: optionalText,
    InvoiceIssuerName: optionalText,
    ServiceName: optionalText,
    // Spec values in their canonical spelling; a provider's own category is kept as written.
    ServiceCategory: optionalText.transform((value) => (value === null ? null : (serviceCategoryByKey.get(value.toLowerCase()) ?? value))),
    SubAccountId: optionalText,
    SubAccountName: optionalText,
    RegionId: optionalText,
    ResourceId: optionalText,
    ResourceName: optionalText,
    SkuId: optionalText,
    EffectiveCost: optionalDecimal,
    ListCost: optionalDecimal,
    ContractedCost: optionalDecimal,
    ConsumedQuantity: optionalDecimal,
    ConsumedUnit: optionalText,
    Tags: tags,
  })
  .superRefine((row, context) => {
    if (row.ProviderName === null && row.InvoiceIssuerName === null) {
      context.addIssue({ code: 'custom', path: ['ProviderName'], message: 'Required: the provider (or InvoiceIssuerName) names who billed this cost' });
    }
    if (row.ChargePeriodEnd < row.ChargePeriodStart) {
      context.addIssue({ code: 'custom', path: ['ChargePeriodEnd'], message: 'Ends before ChargePeriodStart; the end must be on or after the start' });
    }
    if (row.BillingPeriodEnd < row.BillingPeriodStart) {
      context.addIssue({ code: 'custom', path: ['BillingPeriodEnd'], message: 'Ends before BillingPeriodStart; the end must be on or after the start' });
    }
  });

type FocusRow = z.output<typeof focusRow>;

const requiredColumns = [
  'BilledCost', 'BillingAccountId', 'BillingCurrency', 'BillingPeriodStart', 'BillingPeriodEnd',
  'ChargePeriodStart', 'ChargePeriodEnd', 'ChargeCategory',
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
      const data: Prisma.CostRecordCreateManyInput[] = [];
      for (const { row } of rows) {
        const providerName = (row.ProviderName ?? row.InvoiceIssuerName) as string;
        const periodKey = `${row.BillingAccountId}\u0000${row.BillingPeriodStart.toISOString()}`;
        if (!touched.has(periodKey)) {
          // A re-export: this file now holds the whole of this account's billing period.
          touched.set(periodKey, { billingAccountId: row.BillingAccountId, billingPeriodStart: row.BillingPeriodStart });
          await context.tx.costRecord.deleteMany({
            where: { billingAccountId: row.BillingAccountId, billingPeriodStart: row.BillingPeriodStart },
          });
        }
        data.push({
          importBatchId: context.batchId,
          vendorId: await context.references.vendorId(providerName, 'cloud'),
          providerName,
          billingAccountId: row.BillingAccountId,
          billingAccountName: row.BillingAccountName,
          billingPeriodStart: row.BillingPeriodStart,
          billingPeriodEnd: row.BillingPeriodEnd,
          chargePeriodStart: row.ChargePeriodStart,
          chargePeriodEnd: row.ChargePeriodEnd,
          chargeCategory: row.ChargeCategory,
          chargeClass: row.ChargeClass,
          chargeDescription: row.ChargeDescription,
          serviceName: row.ServiceName,
          serviceCategory: row.ServiceCategory,
          subAccountId: row.SubAccountId,
          subAccountName: row.SubAccountName,
          regionId: row.RegionId,
          resourceId: row.ResourceId,
          resourceName: row.ResourceName,
          skuId: row.SkuId,
          billedCost: row.BilledCost,
          effectiveCost: row.EffectiveCost,
          listCost: row.ListCost,
          contractedCost: row.ContractedCost,
          billingCurrency: row.BillingCurrency,
          consumedQuantity: row.ConsumedQuantity,
          consumedUnit: row.ConsumedUnit,
          ...(row.Tags ? { tags: row.Tags as Prisma.InputJsonObject } : {}),
          costCenterId: await costCenterOf(row.Tags, context),
        });
      }
      await context.tx.costRecord.createMany({ data });
      return [];
    },
    async finish(context) {
      for (const period of touched.values()) await rebuildCostRollups(context.tx, period);
      return [];
    },
  };
}
