// Cloud and SaaS spend of the fictional company: which billing accounts, sub-accounts and services
// produce daily FOCUS rows, at what daily level, and which cost-center tag they carry.

export interface CloudSeries {
  serviceName: string;
  serviceCategory: string;
  regionId: string;
  regionName: string;
  skuId: string;
  consumedUnit: string;
  /** Typical daily BilledCost in dollars at the start of the history. */
  dailyDollars: number;
  /** Weekend level relative to a weekday (dev workloads sleep at weekends). */
  weekendFactor: number;
}

export interface CloudSubAccount {
  id: string;
  name: string;
  /** The cost-center tag; null leaves the spend unallocated. */
  costCenter: string | null;
  environment: string;
  series: CloudSeries[];
}

export interface CloudProvider {
  vendor: string;
  providerName: string;
  publisherName: string;
  /** Short name used in file names. */
  slug: string;
  billingAccountId: string;
  billingAccountName: string;
  kind: 'cloud' | 'saas';
  /** Monthly growth of usage (cloud grows; SaaS seats are flat). */
  monthlyGrowth: number;
  /** Day-to-day noise, ± this fraction. */
  noise: number;
  chargeCategory: 'Usage' | 'Purchase';
  chargeFrequency: 'Usage-Based' | 'Recurring';
  subAccounts: CloudSubAccount[];
}

const series = (
  serviceName: string,
  serviceCategory: string,
  regionId: string,
  regionName: string,
  skuId: string,
  consumedUnit: string,
  dailyDollars: number,
  weekendFactor = 1,
): CloudSeries => ({ serviceName, serviceCategory, regionId, regionName, skuId, consumedUnit, dailyDollars, weekendFactor });

