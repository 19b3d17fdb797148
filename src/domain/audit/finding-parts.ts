import { Decimal } from '../shared/decimal.js';
import type { AuditFinding, AuditFindingKind, EvidenceLine } from './audit-finding.js';
import { severityOfKind } from './audit-finding.js';
import type { AuditInvoice, AuditLine } from './load-audit-data.js';
import { toIsoDate } from '../periods/period.js';

/** Money as people read it: two decimals, half-up. */
export function toMoney(value: Decimal): string {
  return value.toDecimalPlaces(2, Decimal.ROUND_HALF_UP).toFixed(2);
}

export function evidenceOf(invoice: AuditInvoice, lines: AuditLine[]): EvidenceLine[] {
  return lines.map((line) => ({
    invoiceLineId: line.id,
    invoiceNumber: invoice.invoiceNumber,
    chargeType: line.chargeType,
    description: line.description,
    amount: line.amount.toFixed(2),
  }));
}

export interface FindingDraft {
  kind: AuditFindingKind;
  invoice: AuditInvoice;
  identifier: string | null;
  identifierKey: string | null;
  serviceId: number | null;
  serviceType?: string | null;
  description: string;
  /** part of the stable key beyond vendor, account, period and identifier */
  chargeKey: string;
  billed: Decimal;
  expected: Decimal;
  explanation: string;
  evidence: EvidenceLine[];
  periods?: string[];
  /** defaults to billed − expected */
  amountAtStake?: Decimal;
}

export function buildFinding(draft: FindingDraft): AuditFinding {
  const period = toIsoDate(draft.invoice.periodStart);
  return {
    key: [draft.kind, draft.invoice.vendorId, draft.invoice.accountNumber, period, draft.identifierKey ?? '-', draft.chargeKey].join('|'),
    kind: draft.kind,
    severity: severityOfKind[draft.kind],
    vendor: { id: draft.invoice.vendorId, name: draft.invoice.vendorName },
    account: draft.invoice.accountNumber,
    invoiceNumber: draft.invoice.invoiceNumber,
    identifier: draft.identifier,
    serviceId: draft.serviceId,
    serviceType: draft.serviceType ?? null,
    description: draft.description,
    periods: draft.periods ?? [period],
    billed: toMoney(draft.billed),
    expected: toMoney(draft.expected),
    amountAtStake: toMoney(draft.amountAtStake ?? draft.billed.minus(draft.expected)),
    currency: draft.invoice.currency,
    explanation: draft.explanation,
    evidence: draft.evidence,
  };
}
