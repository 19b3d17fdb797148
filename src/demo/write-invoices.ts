import { join } from 'node:path';
import { addMonths, monthEnd, toIsoDate, toIsoMonth } from '../domain/periods/period.js';
import type { Cents } from './cents.js';
import { applyBasisPoints, formatCents, toCents } from './cents.js';
import type { DemoFindings } from './demo-answer-key.js';
import type { DemoModel, DemoService } from './demo-model.js';
import { DemoTally } from './demo-tally.js';
import { createSeededRandom } from './seeded-random.js';
import { createInvoiceFileWriter, type InvoiceFormat } from './write-invoice-files.js';
import type { WrittenFile } from './write-reference-files.js';

/** Roaming day passes: a steady few per account and month, so the usage series stays flat. */
const roamingPasses: Record<string, { description: string; unitPrice: Cents }> = {
  Verizon: { description: 'TravelPass international day', unitPrice: toCents('12.00') },
  'T-Mobile': { description: 'International Pass day', unitPrice: toCents('10.00') },
};
const longDistancePerMinute = 2;

interface InvoiceLine {
  identifier: DemoService | null;
  chargeType: 'recurring' | 'usage' | 'tax' | 'surcharge' | 'credit';
  description: string;
  quantity: number;
  unitPrice: Cents;
  amount: Cents;
}

export type InvoiceFindings = Pick<DemoFindings, 'overbilling' | 'duplicateCharges' | 'disconnectedStillBilled' | 'credits'>;

/** One invoice per account and month, one file per carrier, as CSV or as the carrier's X12 811. */
export async function writeInvoices(
  model: DemoModel,
  outDir: string,
  tally: DemoTally,
  format: InvoiceFormat = 'csv',
): Promise<{ files: WrittenFile[]; findings: InvoiceFindings }> {
  const findings: InvoiceFindings = { overbilling: [], duplicateCharges: [], disconnectedStillBilled: [], credits: [] };
  const overbillingByService = new Map<string, InvoiceFindings['overbilling'][number]>();
  const stillBilledByService = new Map<string, InvoiceFindings['disconnectedStillBilled'][number]>();
  const servicesByAccount = new Map<string, DemoService[]>();
  for (const service of model.services) {
    if (service.firstBilled > service.lastBilled) continue;
    const list = servicesByAccount.get(service.account) ?? [];
    list.push(service);
    servicesByAccount.set(service.account, list);
  }
  const contractOf = (vendor: string) => model.contracts.find((contract) => contract.vendor === vendor);
  const files: WrittenFile[] = [];
  const vendors = model.vendors.filter((vendor) => vendor.domain === 'telecom' || vendor.domain === 'mobility');
  for (const vendor of vendors) {
    const slug = vendor.name
      .toLowerCase()
      .replace(/&/g, '')
      .replace(/[^a-z0-9]+/g, '-');
    const writer = await createInvoiceFileWriter(format, join(outDir, `invoices-${slug}`), { createdOn: model.asOf });
    for (const account of model.accounts.filter((candidate) => candidate.vendor === vendor.name)) {
      const accountServices = servicesByAccount.get(account.number) ?? [];
      for (let monthIndex = 0; monthIndex < model.months.length; monthIndex++) {
        const periodStart = model.months[monthIndex] as Date;
        const month = toIsoMonth(periodStart);
        const invoiceNumber = `${account.invoicePrefix}-${month.replace('-', '')}`;
        const billed = accountServices.filter((service) => service.firstBilled <= monthIndex && monthIndex <= service.lastBilled);
        const lines: InvoiceLine[] = [];
        for (const service of billed) {
          const overbilled = model.plantings.overbilling.get(service.serviceId);
          const isOverbilled = overbilled !== undefined && monthIndex >= overbilled.fromMonth;
          const unitPrice = isOverbilled ? overbilled.billedUnitPrice : service.unitPrice;
          const line: InvoiceLine = {
            identifier: service,
            chargeType: 'recurring',
            description: service.description,
            quantity: service.quantity,
            unitPrice,
            amount: unitPrice * service.quantity,
          };
          lines.push(line);
          if (isOverbilled) {
            const finding = overbillingByService.get(service.serviceId) ?? {
              vendor: vendor.name,
              account: account.number,
              identifier: service.identifier,
              serviceType: service.type,
              description: service.description,
              contractId: contractOf(vendor.name)?.contractId ?? '',
              quantity: service.quantity,
              contractedUnitPrice: formatCents(service.unitPrice),
              billedUnitPrice: formatCents(unitPrice),
              excessPerMonth: formatCents((unitPrice - service.unitPrice) * service.quantity),
              months: [],
              totalExcess: '0.00',
            };
            finding.months.push({ month, invoiceNumber });
            finding.totalExcess = formatCents(toCents(finding.excessPerMonth) * finding.months.length);
            overbillingByService.set(service.serviceId, finding);
          }
          if (model.plantings.duplicates.get(service.serviceId) === monthIndex) {
            lines.push({ ...line });
            findings.duplicateCharges.push({
              vendor: vendor.name,
              account: account.number,
              invoiceNumber,
              month,
              identifier: service.identifier,
              description: service.description,
              amount: formatCents(line.amount),
            });
          }
          if (model.plantings.disconnectedStillBilled.has(service.serviceId) && service.endDate && service.endDate < periodStart) {
            const finding = stillBilledByService.get(service.serviceId) ?? {
              vendor: vendor.name,
              account: account.number,
              identifier: service.identifier,
              serviceType: service.type,
              endDate: toIsoDate(service.endDate),
              monthlyAmount: formatCents(line.amount),
              months: [],
              total: '0.00',
            };
            finding.months.push({ month, invoiceNumber });
            finding.total = formatCents(line.amount * finding.months.length);
            stillBilledByService.set(service.serviceId, finding);
          }
        }
        lines.push(...usageLines(model, account.number, monthIndex, billed));
        const subtotal = lines.reduce((sum, line) => sum + line.amount, 0);
        for (const levy of account.levies) {
          const amount = applyBasisPoints(subtotal, levy.basisPoints);
          lines.push({
            identifier: null,
            chargeType: levy.chargeType,
            description: levy.description,
            quantity: 1,
            unitPrice: amount,
            amount,
          });
        }
        for (const credit of model.plantings.credits.filter(
          (candidate) => candidate.account === account.number && candidate.month === monthIndex,
        )) {
          lines.push({
            identifier: null,
            chargeType: 'credit',
            description: credit.description,
            quantity: 1,
            unitPrice: credit.amount,
            amount: credit.amount,
          });
          findings.credits.push({
            vendor: vendor.name,
            account: account.number,
            invoiceNumber,
            month,
            description: credit.description,
            amount: formatCents(credit.amount),
          });
        }
        if (lines.length === 0) continue;
        tally.invoices++;
        await writer.writeInvoice({
          invoiceNumber,
          vendor: vendor.name,
          account: account.number,
          invoiceDate: toIsoDate(addMonths(periodStart, 1)),
          periodStart: toIsoDate(periodStart),
          periodEnd: toIsoDate(monthEnd(periodStart)),
          currency: 'USD',
          lines: lines.map((line) => ({
            identifier: line.identifier?.identifier ?? '',
            serviceType: line.identifier?.type,
            chargeType: line.chargeType,
            description: line.description,
            quantity: String(line.quantity),
            unitPrice: formatUnitPrice(line),
            amount: line.amount,
          })),
        });
        for (const line of lines) {
          tally.invoiceLines++;
          tally.add(tally.vendorMonth, DemoTally.key(vendor.name, month), line.amount);
          tally.add(tally.chargeTypeMonth, DemoTally.key(line.chargeType, month), line.amount);
          tally.add(tally.telecomCostCenterMonth, DemoTally.key(line.identifier?.costCenter || null, month), line.amount);
          if (line.identifier?.location)
            tally.add(tally.telecomLocationMonth, DemoTally.key(line.identifier.location.name, month), line.amount);
        }
      }
    }
    await writer.close();
    files.push({ kind: writer.kind, path: writer.path, rows: writer.rowCount });
  }
  findings.overbilling = [...overbillingByService.values()];
  findings.disconnectedStillBilled = [...stillBilledByService.values()];
  return { files, findings };
}

