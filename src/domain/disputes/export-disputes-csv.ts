import { stringify } from 'csv-stringify/sync';
import type { DisputeStatus } from '../../db/generated/client.js';
import type { DomainDeps } from '../deps.js';
import { listDisputes } from './list-disputes.js';

const disputeCsvColumns = [
  'dispute_id',
  'vendor',
  'account',
  'invoice_number',
  'billing_period',
  'identifier',
  'finding',
  'charge_description',
  'billed',
  'expected',
  'amount_disputed',
  'currency',
  'invoice_line_ids',
  'status',
] as const;

/**
 * The carrier's copy: one row per disputed charge, with the invoice line ids a carrier's billing
 * team looks up. Open and submitted disputes by default (the ones still owed).
 */
export async function exportDisputesCsv(
  input: { vendorId: number; status?: DisputeStatus[] },
  deps: DomainDeps,
): Promise<{ csv: string; disputeCount: number; rowCount: number }> {
  const disputes = await listDisputes({ vendorId: input.vendorId, status: input.status ?? ['open', 'submitted'] }, deps);
  const rows = disputes.flatMap((dispute) =>
    dispute.findings.map((finding) => [
      String(dispute.id),
      dispute.vendor,
      dispute.account,
      dispute.invoiceNumber,
      dispute.period.slice(0, 7),
      finding.identifier ?? '',
      finding.kind,
      finding.description,
      finding.billed,
      finding.expected,
      finding.amount,
      dispute.currency,
      finding.evidence.map((line) => line.invoiceLineId).join(' '),
      dispute.status,
    ]),
  );
  return { csv: stringify([[...disputeCsvColumns], ...rows]), disputeCount: disputes.length, rowCount: rows.length };
}
