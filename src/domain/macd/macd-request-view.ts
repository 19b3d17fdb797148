import type { MacdKind, MacdNotificationState, MacdStatus, Prisma } from '../../db/generated/client.js';
import { serviceSelect, toServiceSummary, type ServiceSummary } from '../inventory/service-summary.js';
import { Decimal } from '../shared/decimal.js';
import type { DomainDeps } from '../deps.js';
import { readDetails } from './read-details.js';
import { toIsoDate } from '../periods/period.js';

// One read model of a request for every caller: the approver's summary, the requester's status,
// the chat tools. Money stays a decimal string with its currency.

export const macdRequestInclude = {
  requester: { select: { id: true, name: true, email: true } },
  service: { select: { ...serviceSelect, id: true, costCenterId: true } },
  events: { orderBy: [{ at: 'asc' }, { id: 'asc' }] },
  notifications: { include: { approver: { select: { name: true } } }, orderBy: { id: 'asc' } },
} satisfies Prisma.MacdRequestInclude;

export type MacdRequestRecord = Prisma.MacdRequestGetPayload<{ include: typeof macdRequestInclude }>;

export interface Money {
  amount: string;
  currency: string;
}

export interface MacdDecision {
  status: 'approved' | 'rejected';
  byEmail: string;
  byName: string;
  at: string;
  note: string | null;
}

export interface MacdEventView {
  actor: string;
  actorName: string;
  fromStatus: MacdStatus | null;
  toStatus: MacdStatus;
  note: string | null;
  at: string;
}

/** One approver's approval message: sent, still being retried, or given up on (and why). */
export interface MacdNotificationView {
  approverName: string;
  platform: string;
  state: MacdNotificationState;
  attempts: number;
  /** when the outbox tries again (pending only) */
  nextAttemptAt: string | null;
  /** the platform's refusal, or why nothing could be sent */
  lastError: string | null;
  /** true when the approver has no id on the platform, so nothing can be sent there */
  isNotOnPlatform: boolean;
}

export interface MacdRequestView {
  id: number;
  kind: MacdKind;
  status: MacdStatus;
  /** "Disconnect 253-555-0100 (mobile line, Verizon)" */
  title: string;
  requester: { id: number; name: string; email: string };
  service: ServiceSummary | null;
  costCenter: { code: string; name: string } | null;
  details: Record<string, string>;
  reason: string | null;
  dueDate: string | null;
  createdAt: string;
  /** The service's monthly cost today (null for an add, or when unknown). */
  currentMonthlyCost: Money | null;
  /** Monthly change the request causes: negative is a saving, positive a cost. */
  monthlyImpact: Money & { effect: 'saving' | 'cost' | 'none' };
  decision: MacdDecision | null;
  events: MacdEventView[];
  /** who was sent the approval message, who could not be reached yet */
  notifications: MacdNotificationView[];
  isOpen: boolean;
}

export const openStatuses: readonly MacdStatus[] = ['submitted', 'approved', 'in_progress'];

function detailsOf(value: Prisma.JsonValue): Record<string, string> {
  return Object.fromEntries(Object.entries(readDetails(value)).flatMap(([key, entry]) => (entry === undefined ? [] : [[key, entry]])));
}

function impactOf(record: MacdRequestRecord, details: Record<string, string>): MacdRequestView['monthlyImpact'] {
  const currency = record.service?.currency ?? details.currency ?? 'USD';
  const current = record.service?.monthlyCost ?? null;
  const none = { amount: '0.00', currency, effect: 'none' as const };
  const signed = (amount: Decimal) => ({
    amount: amount.toFixed(2),
    currency,
    effect: amount.isZero() ? ('none' as const) : amount.isNegative() ? ('saving' as const) : ('cost' as const),
  });
  switch (record.kind) {
    case 'disconnect':
      return current === null ? none : signed(new Decimal(current).negated());
    case 'add':
      return details.monthlyCost ? signed(new Decimal(details.monthlyCost)) : none;
    case 'change':
      if (details.attribute !== 'monthly_cost' || !details.newValue) return none;
      return signed(new Decimal(details.newValue.replace(/,/g, '')).minus(current ?? 0));
    case 'move':
      return none;
  }
}