function formatUnitPrice(line: InvoiceLine): string {
  // Long distance is priced per minute in cents; everything else per unit in dollars and cents.
  return line.description === 'Long Distance Usage' ? `0.${String(line.unitPrice).padStart(2, '0')}` : formatCents(line.unitPrice);
}

function usageLines(model: DemoModel, account: string, monthIndex: number, billed: DemoService[]): InvoiceLine[] {
  const draw = createSeededRandom(model.seed).fork(`invoice:${account}:${monthIndex}`);
  const random = () => draw.next();
  const lines: InvoiceLine[] = [];
  const roamers = billed.filter(
    (service) =>
      service.type === 'mobile_line' &&
      service.usageProfile !== undefined &&
      service.usageProfile.voiceMinutes > 0 &&
      !model.plantings.zeroUsage.has(service.serviceId) &&
      !model.plantings.disconnectedStillBilled.has(service.serviceId),
  );
  const roamingCount = Math.round(roamers.length * 0.02);
  const chosen = new Set<number>();
  while (chosen.size < roamingCount) chosen.add(Math.floor(random() * roamers.length));
  for (const index of [...chosen].sort((left, right) => left - right)) {
    const service = roamers[index] as DemoService;
    const pass = roamingPasses[service.vendor];
    if (!pass) continue;
    const days = 3 + Math.floor(random() * 3);
    lines.push({
      identifier: service,
      chargeType: 'usage',
      description: pass.description,
      quantity: days,
      unitPrice: pass.unitPrice,
      amount: pass.unitPrice * days,
    });
  }
  for (const service of billed.filter((candidate) => candidate.type === 'voice_trunk')) {
    const minutes = Math.round(service.quantity * 160 * (0.95 + random() * 0.1));
    lines.push({
      identifier: service,
      chargeType: 'usage',
      description: 'Long Distance Usage',
      quantity: minutes,
      unitPrice: longDistancePerMinute,
      amount: minutes * longDistancePerMinute,
    });
  }
  return lines;
}
