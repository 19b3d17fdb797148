import type { Prisma } from '../../db/generated/client.js';
import { toIsoDate } from '../periods/period.js';

export const serviceSelect = {
  externalId: true,
  type: true,
  identifier: true,
  status: true,
  assignee: true,
  monthlyCost: true,
  currency: true,
  startDate: true,
  endDate: true,
  vendor: { select: { name: true } },
  account: { select: { number: true } },
  location: { select: { name: true, city: true } },
  costCenter: { select: { code: true, name: true } },
} satisfies Prisma.ServiceSelect;

export interface ServiceSummary {
  serviceId: string;
  type: string;
  identifier: string;
  status: string;
  vendor: string;
  account: string | null;
  location: string | null;
  city: string | null;
  costCenter: string | null;
  assignee: string | null;
  monthlyCost: string | null;
  currency: string;
  startDate: string | null;
  endDate: string | null;
}

export function toServiceSummary(row: Prisma.ServiceGetPayload<{ select: typeof serviceSelect }>): ServiceSummary {
  return {
    serviceId: row.externalId,
    type: row.type,
    identifier: row.identifier,
    status: row.status,
    vendor: row.vendor.name,
    account: row.account?.number ?? null,
    location: row.location?.name ?? null,
    city: row.location?.city ?? null,
    costCenter: row.costCenter ? `${row.costCenter.code} ${row.costCenter.name}` : null,
    assignee: row.assignee,
    monthlyCost: row.monthlyCost === null ? null : row.monthlyCost.toString(),
    currency: row.currency,
    startDate: row.startDate ? toIsoDate(row.startDate) : null,
    endDate: row.endDate ? toIsoDate(row.endDate) : null,
  };
}
