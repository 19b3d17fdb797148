import { sumDecimals } from '../shared/decimal.js';
import { evidenceOf, type FindingDraft } from './finding-parts.js';
import type { AuditInvoice, AuditLine, AuditService } from './load-audit-data.js';
import type { ServiceIndex } from './service-index.js';
import { toIsoDate } from '../periods/period.js';

export interface BilledServiceLine {
  invoice: AuditInvoice;
  line: AuditLine;
  service: AuditService;
  isFullPeriod: boolean;
}

export interface InventoryMismatches {
  drafts: FindingDraft[];
  /** charges (credits excluded) for services in inventory and in service: the other detectors' input */
  billedServiceLines: BilledServiceLine[];
  /** credit lines for services in inventory, by `invoiceId|identifierKey` */
  creditsByInvoiceIdentifier: Map<string, AuditLine[]>;
}

function groupByIdentifier(lines: AuditLine[]): Map<string, AuditLine[]> {
  const groups = new Map<string, AuditLine[]>();
  for (const line of lines) {
    if (line.identifierKey === null || line.identifierKey === '') continue;
    const group = groups.get(line.identifierKey) ?? [];
    group.push(line);
    groups.set(line.identifierKey, group);
  }
  return groups;
}

const mainCharge = (lines: AuditLine[]): AuditLine => lines.find((line) => line.chargeType === 'recurring') ?? lines[0]!;

/**
 * Reconciles each invoice's identifiers with the inventory. Everything billed (net of credits) for
 * an identifier the inventory does not know, or for a service disconnected before the billing
 * period, is at stake; a service ending within the period is a prorated final bill, not an error.
 */
export function detectInventoryMismatches(invoices: AuditInvoice[], services: ServiceIndex): InventoryMismatches {
  const drafts: FindingDraft[] = [];
  const billedServiceLines: BilledServiceLine[] = [];
  const creditsByInvoiceIdentifier = new Map<string, AuditLine[]>();
  for (const invoice of invoices) {
    for (const [identifierKey, lines] of groupByIdentifier(invoice.lines)) {
      const match = services.match(invoice, identifierKey);
      const identifier = lines[0]!.identifier;
      const net = sumDecimals(lines.map((line) => line.amount));
      if (match.status === 'not_in_inventory' || match.status === 'disconnected') {
        if (!net.greaterThan(0)) continue;
        const isDisconnected = match.status === 'disconnected';
        drafts.push({
          kind: isDisconnected ? 'billed_after_disconnect' : 'not_in_inventory',
          invoice,
          identifier,
          identifierKey,
          serviceId: isDisconnected ? match.service.id : null,
          serviceType: isDisconnected ? match.service.type : null,
          description: mainCharge(lines).description,
          chargeKey: 'all',
          billed: net,
          expected: net.minus(net),
          explanation: isDisconnected
            ? `${identifier} was disconnected on ${toIsoDate(match.service.endDate!)} but is still billed for the period starting ${toIsoDate(invoice.periodStart)}.`
            : `${identifier} is billed but is not in the inventory of ${invoice.vendorName}.`,
          evidence: evidenceOf(invoice, lines),
        });
        continue;
      }
      for (const line of lines) {
        if (line.chargeType === 'credit') {
          const key = `${invoice.id}|${identifierKey}`;
          creditsByInvoiceIdentifier.set(key, [...(creditsByInvoiceIdentifier.get(key) ?? []), line]);
        } else {
          billedServiceLines.push({ invoice, line, service: match.service, isFullPeriod: match.isFullPeriod });
        }
      }
    }
  }
  return { drafts, billedServiceLines, creditsByInvoiceIdentifier };
}