export const cloudProviders: CloudProvider[] = [
  {
    vendor: 'AWS',
    providerName: 'AWS',
    publisherName: 'Amazon Web Services, Inc.',
    slug: 'aws',
    billingAccountId: '418276503912',
    billingAccountName: 'Northwind Logistics AWS Organization',
    kind: 'cloud',
    monthlyGrowth: 0.008,
    noise: 0.03,
    chargeCategory: 'Usage',
    chargeFrequency: 'Usage-Based',
    subAccounts: [
      {
        id: '520113847261',
        name: 'nw-prod',
        costCenter: 'CC-610',
        environment: 'prod',
        series: [
          series('Amazon Elastic Compute Cloud', 'Compute', 'us-east-1', 'US East (N. Virginia)', 'EC2-BoxUsage', 'Hours', 1850, 0.93),
          series('Amazon Elastic Compute Cloud', 'Compute', 'us-west-2', 'US West (Oregon)', 'EC2-BoxUsage', 'Hours', 620, 0.93),
          series(
            'Amazon Relational Database Service',
            'Databases',
            'us-east-1',
            'US East (N. Virginia)',
            'RDS-InstanceUsage',
            'Hours',
            540,
          ),
          series('Amazon Simple Storage Service', 'Storage', 'us-east-1', 'US East (N. Virginia)', 'S3-TimedStorage', 'GB-Mo', 210),
          series('AWS Data Transfer', 'Networking', 'us-east-1', 'US East (N. Virginia)', 'DataTransfer-Out', 'GB', 160, 0.9),
        ],
      },
      {
        id: '520113847262',
        name: 'nw-data',
        costCenter: 'CC-620',
        environment: 'prod',
        series: [
          series('Amazon EMR', 'Analytics', 'us-east-1', 'US East (N. Virginia)', 'EMR-Instance', 'Hours', 380, 0.85),
          series('Amazon Simple Storage Service', 'Storage', 'us-east-1', 'US East (N. Virginia)', 'S3-TimedStorage', 'GB-Mo', 150),
        ],
      },
      {
        id: '520113847263',
        name: 'nw-dev',
        costCenter: 'CC-630',
        environment: 'dev',
        series: [
          series('Amazon Elastic Compute Cloud', 'Compute', 'us-east-1', 'US East (N. Virginia)', 'EC2-BoxUsage', 'Hours', 420, 0.55),
          series(
            'Amazon Relational Database Service',
            'Databases',
            'us-east-1',
            'US East (N. Virginia)',
            'RDS-InstanceUsage',
            'Hours',
            90,
            0.6,
          ),
        ],
      },
      {
        id: '520113847264',
        name: 'nw-shared-services',
        costCenter: null,
        environment: 'shared',
        series: [
          series('AWS CloudTrail', 'Management and Governance', 'us-east-1', 'US East (N. Virginia)', 'CloudTrail-Events', 'Events', 35),
          series('Amazon Virtual Private Cloud', 'Networking', 'us-east-1', 'US East (N. Virginia)', 'VPC-NatGateway', 'Hours', 70),
        ],
      },
    ],
  },
  {
    vendor: 'Microsoft',
    providerName: 'Microsoft',
    publisherName: 'Microsoft',
    slug: 'azure',
    billingAccountId: '7c1f3a2e-58b4-4d0e-9a61-2f83d5b0c417',
    billingAccountName: 'Northwind Logistics Enterprise Agreement',
    kind: 'cloud',
    monthlyGrowth: 0.006,
    noise: 0.03,
    chargeCategory: 'Usage',
    chargeFrequency: 'Usage-Based',
    subAccounts: [
      {
        id: '/subscriptions/3b9e1c7a-0d42-4f8e-b5a6-91c2e7d40a11',
        name: 'nw-erp-prod',
        costCenter: 'CC-640',
        environment: 'prod',
        series: [
          series('Virtual Machines', 'Compute', 'eastus', 'East US', 'DZH318Z0BQ4L', 'Hours', 960, 0.95),
          series('Azure SQL Database', 'Databases', 'eastus', 'East US', 'DZH318Z0BQ3B', 'vCore Hours', 430),
          series('Storage', 'Storage', 'eastus', 'East US', 'DZH318Z0BPN7', 'GB/Month', 120),
          series('Azure Monitor', 'Management and Governance', 'eastus', 'East US', 'DZH318Z0BP9W', 'GB', 45),
        ],
      },
      {
        id: '/subscriptions/8d0f5a2b-6c13-47e9-a2d8-5e71b9c3f622',
        name: 'nw-europe',
        costCenter: 'CC-220',
        environment: 'prod',
        series: [
          series('Virtual Machines', 'Compute', 'westeurope', 'West Europe', 'DZH318Z0BQ4L', 'Hours', 310, 0.9),
          series('Azure App Service', 'Compute', 'westeurope', 'West Europe', 'DZH318Z0BNS5', 'Hours', 140),
        ],
      },
      {
        id: '/subscriptions/c47a2e90-1b5d-4c3f-8e06-7a9d2f1b8e33',
        name: 'nw-sandbox',
        costCenter: null,
        environment: 'sandbox',
        series: [series('Virtual Machines', 'Compute', 'eastus2', 'East US 2', 'DZH318Z0BQ4L', 'Hours', 80, 0.5)],
      },
    ],
  },
  {
    vendor: 'Google Cloud',
    providerName: 'Google Cloud',
    publisherName: 'Google Cloud',
    slug: 'gcp',
    billingAccountId: '01A7C3-5F2D9B-E4C810',
    billingAccountName: 'Northwind Logistics GCP',
    kind: 'cloud',
    monthlyGrowth: 0.01,
    noise: 0.03,
    chargeCategory: 'Usage',
    chargeFrequency: 'Usage-Based',
    subAccounts: [
      {
        id: 'nw-analytics-prod',
        name: 'Northwind Analytics Prod',
        costCenter: 'CC-620',
        environment: 'prod',
        series: [
          series('BigQuery', 'Analytics', 'US', 'United States (multi-region)', '24E6-581D-38E5', 'TiB', 520, 0.8),
          series('Cloud Storage', 'Storage', 'US', 'United States (multi-region)', 'E3DD-2E7B-1F0C', 'GiB-Months', 95),
          series('Vertex AI', 'AI and Machine Learning', 'us-central1', 'Iowa', 'A1E8-BE35-7EBC', 'Hours', 260, 0.9),
        ],
      },
      {
        id: 'nw-routing-engine',
        name: 'Northwind Routing Engine',
        costCenter: 'CC-630',
        environment: 'prod',
        series: [
          series('Compute Engine', 'Compute', 'us-central1', 'Iowa', '6E2A-1C5B-0F8D', 'Hours', 340, 0.9),
          series('Cloud SQL', 'Databases', 'us-central1', 'Iowa', '9D1C-77A0-4B2E', 'Hours', 110),
        ],
      },
    ],
  },
  {
    vendor: 'Salesforce',
    providerName: 'Salesforce',
    publisherName: 'Salesforce',
    slug: 'salesforce',
    billingAccountId: '00D5f000000NWLOG',
    billingAccountName: 'Northwind Logistics',
    kind: 'saas',
    monthlyGrowth: 0,
    noise: 0,
    chargeCategory: 'Purchase',
    chargeFrequency: 'Recurring',
    subAccounts: [
      {
        id: 'SF-ORG-SALES',
        name: 'Sales Cloud Enterprise',
        costCenter: 'CC-210',
        environment: 'prod',
        series: [series('Sales Cloud', 'Business Applications', 'global', 'Global', 'SF-SALES-ENT', 'Licenses', 976.44)],
      },
      {
        id: 'SF-ORG-SERVICE',
        name: 'Service Cloud Enterprise',
        costCenter: 'CC-430',
        environment: 'prod',
        series: [series('Service Cloud', 'Business Applications', 'global', 'Global', 'SF-SERVICE-ENT', 'Licenses', 542.47)],
      },
    ],
  },
  {
    vendor: 'Zoom',
    providerName: 'Zoom',
    publisherName: 'Zoom Video Communications',
    slug: 'zoom',
    billingAccountId: 'ZM-7781-2204',
    billingAccountName: 'Northwind Logistics',
    kind: 'saas',
    monthlyGrowth: 0,
    noise: 0,
    chargeCategory: 'Purchase',
    chargeFrequency: 'Recurring',
    subAccounts: [
      {
        id: 'ZM-WORKPLACE',
        name: 'Zoom Workplace Business',
        costCenter: null,
        environment: 'prod',
        series: [series('Zoom Workplace', 'Business Applications', 'global', 'Global', 'ZM-WP-BUS', 'Licenses', 231.78)],
      },
    ],
  },
  {
    vendor: 'Atlassian',
    providerName: 'Atlassian',
    publisherName: 'Atlassian',
    slug: 'atlassian',
    billingAccountId: 'ATL-NWLOG-0420',
    billingAccountName: 'Northwind Logistics',
    kind: 'saas',
    monthlyGrowth: 0,
    noise: 0,
    chargeCategory: 'Purchase',
    chargeFrequency: 'Recurring',
    subAccounts: [
      {
        id: 'nwlogistics.atlassian.net',
        name: 'Jira and Confluence',
        costCenter: 'CC-630',
        environment: 'prod',
        series: [
          series('Jira Software Cloud', 'Developer Tools', 'global', 'Global', 'JIRA-STD', 'Users', 118.36),
          series('Confluence Cloud', 'Developer Tools', 'global', 'Global', 'CONF-STD', 'Users', 64.11),
        ],
      },
    ],
  },
];