const kindVerbs: Record<MacdKind, string> = { move: 'Move', add: 'Add', change: 'Change', disconnect: 'Disconnect' };

function titleOf(record: MacdRequestRecord, details: Record<string, string>): string {
  const service = record.service;
  if (record.kind === 'add' && (!service || service.status === 'pending')) {
    return `Add ${(details.serviceType ?? 'service').replace(/_/g, ' ')} (${details.vendor ?? 'vendor to choose'}, ${details.plan ?? 'plan'}) for ${details.assignee ?? 'someone'}`;
  }
  if (!service) return `${kindVerbs[record.kind]} request ${record.id}`;
  return `${kindVerbs[record.kind]} ${service.identifier} (${service.type.replace(/_/g, ' ')}, ${service.vendor.name})`;
}

export async function toMacdRequestView(record: MacdRequestRecord, deps: Pick<DomainDeps, 'prisma'>): Promise<MacdRequestView> {
  const details = detailsOf(record.details);
  const actorEmails = [...new Set(record.events.map((event) => event.actor))];
  const [people, costCenter] = await Promise.all([
    deps.prisma.user.findMany({ where: { email: { in: actorEmails } }, select: { email: true, name: true } }),
    record.costCenterId === null
      ? null
      : deps.prisma.costCenter.findUnique({ where: { id: record.costCenterId }, select: { code: true, name: true } }),
  ]);
  const nameOf = new Map(people.map((person) => [person.email, person.name]));
  const events: MacdEventView[] = record.events.map((event) => ({
    actor: event.actor,
    actorName: nameOf.get(event.actor) ?? event.actor,
    fromStatus: event.fromStatus,
    toStatus: event.toStatus,
    note: event.note,
    at: event.at.toISOString(),
  }));
  const decisionEvent = events.find(
    (event) => event.fromStatus === 'submitted' && (event.toStatus === 'approved' || event.toStatus === 'rejected'),
  );
  const current = record.service?.monthlyCost ?? null;
  return {
    id: record.id,
    kind: record.kind,
    status: record.status,
    title: titleOf(record, details),
    requester: record.requester,
    service: record.service ? toServiceSummary(record.service) : null,
    costCenter,
    details,
    reason: record.reason,
    dueDate: record.dueDate ? toIsoDate(record.dueDate) : null,
    createdAt: record.createdAt.toISOString(),
    currentMonthlyCost:
      current === null || record.kind === 'add'
        ? null
        : { amount: new Decimal(current).toFixed(2), currency: record.service?.currency ?? 'USD' },
    monthlyImpact: impactOf(record, details),
    decision: decisionEvent
      ? {
          status: decisionEvent.toStatus === 'approved' ? 'approved' : 'rejected',
          byEmail: decisionEvent.actor,
          byName: decisionEvent.actorName,
          at: decisionEvent.at,
          note: decisionEvent.note,
        }
      : null,
    events,
    notifications: record.notifications.map((notification) => ({
      approverName: notification.approver.name,
      platform: notification.platform,
      state: notification.state,
      attempts: notification.attempts,
      nextAttemptAt: notification.state === 'pending' ? notification.nextAttemptAt.toISOString() : null,
      lastError: notification.lastError,
      isNotOnPlatform: notification.recipientId === null,
    })),
    isOpen: openStatuses.includes(record.status),
  };
}

export async function loadMacdRequestView(requestId: number, deps: Pick<DomainDeps, 'prisma'>): Promise<MacdRequestView | null> {
  const record = await deps.prisma.macdRequest.findUnique({ where: { id: requestId }, include: macdRequestInclude });
  return record ? toMacdRequestView(record, deps) : null;
}
