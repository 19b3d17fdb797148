import type { DomainDeps } from '../deps.js';
import { toMoney } from '../audit/finding-parts.js';
import { Decimal } from '../shared/decimal.js';
import type { SavingOpportunity } from './saving-opportunity.js';
import { toIsoMonth, addDays } from '../periods/period.js';

export interface UsageWindow {
  /** first month included and first month after, YYYY-MM-DD */
  start: Date;
  end: Date;
}

/**
 * Active mobile lines with no data, voice or messages in every month of the window (a month
 * without a usage record counts as unused, as carriers omit silent lines). Lines started inside
 * the window have not had the chance to be used. The saving is the line's monthly cost.
 */
export async function findZeroUsageSavings(window: UsageWindow, deps: DomainDeps): Promise<SavingOpportunity[]> {
  const rows = await deps.prisma.$queryRaw<
    Array<{
      id: number;
      identifier: string;
      vendor: string;
      assignee: string | null;
      monthlyCost: string | null;
      currency: string;
      lastUsed: Date | null;
    }>
  >`
    SELECT s.id, s.identifier, v.name AS vendor, s.assignee, s."monthlyCost"::text AS "monthlyCost", s.currency,
      (SELECT max(u.period) FROM "MobileUsage" u
        WHERE u."identifierKey" = s."identifierKey" AND (u."dataMb" > 0 OR u."voiceMinutes" > 0 OR u.messages > 0)) AS "lastUsed"
    FROM "Service" s
    JOIN "Vendor" v ON v.id = s."vendorId"
    WHERE s.type = 'mobile_line' AND s.status = 'active'
      AND (s."startDate" IS NULL OR s."startDate" < ${window.start})
      AND NOT EXISTS (
        SELECT 1 FROM "MobileUsage" u
        WHERE u."identifierKey" = s."identifierKey" AND u.period >= ${window.start} AND u.period < ${window.end}
          AND (u."dataMb" > 0 OR u."voiceMinutes" > 0 OR u.messages > 0))
    ORDER BY s."monthlyCost" DESC NULLS LAST, s.identifier`;
  return rows.map((row) => {
    const monthly = new Decimal(row.monthlyCost ?? 0);
    const since = row.lastUsed ? `since ${toIsoMonth(row.lastUsed)}` : 'on record';
    return {
      kind: 'zero_usage_line',
      domain: 'mobility',
      vendor: row.vendor,
      identifier: row.identifier,
      serviceId: row.id,
      description: `Mobile line${row.assignee ? ` of ${row.assignee}` : ''} with no usage`,
      monthlySaving: toMoney(monthly),
      annualSaving: toMoney(monthly.times(12)),
      currency: row.currency,
      evidence: `No data, voice or messages from ${toIsoMonth(window.start)} to ${toIsoMonth(addDays(window.end, -1))}; last use ${since}.`,
      action: { label: 'Plan a disconnect', serviceId: row.id },
    };
  });
}
