import { auditInvoices } from '../audit/audit-invoices.js';
import { toMoney } from '../audit/finding-parts.js';
import type { DomainDeps } from '../deps.js';
import { Decimal } from '../shared/decimal.js';
import { nameKey } from '../shared/normalize.js';
import type { SavingOpportunity } from './saving-opportunity.js';
import { toIsoDate, addMonths, monthStart } from '../periods/period.js';

/** "Far above" a peer: more than this many times the median price of the same charge. */
const peerFactor = new Decimal('1.5');
const minimumPeers = 3;

const domainOf = (type: string) => (type === 'mobile_line' ? 'mobility' : 'telecom');

/**
 * Services billed above what they should cost in the latest invoiced month: above the contracted
 * rate (the monthly excess, recoverable by dispute and correction) or, where no contract prices
 * the charge, far above what the same charge costs on other services (a renegotiation or a move).
 */
export async function findAboveRateSavings(latestPeriod: Date, deps: DomainDeps): Promise<SavingOpportunity[]> {
  const periodStart = toIsoDate(latestPeriod);
  const periodEnd = toIsoDate(addMonths(monthStart(latestPeriod), 1));
  const findings = await auditInvoices({ periodStart, periodEnd }, deps);
  const aboveContract: SavingOpportunity[] = findings
    .filter((finding) => finding.kind === 'rate_variance')
    .map((finding) => ({
      kind: 'above_contract_rate',
      domain: domainOf(finding.serviceType ?? ''),
      vendor: finding.vendor.name,
      identifier: finding.identifier ?? finding.account,
      serviceId: finding.serviceId,
      description: finding.description,
      monthlySaving: finding.amountAtStake,
      annualSaving: toMoney(new Decimal(finding.amountAtStake).times(12)),
      currency: finding.currency,
      evidence: finding.explanation,
      action: null,
    }));
  const contracted = new Set(findings.map((finding) => finding.identifier));

  const lines = await deps.prisma.invoiceLine.findMany({
    where: { periodStart: latestPeriod, chargeType: 'recurring', identifierKey: { not: null } },
    select: {
      identifier: true,
      identifierKey: true,
      description: true,
      amount: true,
      vendorId: true,
      invoice: { select: { currency: true, vendor: { select: { name: true } } } },
    },
  });
  const services = await deps.prisma.service.findMany({
    where: { status: 'active', identifierKey: { in: [...new Set(lines.map((line) => line.identifierKey ?? ''))] } },
    select: { id: true, type: true, vendorId: true, identifierKey: true },
  });
  const serviceOf = new Map(services.map((service) => [`${service.vendorId}|${service.identifierKey}`, service]));
  const contractPriced = await deps.prisma.contractRate.findMany({
    select: { serviceType: true, description: true, contract: { select: { vendorId: true } } },
  });
  const pricedKeys = new Set(contractPriced.map((rate) => `${rate.contract.vendorId}|${rate.serviceType}|${nameKey(rate.description)}`));

  const peers = new Map<string, typeof lines>();
  for (const line of lines) {
    const service = serviceOf.get(`${line.vendorId}|${line.identifierKey}`);
    if (!service) continue;
    const key = `${service.type}|${nameKey(line.description)}|${line.invoice.currency}`;
    peers.set(key, [...(peers.get(key) ?? []), line]);
  }
  const abovePeer: SavingOpportunity[] = [];
  for (const group of peers.values()) {
    if (group.length < minimumPeers + 1) continue;
    const sorted = group.map((line) => line.amount).sort((left, right) => left.comparedTo(right));
    const middle = Math.floor(sorted.length / 2);
    const median = sorted.length % 2 === 1 ? sorted[middle]! : sorted[middle - 1]!.plus(sorted[middle]!).div(2);
    for (const line of group) {
      const service = serviceOf.get(`${line.vendorId}|${line.identifierKey}`)!;
      if (contracted.has(line.identifier) || pricedKeys.has(`${line.vendorId}|${service.type}|${nameKey(line.description)}`)) continue;
      if (!line.amount.greaterThan(median.times(peerFactor))) continue;
      const monthly = line.amount.minus(median);
      abovePeer.push({
        kind: 'above_peer_rate',
        domain: domainOf(service.type),
        vendor: line.invoice.vendor.name,
        identifier: line.identifier ?? '',
        serviceId: service.id,
        description: line.description,
        monthlySaving: toMoney(monthly),
        annualSaving: toMoney(monthly.times(12)),
        currency: line.invoice.currency,
        evidence: `${line.description} costs ${line.amount.toFixed(2)} a month against a median of ${median.toFixed(2)} over ${group.length} services.`,
        action: { label: 'Plan a disconnect', serviceId: service.id },
      });
    }
  }
  return [...aboveContract, ...abovePeer];
}
