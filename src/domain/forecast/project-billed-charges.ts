import { Decimal } from '../shared/decimal.js';
import { serviceMonthShare } from './billing-months.js';
import { monthStart, toIsoDate } from '../periods/period.js';

// Carriers and SaaS vendors bill once a month, per account. A month already invoiced is actual;
// each month of the period after an account's last invoice is owed once:
// - its recurring lines again, less the days of services disconnected since (inventory end date);
//   a service in service for part of the last invoiced month (started or ended inside it) was
//   billed for those days only, so its whole month is that charge ÷ the days' share;
// - usage, taxes and surcharges at their average over the account's last (up to) three invoices,
//   because they move with the month's traffic;
// - services added since the last invoice and not on it yet, at their inventory monthly cost or
//   the contract rate, from their start date.
// One-time charges and credits do not recur, so they are actual only.

export type BilledChargeKind = 'recurring' | 'usage' | 'taxes' | 'added';

/** One account's charges summed by what the projection needs to tell apart. */
export interface BilledChargeRow {
  month: string;
  chargeType: string;
  costCenterId: number | null;
  /** Only set for services in service for part of a month (start inside it, end date, disconnected): those are prorated. */
  service: {
    identifierKey: string;
    identifier: string;
    startDate: Date | null;
    endDate: Date | null;
    isDisconnected: boolean;
    /** The inventory's monthly cost, when known. */
    monthlyCost: Decimal | null;
  } | null;
  amount: Decimal;
}

export interface BilledAccount {
  vendor: string;
  domain: string;
  accountNumber: string;
  currency: string;
  /** Every month the account was invoiced in (whatever the filter), newest first. */
  invoicedMonths: string[];
  rows: BilledChargeRow[];
}

export interface AddedService {
  vendor: string;
  domain: string;
  /** null when the account has no invoice yet (or the service names none). */
  accountNumber: string | null;
  identifier: string;
  costCenterId: number | null;
  startDate: Date | null;
  endDate: Date | null;
  monthlyRate: Decimal;
  rateSource: 'inventory' | 'contract';
  currency: string;
}

export interface BilledProjection {
  vendor: string;
  domain: string;
  costCenterId: number | null;
  kind: BilledChargeKind;
  /** The invoice month projected from (recurring), or the newest one averaged (usage, taxes). */
  basisMonth: string | null;
  months: string[];
  amount: Decimal;
  currency: string;
}

export interface ProrationNote {
  vendor: string;
  identifier: string;
  change: 'disconnected' | 'added';
  /** What the change adds (added) or takes off (disconnected, negative) over the projected months. */
  amount: Decimal;
  currency: string;
}

export const averagedInvoices = 3;
const averagedTypes: Record<string, BilledChargeKind> = { usage: 'usage', tax: 'taxes', surcharge: 'taxes' };

export function projectBilledCharges(input: {
  accounts: readonly BilledAccount[];
  addedServices: readonly AddedService[];
  /** Months of the period, YYYY-MM-01. */
  periodMonths: readonly string[];
  /** An account with no invoice on or after this month has stopped billing. */
  activeSince: string;
}): { projections: BilledProjection[]; notes: ProrationNote[] } {
  const projections = new Map<string, BilledProjection>();
  const notes: ProrationNote[] = [];
  const add = (entry: Omit<BilledProjection, 'months'>, month: string) => {
    const key = [entry.vendor, entry.costCenterId ?? '', entry.kind, entry.basisMonth ?? '', entry.currency].join('\u0000');
    const existing = projections.get(key);
    if (existing) {
      existing.amount = existing.amount.plus(entry.amount);
      if (!existing.months.includes(month)) existing.months.push(month);
    } else projections.set(key, { ...entry, months: [month] });
  };
  const projectedMonths = new Map<string, string[]>();
  for (const account of input.accounts) {
    const last = account.invoicedMonths[0];
    if (last === undefined || last < input.activeSince) continue;
    const months = input.periodMonths.filter((month) => month > last);
    projectedMonths.set(`${account.vendor}\u0000${account.accountNumber}`, months);
    if (months.length === 0) continue;
    const averaged = account.invoicedMonths.slice(0, averagedInvoices);
    for (const row of account.rows) {
      const kind = row.chargeType === 'recurring' && row.month === last ? 'recurring' : averagedTypes[row.chargeType];
      if (kind === undefined || (kind !== 'recurring' && !averaged.includes(row.month))) continue;
      const monthly = kind === 'recurring' ? wholeMonthCharge(row, last) : row.amount.div(averaged.length);
      for (const month of months) {
        const share = row.service ? serviceMonthShare(month, row.service) : new Decimal(1);
        const amount = monthly.times(share);
        add(
          {
            vendor: account.vendor,
            domain: account.domain,
            costCenterId: row.costCenterId,
            kind,
            basisMonth: kind === 'recurring' ? last : averaged[0]!,
            amount,
            currency: account.currency,
          },
          month,
        );
        if (row.service && kind === 'recurring' && !amount.equals(row.amount)) {
          // Against the invoice's charge repeated: a part month made whole adds, days out of service take off.
          notes.push({
            vendor: account.vendor,
            identifier: row.service.identifier,
            change: share.equals(1) ? 'added' : 'disconnected',
            amount: amount.minus(row.amount),
            currency: account.currency,
          });
        }
      }
    }
  }
  for (const service of input.addedServices) {
    const startMonth = service.startDate ? toIsoDate(monthStart(service.startDate)) : '';
    const months =
      (service.accountNumber !== null ? projectedMonths.get(`${service.vendor}\u0000${service.accountNumber}`) : undefined) ??
      input.periodMonths.filter((month) => month >= startMonth);
    let total = new Decimal(0);
    for (const month of months) {
      const amount = service.monthlyRate.times(
        serviceMonthShare(month, { startDate: service.startDate, endDate: service.endDate, isDisconnected: false }),
      );
      if (amount.isZero()) continue;
      total = total.plus(amount);
      add(
        {
          vendor: service.vendor,
          domain: service.domain,
          costCenterId: service.costCenterId,
          kind: 'added',
          basisMonth: null,
          amount,
          currency: service.currency,
        },
        month,
      );
    }
    if (!total.isZero())
      notes.push({ vendor: service.vendor, identifier: service.identifier, change: 'added', amount: total, currency: service.currency });
  }
  return { projections: [...projections.values()], notes: mergeNotes(notes) };
}

/**
 * A recurring charge of the last invoiced month as a whole month's: a service in service for only
 * part of that month was billed for its days, so the charge ÷ that share. A charge already at the
 * inventory's monthly cost was billed whole (a carrier that does not prorate) and is kept.
 */
function wholeMonthCharge(row: BilledChargeRow, month: string): Decimal {
  if (!row.service) return row.amount;
  const billedShare = serviceMonthShare(month, row.service);
  if (billedShare.isZero() || billedShare.equals(1)) return row.amount;
  if (row.service.monthlyCost !== null && row.amount.abs().greaterThanOrEqualTo(row.service.monthlyCost.abs())) return row.amount;
  return row.amount.div(billedShare);
}

/** One note per service and change, over all the months it touches. */
function mergeNotes(notes: readonly ProrationNote[]): ProrationNote[] {
  const merged = new Map<string, ProrationNote>();
  for (const note of notes) {
    const key = [note.vendor, note.identifier, note.change].join('\u0000');
    const existing = merged.get(key);
    if (existing) existing.amount = existing.amount.plus(note.amount);
    else merged.set(key, { ...note });
  }
  return [...merged.values()];
}
