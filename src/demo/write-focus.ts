import { join } from 'node:path';
import { addDays, addMonths, daysInMonth, toIsoDate, toIsoMonth } from '../domain/periods/period.js';
import type { Cents } from './cents.js';
import { formatCents, roundToCents } from './cents.js';
import { CsvFileWriter } from './csv-file-writer.js';
import type { DemoFindings } from './demo-answer-key.js';
import type { CloudProvider, CloudSeries, CloudSubAccount } from './demo-cloud-catalog.js';
import { cloudProviders, plantedSpikes, plantedStepChange } from './demo-cloud-catalog.js';
import type { DemoModel } from './demo-model.js';
import { DemoTally } from './demo-tally.js';
import { createSeededRandom } from './seeded-random.js';
import type { WrittenFile } from './write-reference-files.js';

const focusHeader = [
  'BilledCost',
  'EffectiveCost',
  'ListCost',
  'ContractedCost',
  'BillingAccountId',
  'BillingAccountName',
  'BillingCurrency',
  'BillingPeriodStart',
  'BillingPeriodEnd',
  'ChargeCategory',
  'ChargeClass',
  'ChargeDescription',
  'ChargeFrequency',
  'ChargePeriodStart',
  'ChargePeriodEnd',
  'ConsumedQuantity',
  'ConsumedUnit',
  'InvoiceIssuerName',
  'ProviderName',
  'PublisherName',
  'RegionId',
  'RegionName',
  'ResourceId',
  'ResourceName',
  'ServiceCategory',
  'ServiceName',
  'SkuId',
  'SubAccountId',
  'SubAccountName',
  'Tags',
];

export type FocusFindings = Pick<DemoFindings, 'costSpikes' | 'stepChanges'>;

const timestamp = (day: Date) => `${toIsoDate(day)}T00:00:00Z`;

/**
 * Daily FOCUS rows, one file per provider: one row per sub-account, service
 * and region per day. Level = start level × monthly growth × weekday pattern × small noise;
 * the planted spikes and the step change are the only departures from it.
 */
export async function writeFocus(
  model: DemoModel,
  outDir: string,
  tally: DemoTally,
): Promise<{ files: WrittenFile[]; findings: FocusFindings }> {
  const historyStart = model.months[0] as Date;
  const lastFullMonth = model.months[model.months.length - 1] as Date;
  const spikeDays = plantedSpikes.map((spike) => ({
    ...spike,
    dayText: toIsoDate(addDays(addMonths(lastFullMonth, spike.monthOffset), spike.day - 1)),
  }));
  const stepFrom = addDays(addMonths(lastFullMonth, plantedStepChange.monthOffset), plantedStepChange.day - 1);
  const stepSeriesCosts: { day: Date; cents: Cents }[] = [];
  const findings: FocusFindings = { costSpikes: [], stepChanges: [] };
  const files: WrittenFile[] = [];
  const billingMonths = model.monthToDateDays > 0 ? [...model.months, model.asOfMonth] : model.months;
  const slugs = [...new Set(model.cloudEstate.map((provider) => provider.slug))];
  for (const slug of slugs) {
    // The catalog's billing account draws its noise as it always has; each copy at scale > 1 has
    // its own draws, so copies are not the same series and the 1× files do not change.
    const accounts = model.cloudEstate
      .filter((provider) => provider.slug === slug)
      .map((provider, index) => ({
        provider,
        random: createSeededRandom(model.seed).fork(index === 0 ? `focus:${slug}` : `focus:${slug}:${provider.billingAccountId}`),
      }));
    // One file per provider holding every billing period and billing account: the importer
    // replaces each (billing account, period) it contains, and 6 files load much faster than 150.
    const writer = await CsvFileWriter.create(join(outDir, `focus-${slug}.csv`), focusHeader);
    for (const billingMonth of billingMonths) {
      const month = toIsoMonth(billingMonth);
      const days = billingMonth.getTime() === model.asOfMonth.getTime() ? model.monthToDateDays : daysInMonth(billingMonth);
      for (let dayOfMonth = 0; dayOfMonth < days; dayOfMonth++) {
        const day = addDays(billingMonth, dayOfMonth);
        const dayText = toIsoDate(day);
        const elapsedMonths = (day.getTime() - historyStart.getTime()) / (30.4375 * 86_400_000);
        const isWeekend = day.getUTCDay() === 0 || day.getUTCDay() === 6;
        for (const { provider, random } of accounts) {
          for (const subAccount of provider.subAccounts) {
            const spike = spikeDays.find(
              (candidate) =>
                candidate.vendor === provider.vendor && candidate.subAccountId === subAccount.id && candidate.dayText === dayText,
            );
            let expected = 0;
            const contributors: { serviceName: string; regionId: string; impact: Cents }[] = [];
            for (const series of subAccount.series) {
              const typical =
                series.dailyDollars * Math.pow(1 + provider.monthlyGrowth, elapsedMonths) * (isWeekend ? series.weekendFactor : 1);
              const isStepped =
                provider.vendor === plantedStepChange.vendor &&
                subAccount.id === plantedStepChange.subAccountId &&
                series.serviceName === plantedStepChange.serviceName &&
                series.regionId === plantedStepChange.regionId;
              const level = isStepped && day >= stepFrom ? typical * plantedStepChange.factor : typical;
              const normal = provider.noise === 0 ? roundToCents(level) : roundToCents(level * (1 + random.jitter(provider.noise)));
              const extra = spike?.extras.find(
                (candidate) => candidate.serviceName === series.serviceName && candidate.regionId === series.regionId,
              );
              const extraCents = extra ? roundToCents(typical * extra.factor) : 0;
              if (extra) contributors.push({ serviceName: series.serviceName, regionId: series.regionId, impact: extraCents });
              expected += normal;
              const cents = normal + extraCents;
              if (isStepped) stepSeriesCosts.push({ day, cents });
              await writer.row(focusRow(provider, subAccount, series, billingMonth, day, cents));
              tally.focusRows++;
              tally.add(tally.vendorMonth, DemoTally.key(provider.vendor, month), cents);
              tally.add(tally.cloudCostCenterMonth, DemoTally.key(subAccount.costCenter, month), cents);
              tally.add(
                tally.cloudServiceMonth,
                DemoTally.key(provider.vendor, subAccount.id, subAccount.name, series.serviceName, month),
                cents,
              );
            }
            if (spike && contributors.length > 0) {
              const ranked = [...contributors].sort((left, right) => right.impact - left.impact);
              const impact = ranked.reduce((sum, contributor) => sum + contributor.impact, 0);
              const top = ranked[0] as (typeof ranked)[number];
              findings.costSpikes.push({
                day: dayText,
                vendor: provider.vendor,
                providerName: provider.providerName,
                billingAccountId: provider.billingAccountId,
                subAccountId: subAccount.id,
                subAccountName: subAccount.name,
                expected: formatCents(expected),
                actual: formatCents(expected + impact),
                impact: formatCents(impact),
                topContributor: { serviceName: top.serviceName, regionId: top.regionId, impact: formatCents(top.impact) },
                contributors: ranked.map((contributor) => ({ ...contributor, impact: formatCents(contributor.impact) })),
              });
            }
          }
        }
      }
    }
    await writer.close();
    files.push({ kind: 'focus', path: writer.path, rows: writer.rowCount });
  }
  findings.costSpikes.sort((left, right) => left.day.localeCompare(right.day));
  const provider = cloudProviders.find((candidate) => candidate.vendor === plantedStepChange.vendor) as CloudProvider;
  const subAccount = provider.subAccounts.find((candidate) => candidate.id === plantedStepChange.subAccountId) as CloudSubAccount;
  const meanOf = (from: Date, to: Date) => {
    const window = stepSeriesCosts.filter((entry) => entry.day >= from && entry.day < to);
    return Math.round(window.reduce((sum, entry) => sum + entry.cents, 0) / window.length);
  };
  findings.stepChanges.push({
    from: toIsoDate(stepFrom),
    vendor: provider.vendor,
    providerName: provider.providerName,
    subAccountId: subAccount.id,
    subAccountName: subAccount.name,
    serviceName: plantedStepChange.serviceName,
    regionId: plantedStepChange.regionId,
    dailyBefore: formatCents(meanOf(addDays(stepFrom, -28), stepFrom)),
    dailyAfter: formatCents(meanOf(stepFrom, addDays(stepFrom, 28))),
    factor: String(plantedStepChange.factor),
  });
  return { files, findings };
}

