import type { Decimal } from '../shared/decimal.js';
import type { Granularity } from './period-axis.js';

/** One amount of spend in one period, with the dimensions an anomaly can be explained by. */
export interface CostFact {
  /** ISO day, or the first day of the month for monthly (telecom) facts */
  period: string;
  amount: Decimal;
  currency: string;
  attributes: Readonly<Partial<Record<CostAttribute, string | undefined>>>;
}

export type CostAttribute =
  | 'provider'
  | 'billingAccount'
  | 'service'
  | 'subAccount'
  | 'region'
  | 'chargeCategory'
  | 'costCenter'
  | 'vendor'
  | 'account'
  | 'chargeType';

/** Which series are watched: the attributes that name a series and those that explain it. */
export interface SeriesFamily {
  id: 'cloud-service' | 'cloud-cost-center' | 'telecom-account' | 'telecom-charge-type';
  granularity: Granularity;
  keyAttributes: CostAttribute[];
  contributorAttributes: CostAttribute[];
}

export const seriesFamilies: Record<SeriesFamily['id'], SeriesFamily> = {
  'cloud-service': {
    id: 'cloud-service',
    granularity: 'day',
    keyAttributes: ['provider', 'billingAccount', 'service'],
    contributorAttributes: ['subAccount', 'region', 'chargeCategory', 'costCenter'],
  },
  'cloud-cost-center': {
    id: 'cloud-cost-center',
    granularity: 'day',
    keyAttributes: ['costCenter'],
    contributorAttributes: ['service', 'provider', 'subAccount', 'region', 'chargeCategory'],
  },
  'telecom-account': {
    id: 'telecom-account',
    granularity: 'month',
    keyAttributes: ['vendor', 'account'],
    contributorAttributes: ['chargeType', 'costCenter'],
  },
  'telecom-charge-type': {
    id: 'telecom-charge-type',
    granularity: 'month',
    keyAttributes: ['vendor', 'chargeType'],
    contributorAttributes: ['account', 'costCenter'],
  },
};

export const attributeLabels: Record<CostAttribute, string> = {
  provider: 'Provider',
  billingAccount: 'Billing account',
  service: 'Service',
  subAccount: 'Sub-account',
  region: 'Region',
  chargeCategory: 'Charge category',
  costCenter: 'Cost center',
  vendor: 'Vendor',
  account: 'Account',
  chargeType: 'Charge type',
};
