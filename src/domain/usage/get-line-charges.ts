import { z } from 'zod';
import { getFreshness } from '../freshness/get-freshness.js';
import { dateFromIso, lastCompleteMonth, periodInputSchema, resolvePeriod, toIsoDate } from '../periods/period.js';
import { resolveViewerScope } from '../scope/viewer-scope.js';
import { Decimal, sumDecimals } from '../shared/decimal.js';
import { resolveIdentifierKey } from '../inventory/resolve-identifier-key.js';
import { defineTool } from '../tools/define-tool.js';
import { serviceSelect, toServiceSummary, type ServiceSummary } from '../inventory/service-summary.js';
import type { Period } from '../periods/period.js';
import type { ResultEnvelope } from '../tools/result-envelope.js';

export interface LineCharge {
  invoiceNumber: string;
  vendor: string;
  /** Billing month, YYYY-MM. */
  month: string;
  chargeType: string;
  description: string;
  amount: string;
  currency: string;
}

export interface GetLineChargesResult extends ResultEnvelope {
  identifier: string;
  period: Period;
  /** The service the identifier belongs to (the first by id, as spend answers join it); null when the inventory has none. */
  service: ServiceSummary | null;
  /** One total per currency, never summed across currencies. */
  totals: Array<{ currency: string; amount: string }>;
  byChargeType: Array<{ chargeType: string; currency: string; amount: string }>;
  /** Every invoice line, by month, invoice and line number. */
  charges: LineCharge[];
}

const maxCharges = 200;

export const getLineCharges = defineTool({
  name: 'get_line_charges',
  description:
    'What one line or circuit was billed: the invoice lines charged to an identifier (phone number or circuit id, any formatting) in a period, with totals per currency and per charge type (recurring, usage, taxes, surcharges, credits). Use for "how much did 312-555-0100 cost last month", "charges on circuit X in Q3", "why is this line\'s bill so high". For usage (data, minutes) use get_line_usage; for who has the line, find_service.',
  input: z.object({
    identifier: z.string().min(3).max(100).describe('Phone number or circuit id, any formatting'),
    period: periodInputSchema.optional().describe('Billing months; defaults to the last complete month'),
  }),
  async run(input, context): Promise<GetLineChargesResult> {
    const period = resolvePeriod(input.period, () => lastCompleteMonth(context.asOf));
    const key = await resolveIdentifierKey(input.identifier, context.prisma);
    const [scope, freshness, service] = await Promise.all([
      resolveViewerScope(context.viewer, context.prisma),
      getFreshness(context.prisma),
      context.prisma.service.findFirst({
        where: { identifierKey: key },
        orderBy: { id: 'asc' },
        select: { ...serviceSelect, costCenterId: true },
      }),
    ]);
    const base = { filters: { identifier: input.identifier }, freshness, identifier: input.identifier, period };
    // A viewer limited to some cost centers sees a line only through its service in one of them.
    const isVisible =
      scope.costCenterIds === null ||
      (service !== null && service.costCenterId !== null && scope.costCenterIds.includes(service.costCenterId));
    if (key.length === 0 || !isVisible) return { ...base, service: null, totals: [], byChargeType: [], charges: [] };
    const summary = service ? toServiceSummary(service) : null;
    const lines = await context.prisma.invoiceLine.findMany({
      where: { identifierKey: key, periodStart: { gte: dateFromIso(period.start), lt: dateFromIso(period.end) } },
      orderBy: [{ periodStart: 'asc' }, { invoiceId: 'asc' }, { lineNumber: 'asc' }],
      select: {
        chargeType: true,
        description: true,
        amount: true,
        periodStart: true,
        invoice: { select: { invoiceNumber: true, currency: true, vendor: { select: { name: true } } } },
      },
    });
    const sumBy = (keyOf: (line: (typeof lines)[number]) => string) => {
      const groups = new Map<string, Decimal[]>();
      for (const line of lines) groups.set(keyOf(line), [...(groups.get(keyOf(line)) ?? []), new Decimal(line.amount.toString())]);
      return [...groups].map(([group, amounts]) => ({ group, amount: sumDecimals(amounts).toFixed(2) }));
    };
    return {
      ...base,
      service: summary,
      totals: sumBy((line) => line.invoice.currency).map(({ group, amount }) => ({ currency: group, amount })),
      byChargeType: sumBy((line) => `${line.chargeType}\u0000${line.invoice.currency}`)
        .map(({ group, amount }) => {
          const [chargeType = '', currency = ''] = group.split('\u0000');
          return { chargeType, currency, amount };
        })
        .sort((left, right) => new Decimal(right.amount).comparedTo(left.amount)),
      charges: lines.slice(0, maxCharges).map((line) => ({
        invoiceNumber: line.invoice.invoiceNumber,
        vendor: line.invoice.vendor.name,
        month: toIsoDate(line.periodStart).slice(0, 7),
        chargeType: line.chargeType,
        description: line.description,
        amount: new Decimal(line.amount.toString()).toFixed(2),
        currency: line.invoice.currency,
      })),
    };
  },
});