function focusRow(
  provider: CloudProvider,
  subAccount: CloudSubAccount,
  series: CloudSeries,
  billingMonth: Date,
  day: Date,
  cents: Cents,
): string[] {
  const tags: Record<string, string> = {};
  if (subAccount.costCenter) tags['cost-center'] = subAccount.costCenter;
  tags.environment = subAccount.environment;
  const billed = formatCents(cents);
  // List price before the negotiated discount (15% off list for every provider here).
  const list = formatCents(Math.round((cents * 100) / 85));
  const quantity = (cents / 100 / 0.12).toFixed(3);
  return [
    billed,
    billed,
    list,
    billed,
    provider.billingAccountId,
    provider.billingAccountName,
    'USD',
    timestamp(billingMonth),
    timestamp(addMonths(billingMonth, 1)),
    provider.chargeCategory,
    '',
    `${series.serviceName} ${series.consumedUnit.toLowerCase()} in ${series.regionName}`,
    provider.chargeFrequency,
    timestamp(day),
    timestamp(addDays(day, 1)),
    quantity,
    series.consumedUnit,
    provider.publisherName,
    provider.providerName,
    provider.publisherName,
    series.regionId,
    series.regionName,
    resourceId(provider, subAccount, series),
    `${subAccount.name}-${series.serviceName.toLowerCase().replace(/[^a-z0-9]+/g, '-')}`,
    series.serviceCategory,
    series.serviceName,
    series.skuId,
    subAccount.id,
    subAccount.name,
    JSON.stringify(tags),
  ];
}

function resourceId(provider: CloudProvider, subAccount: CloudSubAccount, series: CloudSeries): string {
  const slug = series.serviceName.toLowerCase().replace(/[^a-z0-9]+/g, '-');
  switch (provider.slug) {
    case 'aws':
      return `arn:aws:${slug}:${series.regionId}:${subAccount.id}:${subAccount.environment}/${slug}`;
    case 'azure':
      return `${subAccount.id}/resourceGroups/rg-${subAccount.name}/providers/${slug}`;
    case 'gcp':
      return `//${slug}.googleapis.com/projects/${subAccount.id}/${series.regionId}`;
    default:
      return `${provider.slug}:${subAccount.id}:${slug}`;
  }
}