/** Planted cloud anomalies, placed relative to the last full month (0) and earlier ones (−k). */
export const plantedSpikes = [
  {
    monthOffset: 0,
    day: 14,
    vendor: 'AWS',
    subAccountId: '520113847261',
    extras: [
      { serviceName: 'Amazon Elastic Compute Cloud', regionId: 'us-east-1', factor: 2.6 },
      { serviceName: 'AWS Data Transfer', regionId: 'us-east-1', factor: 1.8 },
    ],
  },
  {
    monthOffset: -3,
    day: 22,
    vendor: 'Microsoft',
    subAccountId: '/subscriptions/8d0f5a2b-6c13-47e9-a2d8-5e71b9c3f622',
    extras: [
      { serviceName: 'Virtual Machines', regionId: 'westeurope', factor: 3.2 },
      { serviceName: 'Azure App Service', regionId: 'westeurope', factor: 0.9 },
    ],
  },
  {
    monthOffset: -7,
    day: 5,
    vendor: 'Google Cloud',
    subAccountId: 'nw-analytics-prod',
    extras: [{ serviceName: 'BigQuery', regionId: 'US', factor: 4.5 }],
  },
  {
    monthOffset: -15,
    day: 9,
    vendor: 'AWS',
    subAccountId: '520113847262',
    extras: [{ serviceName: 'Amazon EMR', regionId: 'us-east-1', factor: 3.5 }],
  },
];

export const plantedStepChange = {
  monthOffset: -2,
  day: 8,
  vendor: 'Microsoft',
  subAccountId: '/subscriptions/3b9e1c7a-0d42-4f8e-b5a6-91c2e7d40a11',
  serviceName: 'Azure SQL Database',
  regionId: 'eastus',
  factor: 1.65,
};
