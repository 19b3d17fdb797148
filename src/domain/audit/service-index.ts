import type { AuditInvoice, AuditService } from './load-audit-data.js';

export type ServiceMatch =
  | { status: 'not_in_inventory' }
  | { status: 'disconnected'; service: AuditService }
  | { status: 'in_service'; service: AuditService; isFullPeriod: boolean };

/**
 * Services by vendor and identifier (a number may be reused, so several services can share one)
 * and by account. Built once per audit and read for every billing period.
 */
export class ServiceIndex {
  private readonly byVendorIdentifier = new Map<string, AuditService[]>();
  private readonly byAccount = new Map<number, AuditService[]>();

  constructor(readonly services: AuditService[]) {
    for (const service of services) {
      const key = `${service.vendorId}|${service.identifierKey}`;
      const list = this.byVendorIdentifier.get(key) ?? [];
      list.push(service);
      this.byVendorIdentifier.set(key, list);
      if (service.accountId === null) continue;
      const accountServices = this.byAccount.get(service.accountId) ?? [];
      accountServices.push(service);
      this.byAccount.set(service.accountId, accountServices);
    }
  }

  /** The services on one account, in the order they were read. */
  ofAccount(accountId: number): readonly AuditService[] {
    return this.byAccount.get(accountId) ?? [];
  }

  /** Which inventory service an invoice's charge for this identifier belongs to, if any. */
  match(invoice: AuditInvoice, identifierKey: string): ServiceMatch {
    const candidates = this.byVendorIdentifier.get(`${invoice.vendorId}|${identifierKey}`) ?? [];
    if (candidates.length === 0) return { status: 'not_in_inventory' };
    const covering = candidates.filter(
      (service) =>
        (service.startDate === null || service.startDate <= invoice.periodLastDay) &&
        (service.endDate === null || service.endDate >= invoice.periodStart),
    );
    const preferred = covering.find((service) => service.status === 'active') ?? covering[0];
    if (preferred) {
      const isFullPeriod =
        (preferred.startDate === null || preferred.startDate <= invoice.periodStart) &&
        (preferred.endDate === null || preferred.endDate >= invoice.periodLastDay);
      return { status: 'in_service', service: preferred, isFullPeriod };
    }
    const ended = candidates
      .filter((service) => service.endDate !== null && service.endDate < invoice.periodStart)
      .sort((left, right) => (right.endDate?.getTime() ?? 0) - (left.endDate?.getTime() ?? 0));
    const lastEnded = ended[0];
    if (lastEnded) return { status: 'disconnected', service: lastEnded };
    // Billed before the service started: an order billed early, not a recorded error.
    const upcoming = candidates[0];
    return upcoming ? { status: 'in_service', service: upcoming, isFullPeriod: false } : { status: 'not_in_inventory' };
  }
}
