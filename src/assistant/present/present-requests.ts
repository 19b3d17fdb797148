import type { GetRequestStatusResult } from '../../domain/macd/get-request-status.js';
import type { ListMyRequestsResult } from '../../domain/macd/list-my-requests.js';
import type { SummarizeDisconnectsResult } from '../../domain/macd/summarize-disconnects.js';
import type { MacdRequestView } from '../../domain/macd/macd-request-view.js';
import { formatCount, formatDate, formatMoney } from '../../domain/shared/format.js';
import { contextOf, maxTableRows, pluralize, type Presentation } from './presentation.js';
import { macdStatusWords } from '../../domain/macd/transition-macd-request.js';

function impactWords(request: MacdRequestView): string {
  const impact = request.monthlyImpact;
  if (impact.effect === 'none') return '';
  const amount = formatMoney(impact.amount.replace('-', ''), impact.currency);
  return impact.effect === 'saving' ? `, saves ${amount}/month` : `, costs ${amount}/month`;
}

const requestLine = (request: MacdRequestView) =>
  `#${request.id} ${request.title}: ${macdStatusWords[request.status]}${request.dueDate ? `, due ${formatDate(request.dueDate)}` : ''}${impactWords(request)}`;

export function presentMyRequests(result: ListMyRequestsResult): Presentation {
  const context = contextOf(result);
  const isOpenOnly = Array.isArray(result.filters.status);
  const which = isOpenOnly ? 'open ' : '';
  if (!result.isKnownPerson) {
    return {
      text: 'You have no requests: you are not yet a Ledgerline user here, so you cannot have submitted one.',
      facts: [],
      followUps: [],
      context,
    };
  }
  if (result.requestCount === 0) {
    return {
      text: `You have no ${which}requests.`,
      facts: [{ label: 'Requests', value: '0', raw: '0' }],
      followUps: isOpenOnly ? ['All my requests'] : [],
      context,
    };
  }
  return {
    text: [
      `You have ${formatCount(result.requestCount)} ${which}${pluralize(result.requestCount, 'request')}:`,
      ...result.requests.slice(0, 10).map((request) => `• ${requestLine(request)}`),
    ].join('\n'),
    facts: [{ label: 'Requests', value: formatCount(result.requestCount), raw: String(result.requestCount) }],
    table: {
      columns: [
        { key: 'id', label: '#' },
        { key: 'title', label: 'Request' },
        { key: 'status', label: 'Status' },
        { key: 'due', label: 'Due' },
      ],
      rows: result.requests.slice(0, maxTableRows).map((request) => ({
        id: String(request.id),
        title: request.title,
        status: macdStatusWords[request.status],
        due: request.dueDate ? formatDate(request.dueDate) : '',
      })),
      totalRows: result.requestCount,
    },
    followUps: result.requests[0] ? [`Status of request ${result.requests[0].id}`] : [],
    context,
  };
}

export function presentRequestStatus(result: GetRequestStatusResult): Presentation {
  const context = contextOf(result);
  const request = result.request;
  if (!request)
    return { text: `There is no request ${result.requestId} that you can see.`, facts: [], followUps: ['My open requests'], context };
  const decision = request.decision
    ? `${request.decision.status === 'approved' ? 'Approved' : 'Rejected'} by ${request.decision.byName} on ${formatDate(request.decision.at)}${request.decision.note ? ` ("${request.decision.note}")` : ''}.`
    : undefined;
  const history = request.events.map(
    (event) =>
      `• ${formatDate(event.at)} ${event.actorName}: ${event.fromStatus ? `${event.fromStatus} → ` : ''}${event.toStatus}${event.note ? ` — ${event.note}` : ''}`,
  );
  return {
    text: [`Request ${requestLine(request)}. Requested by ${request.requester.name}.`, decision, 'History:', ...history]
      .filter((line): line is string => line !== undefined)
      .join('\n'),
    facts: [
      { label: 'Status', value: macdStatusWords[request.status], raw: request.status },
      ...(request.monthlyImpact.effect === 'none'
        ? []
        : [
            {
              label: request.monthlyImpact.effect === 'saving' ? 'Monthly saving' : 'Monthly cost',
              value: formatMoney(request.monthlyImpact.amount.replace('-', ''), request.monthlyImpact.currency),
              raw: request.monthlyImpact.amount,
              currency: request.monthlyImpact.currency,
            },
          ]),
    ],
    followUps: ['My open requests'],
    context,
  };
}

export function presentDisconnects(result: SummarizeDisconnectsResult): Presentation {
  const context = contextOf(result);
  const label = result.period?.label ?? 'that period';
  if (result.disconnects.length === 0)
    return {
      text: `No disconnect was completed in ${label}.`,
      facts: [{ label: 'Disconnects', value: '0', raw: '0' }],
      followUps: ['Lines with no usage in 90 days'],
      context,
    };
  const totals = result.totals
    .map(
      (total) => `${formatMoney(total.monthlySaving, total.currency)} a month (${formatMoney(total.annualSaving, total.currency)} a year)`,
    )
    .join(' + ');
  return {
    text: [
      `${formatCount(result.disconnects.length)} ${pluralize(result.disconnects.length, 'service')} disconnected in ${label}, saving ${totals}.`,
      ...result.disconnects
        .slice(0, 10)
        .map(
          (item) =>
            `• ${item.identifier} (${item.serviceType.replaceAll('_', ' ')}, ${item.vendor}), completed ${formatDate(item.completedOn)}: ${formatMoney(item.monthlySaving, item.currency)}/month`,
        ),
    ].join('\n'),
    facts: result.totals.flatMap((total) => [
      {
        label: 'Monthly saving',
        value: formatMoney(total.monthlySaving, total.currency),
        raw: total.monthlySaving,
        currency: total.currency,
      },
      { label: 'Annual saving', value: formatMoney(total.annualSaving, total.currency), raw: total.annualSaving, currency: total.currency },
    ]),
    table: {
      columns: [
        { key: 'identifier', label: 'Service' },
        { key: 'vendor', label: 'Vendor' },
        { key: 'completedOn', label: 'Completed' },
        { key: 'monthly', label: 'Monthly saving', align: 'right' },
      ],
      rows: result.disconnects.slice(0, maxTableRows).map((item) => ({
        identifier: item.identifier,
        vendor: item.vendor,
        completedOn: formatDate(item.completedOn),
        monthly: formatMoney(item.monthlySaving, item.currency),
      })),
      totalRows: result.disconnects.length,
    },
    followUps: ['Lines with no usage in 90 days'],
    context,
  };
}
