import type { AlertDraft } from '../alerts/alert-draft.js';
import { describeFreshness, money, month } from '../alerts/alert-figures.js';
import type { DomainDeps } from '../deps.js';
import { sumDecimals } from '../shared/decimal.js';
import type { AuditFinding } from './audit-finding.js';
import { auditInvoices } from './audit-invoices.js';
import { addMonths, monthStart, toIsoDate } from '../periods/period.js';

const kindLabels: Record<string, string> = {
  rate_variance: 'Above contract rate',
  duplicate_charge: 'Duplicate charges',
  billed_after_disconnect: 'Billed after disconnect',
  not_in_inventory: 'Not in inventory',
};

/**
 * The monthly audit summary: one alert per vendor whose invoices for the last complete month
 * carry billing errors, with the amount at stake per kind. Keyed by vendor and month, so a
 * re-run (or a second replica) posts it once.
 */
export async function collectAuditSummaryAlerts(input: { asOf: string }, deps: DomainDeps): Promise<AlertDraft[]> {
  const asOf = new Date(`${input.asOf}T00:00:00Z`);
  const periodStart = toIsoDate(addMonths(monthStart(asOf), -1));
  const periodEnd = toIsoDate(monthStart(asOf));
  const findings = (await auditInvoices({ periodStart, periodEnd }, deps)).filter((finding) => finding.severity === 'billing_error');
  const byVendor = new Map<string, AuditFinding[]>();
  for (const finding of findings) {
    const key = `${finding.vendor.id}|${finding.currency}`;
    byVendor.set(key, [...(byVendor.get(key) ?? []), finding]);
  }
  const freshness = await describeFreshness(deps);
  return [...byVendor.values()].map((group) => {
    const { vendor, currency } = group[0]!;
    const total = sumDecimals(group.map((finding) => finding.amountAtStake));
    const title = `${vendor.name} invoices for ${month(periodStart)}: ${money(total, currency)} in billing errors`;
    const kinds = [...new Set(group.map((finding) => finding.kind))];
    const dedupeKey = `audit-summary|${vendor.id}|${currency}|${periodStart.slice(0, 7)}`;
    return {
      kind: 'billing-discrepancy',
      dedupeKey,
      title,
      message: {
        kind: 'billing-discrepancy',
        title,
        summary: `The audit of ${vendor.name}'s invoices for ${month(periodStart)} found ${group.length} billing error(s) against contract rates and the inventory. They can be disputed with the carrier.`,
        facts: kinds.map((kind) => {
          const ofKind = group.filter((finding) => finding.kind === kind);
          return {
            label: kindLabels[kind] ?? kind,
            value: `${ofKind.length} · ${money(sumDecimals(ofKind.map((finding) => finding.amountAtStake)), currency)}`,
          };
        }),
        actions: [
          { id: 'ask', label: 'Show the findings', value: `Has ${vendor.name} overbilled us in ${month(periodStart)}?` },
          { id: 'acknowledge', label: 'Acknowledge', value: dedupeKey },
        ],
        freshness,
      },
      scope: { costCenters: [], vendors: [vendor.name] },
      finding: {
        vendor: vendor.name,
        period: periodStart,
        currency,
        total: total.toFixed(2),
        findings: group.map((finding) => finding.key),
      },
    };
  });
}
