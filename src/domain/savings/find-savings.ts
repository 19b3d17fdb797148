import type { DomainDeps } from '../deps.js';
import { findAboveRateSavings } from './find-above-rate-savings.js';
import { findIdleCloudSavings } from './find-idle-cloud-savings.js';
import { findZeroUsageSavings } from './find-zero-usage-savings.js';
import type { SavingDomain, SavingOpportunity } from './saving-opportunity.js';
import { summarizeSavings, type SavingsSummary } from './summarize-savings.js';

export interface FindSavingsInput {
  /** months without usage that make a line or resource idle (default 3) */
  months?: number;
  domain?: SavingDomain;
}

export interface FindSavingsResult {
  months: number;
  /** the usage months examined, YYYY-MM-DD, end exclusive; null when no usage is imported */
  usageWindow: { start: string; end: string } | null;
  /** the invoice month examined for prices, YYYY-MM-DD */
  invoicePeriod: string | null;
  opportunities: SavingOpportunity[];
  totals: SavingsSummary['totals'];
  byKind: SavingsSummary['byKind'];
}

const monthAfter = (date: Date) => new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth() + 1, 1));
const monthsBefore = (date: Date, months: number) => new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth() - months, 1));

/**
 * What could be saved a month and a year: idle mobile lines, services billed above contract or
 * far above their peers, idle cloud resources. Windows end at the latest imported data, not at
 * today, so a late import does not make every line look idle.
 */
export async function findSavings(input: FindSavingsInput, deps: DomainDeps): Promise<FindSavingsResult> {
  const months = input.months ?? 3;
  const [usage, invoices, cloud] = await Promise.all([
    deps.prisma.mobileUsage.aggregate({ _max: { period: true } }),
    deps.prisma.invoice.aggregate({ _max: { periodStart: true } }),
    deps.prisma.costRecord.aggregate({ _max: { chargePeriodStart: true } }),
  ]);
  const latestUsage = usage._max.period;
  const latestInvoice = invoices._max.periodStart;
  const latestCloud = cloud._max.chargePeriodStart;
  const wants = (domain: SavingDomain) => input.domain === undefined || input.domain === domain;

  const usageWindow = latestUsage ? { start: monthsBefore(latestUsage, months - 1), end: monthAfter(latestUsage) } : null;
  // The cloud month in progress is provisional: count complete months only.
  const cloudWindow = latestCloud ? { start: monthsBefore(latestCloud, months), end: monthsBefore(latestCloud, 0) } : null;
  const found = await Promise.all([
    usageWindow && wants('mobility') ? findZeroUsageSavings(usageWindow, deps) : [],
    latestInvoice && (wants('mobility') || wants('telecom')) ? findAboveRateSavings(latestInvoice, deps) : [],
    cloudWindow && wants('cloud') ? findIdleCloudSavings(cloudWindow, months, deps) : [],
  ]);
  const opportunities = found.flat().filter((opportunity) => wants(opportunity.domain));
  const { totals, byKind } = summarizeSavings(opportunities);
  return {
    months,
    usageWindow: usageWindow ? { start: usageWindow.start.toISOString().slice(0, 10), end: usageWindow.end.toISOString().slice(0, 10) } : null,
    invoicePeriod: latestInvoice ? latestInvoice.toISOString().slice(0, 10) : null,
    opportunities,
    totals,
    byKind,
  };
}
