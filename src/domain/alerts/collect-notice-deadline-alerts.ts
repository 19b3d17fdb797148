import type { DomainDeps } from '../deps.js';
import { Decimal } from '../shared/decimal.js';
import type { AlertDraft } from './alert-draft.js';
import { day, describeFreshness, money } from './alert-figures.js';
import { detectNoticeDeadlines } from './detect-notice-deadlines.js';
import type { NoticeDeadlineFinding } from './detect-notice-deadlines.js';
import { toIsoDate } from '../periods/period.js';

/** The notice-deadlines job's detector step: contracts + last 12 months of vendor spend → alert drafts. */
export async function collectNoticeDeadlineAlerts(
  input: { asOf: string; thresholds?: number[] },
  deps: Pick<DomainDeps, 'prisma'>,
): Promise<AlertDraft[]> {
  const { prisma } = deps;
  const asOf = new Date(`${input.asOf}T00:00:00Z`);
  const contracts = await prisma.contract.findMany({ where: { endDate: { gte: asOf } }, include: { vendor: true } });
  // The 12 full months before the as-of month: telecom invoice lines and cloud/SaaS FOCUS costs.
  const spendRows = await prisma.$queryRaw<Array<{ vendor: string; currency: string; amount: string }>>`
    WITH window_bounds AS (
      SELECT (date_trunc('month', ${input.asOf}::date) - interval '12 months')::date AS "from", date_trunc('month', ${input.asOf}::date)::date AS "to"
    ), spend AS (
      SELECT l."vendorId", i."currency", l."amount" FROM "InvoiceLine" l JOIN "Invoice" i ON i."id" = l."invoiceId", window_bounds w
      WHERE l."periodStart" >= w."from" AND l."periodStart" < w."to"
      UNION ALL
      SELECT d."vendorId", d."currency", d."billedCost" FROM "CostDaily" d, window_bounds w
      WHERE d."day" >= w."from" AND d."day" < w."to"
    )
    SELECT v."name" AS "vendor", s."currency", sum(s."amount")::text AS "amount"
    FROM spend s JOIN "Vendor" v ON v."id" = s."vendorId"
    GROUP BY 1, 2`;
  const spendByVendor = new Map<string, Array<{ currency: string; amount: Decimal }>>();
  for (const row of spendRows) {
    spendByVendor.set(row.vendor, [...(spendByVendor.get(row.vendor) ?? []), { currency: row.currency, amount: new Decimal(row.amount) }]);
  }
  const findings = detectNoticeDeadlines({
    contracts: contracts.map((contract) => ({
      contractId: contract.externalId,
      name: contract.name,
      vendor: contract.vendor.name,
      endDate: toIsoDate(contract.endDate),
      autoRenew: contract.autoRenew,
      noticeDays: contract.noticeDays,
      committedAnnual: contract.committedAnnual?.toFixed(2) ?? null,
      currency: contract.currency,
    })),
    spendByVendor,
    asOf: input.asOf,
    ...(input.thresholds ? { thresholds: input.thresholds } : {}),
  });
  const freshness = await describeFreshness(deps);
  return findings.map((finding) => toNoticeDeadlineDraft(finding, freshness));
}

function toNoticeDeadlineDraft(finding: NoticeDeadlineFinding, freshness: string): AlertDraft {
  const { contract } = finding;
  const spend =
    finding.last12MonthsSpend.length > 0
      ? finding.last12MonthsSpend.map((entry) => money(entry.amount, entry.currency)).join(' + ')
      : 'none recorded';
  const title = `${contract.vendor} "${contract.name}": renewal decision due ${day(finding.decisionDate)} (${finding.daysLeft} days)`;
  const consequence = contract.autoRenew
    ? `It renews automatically on ${day(contract.endDate)} unless notice is given by ${day(finding.decisionDate)} (${contract.noticeDays} days' notice).`
    : `It ends on ${day(contract.endDate)} without auto-renewal; decide by then whether to renew or disconnect.`;
  const contractNote = `contract ${contract.contractId} with ${contract.vendor}, renewal decision due ${day(finding.decisionDate)}`;
  return {
    kind: 'notice-deadline',
    dedupeKey: finding.dedupeKey,
    title,
    message: {
      kind: 'notice-deadline',
      title,
      summary: `Contract ${contract.contractId} with ${contract.vendor}. ${consequence} Spend with ${contract.vendor} over the last 12 months: ${spend}.`,
      facts: [
        { label: 'Decision deadline', value: `${day(finding.decisionDate)} (in ${finding.daysLeft} days)` },
        { label: 'End date', value: day(contract.endDate) },
        { label: 'Auto-renewal', value: contract.autoRenew ? `yes, ${contract.noticeDays} days' notice` : 'no' },
        { label: 'Last 12 months spend', value: spend },
        ...(contract.committedAnnual ? [{ label: 'Committed annual', value: money(contract.committedAnnual, contract.currency) }] : []),
        { label: 'Window', value: `${finding.threshold} days` },
      ],
      actions: [
        // These two open the MACD request form, prefilled from their value (see alert-macd-prefill.ts).
        { id: 'start-renewal-review', label: 'Start renewal review', value: contractNote },
        { id: 'plan-disconnect', label: 'Plan a disconnect', value: contractNote },
        { id: 'acknowledge', label: 'Acknowledge', value: finding.dedupeKey },
        { id: 'snooze-7d', label: 'Snooze 7 days', value: finding.dedupeKey },
        { id: 'ask', label: 'Ask about it', value: `What do we spend with ${contract.vendor} under contract ${contract.contractId}?` },
      ],
      freshness,
    },
    scope: { costCenters: [], vendors: [contract.vendor] },
    finding,
  };
}
