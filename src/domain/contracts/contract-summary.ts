import type { Prisma } from '../../db/generated/client.js';
import { addDays, daysBetween, toIsoDate, startOfDay } from '../periods/period.js';

export const contractSelect = {
  id: true,
  externalId: true,
  name: true,
  startDate: true,
  endDate: true,
  autoRenew: true,
  noticeDays: true,
  committedAnnual: true,
  currency: true,
  vendorId: true,
  vendor: { select: { name: true } },
} satisfies Prisma.ContractSelect;

export type ContractRow = Prisma.ContractGetPayload<{ select: typeof contractSelect }>;

export interface ContractSummary {
  contractId: string;
  vendor: string;
  name: string;
  startDate: string;
  endDate: string;
  autoRenew: boolean;
  noticeDays: number;
  /** The last day to give notice: end date − notice days when it auto-renews, else the end date. */
  noticeDeadline: string;
  /** Days from as-of to the notice deadline (negative when passed). */
  daysToNoticeDeadline: number;
  daysToEnd: number;
  committedAnnual: string | null;
  currency: string;
}

/** Issue 2 semantics: missing an auto-renewing contract's notice window renews it at old rates. */
export function noticeDeadline(contract: { endDate: Date; autoRenew: boolean; noticeDays: number }): Date {
  return contract.autoRenew ? addDays(contract.endDate, -contract.noticeDays) : contract.endDate;
}

export function toContractSummary(row: ContractRow, asOf: Date): ContractSummary {
  const today = startOfDay(asOf);
  const deadline = noticeDeadline(row);
  return {
    contractId: row.externalId,
    vendor: row.vendor.name,
    name: row.name,
    startDate: toIsoDate(row.startDate),
    endDate: toIsoDate(row.endDate),
    autoRenew: row.autoRenew,
    noticeDays: row.noticeDays,
    noticeDeadline: toIsoDate(deadline),
    daysToNoticeDeadline: daysBetween(today, deadline),
    daysToEnd: daysBetween(today, row.endDate),
    committedAnnual: row.committedAnnual === null ? null : row.committedAnnual.toString(),
    currency: row.currency,
  };
}
