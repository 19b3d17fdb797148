import { z } from 'zod';

// The filters every spend tool accepts, described once for the model and the planner.

const spendDomains = ['telecom', 'mobility', 'cloud', 'saas'] as const;

export const spendDimensions = [
  'vendor',
  'domain',
  'cost_center',
  'location',
  'service_type',
  'service',
  'service_name',
  'service_category',
  'account',
  'region',
  'charge_type',
] as const;
export type SpendDimension = (typeof spendDimensions)[number];

export const chargeTypes = ['recurring', 'usage', 'one_time', 'tax', 'surcharge', 'credit', 'purchase', 'adjustment'] as const;

export const spendFilterFields = {
  vendors: z.array(z.string().min(1).max(100)).max(20).optional().describe('Vendor names or aliases, e.g. ["AT&T", "Azure"]'),
  domains: z.array(z.enum(spendDomains)).optional().describe('Spend domains: telecom, mobility, cloud, saas'),
  costCenters: z.array(z.string().min(1).max(100)).max(50).optional().describe('Cost-center codes or names'),
  locations: z.array(z.string().min(1).max(100)).max(50).optional().describe('Location names, cities or countries (telecom services only)'),
  serviceTypes: z
    .array(z.enum(['mobile_line', 'circuit', 'voice_trunk', 'pots_line', 'cloud_account', 'saas_subscription', 'device']))
    .optional()
    .describe('Inventory service types (telecom invoice lines through their service)'),
  serviceNames: z.array(z.string().min(1).max(200)).max(20).optional().describe('FOCUS ServiceName values, e.g. "Amazon EC2"'),
  serviceCategories: z.array(z.string().min(1).max(100)).max(20).optional().describe('FOCUS ServiceCategory values, e.g. "Compute"'),
  regions: z.array(z.string().min(1).max(100)).max(20).optional().describe('FOCUS RegionId values, e.g. "us-east-1" (cloud rows only)'),
  accounts: z
    .array(z.string().min(1).max(200))
    .max(20)
    .optional()
    .describe(
      'Billing accounts or sub-accounts by id or name: a carrier account number, a FOCUS BillingAccountId/Name or SubAccountId/Name',
    ),
  chargeTypes: z
    .array(z.enum(chargeTypes))
    .optional()
    .describe(
      'Charge types: invoice recurring, usage, one_time, tax, surcharge, credit; FOCUS purchase, adjustment. usage is everything billed per use (roaming, long distance, overages) and cannot be split further: for roaming alone, say it is not separated rather than answer with usage',
    ),
  costType: z
    .enum(['billed', 'effective'])
    .optional()
    .describe('billed (default: what invoices say) or effective (amortized, after commitment discounts)'),
};

export const spendFiltersSchema = z.object(spendFilterFields);
export type SpendFilters = z.output<typeof spendFiltersSchema>;

/** Dimension labels as a person reads them. */
export const dimensionLabels: Record<SpendDimension, string> = {
  vendor: 'vendor',
  domain: 'domain',
  cost_center: 'cost center',
  location: 'location',
  service_type: 'service type',
  service: 'service',
  service_name: 'service',
  service_category: 'service category',
  account: 'account',
  region: 'region',
  charge_type: 'charge type',
};
