import { z } from 'zod';
import { listDisputes } from '../disputes/list-disputes.js';
import { getFreshness } from '../freshness/get-freshness.js';
import {
  addMonths,
  dateFromIso,
  makePeriod,
  monthStart,
  periodInputSchema,
  resolvePeriod,
  toIsoDate,
  yearToDate,
} from '../periods/period.js';
import { resolveViewerScope } from '../scope/viewer-scope.js';
import { Decimal, sumDecimals } from '../shared/decimal.js';
import { defineTool } from '../tools/define-tool.js';
import type { Period } from '../periods/period.js';
import type { ResultEnvelope } from '../tools/result-envelope.js';

export interface RealizedDisconnect {
  requestId: number;
  identifier: string;
  serviceType: string;
  vendor: string;
  completedAt: string;
  monthlyCost: string;
  currency: string;
  /** Whole months without the service inside the period, up to its last complete month. */
  months: number;
  saved: string;
}

export interface RealizedCredit {
  vendor: string;
  /** The disputed invoice the credit answers. */
  disputedInvoice: string;
  /** The later invoice that carried the credit, and its billing month. */
  creditInvoice: string;
  period: string;
  description: string;
  amount: string;
  currency: string;
}

export interface GetRealizedSavingsResult extends ResultEnvelope {
  period: Period;
  /** The complete months disconnect savings are counted over; null when the period has none yet. */
  countedMonths: Period | null;
  disconnects: RealizedDisconnect[];
  credits: RealizedCredit[];
  /** Dispute credits are carrier-level money: hidden from viewers limited to some cost centers. */
  areCreditsHidden: boolean;
  /** Per currency: disconnects + credits = total. */
  totals: Array<{ currency: string; disconnects: string; credits: string; total: string }>;
}

const monthsBetween = (start: Date, end: Date) =>
  (end.getUTCFullYear() - start.getUTCFullYear()) * 12 + end.getUTCMonth() - start.getUTCMonth();

export const getRealizedSavings = defineTool({
  name: 'get_realized_savings',
  description:
    'Savings already realized (not opportunities): completed disconnect requests, each counted as the service\'s monthly cost × whole months since the month after completion, through the last complete month of the period; plus billing-dispute credits received on invoices in the period. Use for "how much have we saved this year", "savings from disconnects", "what did disputes get back". Defaults to the calendar year to date. For savings still to be made use find_savings.',
  input: z.object({
    period: periodInputSchema.optional().describe('The period savings were realized in; defaults to this calendar year to date'),
  }),
  async run(input, context): Promise<GetRealizedSavingsResult> {
    const period = resolvePeriod(input.period, () => yearToDate(context.asOf));
    const scope = await resolveViewerScope(context.viewer, context.prisma);
    const periodStart = dateFromIso(period.start);
    const periodEnd = dateFromIso(period.end);
    // Only months that are over count: within the period and before the current month.
    const firstMonth = periodStart.getUTCDate() === 1 ? periodStart : addMonths(monthStart(periodStart), 1);
    const periodMonthsEnd = monthStart(periodEnd);
    const countedEnd = periodMonthsEnd < monthStart(context.asOf) ? periodMonthsEnd : monthStart(context.asOf);
    const countedMonths = firstMonth < countedEnd ? makePeriod(toIsoDate(firstMonth), toIsoDate(countedEnd)) : null;

    const events = await context.prisma.macdEvent.findMany({
      where: {
        toStatus: 'completed',
        at: { lt: periodEnd },
        request: { kind: 'disconnect', ...(scope.costCenterIds === null ? {} : { costCenterId: { in: scope.costCenterIds } }) },
      },
      include: {
        request: {
          include: {
            service: { select: { identifier: true, type: true, monthlyCost: true, currency: true, vendor: { select: { name: true } } } },
          },
        },
      },
      orderBy: [{ at: 'asc' }, { id: 'asc' }],
    });
    const disconnects = events.flatMap((event): RealizedDisconnect[] => {
      const service = event.request.service;
      if (!service) return [];
      const monthAfter = addMonths(monthStart(event.at), 1);
      const from = monthAfter > firstMonth ? monthAfter : firstMonth;
      const months = Math.max(0, monthsBetween(from, countedEnd));
      const monthlyCost = new Decimal(service.monthlyCost ?? 0);
      return [
        {
          requestId: event.requestId,
          identifier: service.identifier,
          serviceType: service.type,
          vendor: service.vendor.name,
          completedAt: toIsoDate(event.at),
          monthlyCost: monthlyCost.toFixed(2),
          currency: service.currency,
          months,
          saved: monthlyCost.times(months).toDecimalPlaces(2, Decimal.ROUND_HALF_UP).toFixed(2),
        },
      ];
    });

    const areCreditsHidden = scope.costCenterIds !== null;
    const credits = areCreditsHidden
      ? []
      : (await listDisputes({}, context)).flatMap((dispute) =>
          dispute.credits
            .filter((credit) => credit.period >= period.start && credit.period < period.end)
            .map((credit) => ({
              vendor: dispute.vendor,
              disputedInvoice: dispute.invoiceNumber,
              creditInvoice: credit.invoiceNumber,
              period: credit.period,
              description: credit.description,
              amount: new Decimal(credit.amount).abs().toFixed(2),
              currency: dispute.currency,
            })),
        );

    const currencies = [...new Set([...disconnects.map((row) => row.currency), ...credits.map((row) => row.currency)])].sort();
    const totals = currencies.map((currency) => {
      const fromDisconnects = sumDecimals(disconnects.filter((row) => row.currency === currency).map((row) => row.saved));
      const fromCredits = sumDecimals(credits.filter((row) => row.currency === currency).map((row) => row.amount));
      return {
        currency,
        disconnects: fromDisconnects.toFixed(2),
        credits: fromCredits.toFixed(2),
        total: fromDisconnects.plus(fromCredits).toFixed(2),
      };
    });
    return {
      filters: {},
      period,
      freshness: await getFreshness(context.prisma),
      countedMonths,
      disconnects: disconnects.sort(
        (left, right) => new Decimal(right.saved).comparedTo(left.saved) || left.completedAt.localeCompare(right.completedAt),
      ),
      credits,
      areCreditsHidden,
      totals: totals.length > 0 ? totals : [{ currency: 'USD', disconnects: '0.00', credits: '0.00', total: '0.00' }],
    };
  },
});
