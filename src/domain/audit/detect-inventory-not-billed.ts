import { Decimal } from '../shared/decimal.js';
import type { FindingDraft } from './finding-parts.js';
import type { AuditInvoice } from './load-audit-data.js';
import type { ServiceIndex } from './service-index.js';
import { toIsoDate } from '../periods/period.js';

/** Billed through FOCUS cost exports, not carrier invoices. */
const invoicedServiceTypes = new Set(['mobile_line', 'circuit', 'voice_trunk', 'pots_line', 'device']);

/**
 * Services in inventory for the whole period, on an account that was invoiced for that period,
 * with no charge at all: a missing invoice page or a disconnect nobody recorded. For review, not
 * dispute; the amount is what the inventory says it should cost.
 */
export function detectInventoryNotBilled(invoices: AuditInvoice[], services: ServiceIndex): FindingDraft[] {
  const billedKeys = new Map<string, Set<string>>();
  const accountPeriods = new Map<string, AuditInvoice>();
  for (const invoice of invoices) {
    const vendorPeriod = `${invoice.vendorId}|${toIsoDate(invoice.periodStart)}`;
    const keys = billedKeys.get(vendorPeriod) ?? new Set<string>();
    for (const line of invoice.lines) if (line.identifierKey) keys.add(line.identifierKey);
    billedKeys.set(vendorPeriod, keys);
    const accountPeriod = `${invoice.accountId}|${toIsoDate(invoice.periodStart)}`;
    if (!accountPeriods.has(accountPeriod)) accountPeriods.set(accountPeriod, invoice);
  }
  const drafts: FindingDraft[] = [];
  for (const invoice of accountPeriods.values()) {
    const billed = billedKeys.get(`${invoice.vendorId}|${toIsoDate(invoice.periodStart)}`) ?? new Set<string>();
    for (const service of services.ofAccount(invoice.accountId)) {
      if (!invoicedServiceTypes.has(service.type) || service.status === 'pending') continue;
      const isInServiceAllPeriod =
        (service.startDate === null || service.startDate <= invoice.periodStart) &&
        (service.endDate === null ? service.status !== 'disconnected' : service.endDate >= invoice.periodLastDay);
      if (!isInServiceAllPeriod || billed.has(service.identifierKey)) continue;
      const expected = service.monthlyCost ?? new Decimal(0);
      drafts.push({
        kind: 'inventory_not_billed',
        invoice,
        identifier: service.identifier,
        identifierKey: service.identifierKey,
        serviceId: service.id,
        serviceType: service.type,
        description: `${service.type.replace('_', ' ')} in inventory, not on the invoice`,
        chargeKey: 'missing',
        billed: new Decimal(0),
        expected,
        amountAtStake: expected,
        explanation: `${service.identifier} (${service.externalId}) is in service on account ${invoice.accountNumber} but has no charge for the period starting ${toIsoDate(invoice.periodStart)}: a missing invoice or an unrecorded disconnect.`,
        evidence: [],
      });
    }
  }
  return drafts;
}
