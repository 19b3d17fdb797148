import { formatDate, formatMoney } from '../shared/format.js';
import { changeableAttributeLabels, serviceTypeLabel } from './macd-labels.js';
import type { MacdRequestView } from './macd-request-view.js';

// What a person reads about a request, the same on Slack and Teams: the facts an approver needs
// (cost today, the saving or cost it causes) and the state it is in, in the labels of
// macd-labels.ts. Platform renderers (render-macd-message.ts, render-macd-cards.ts) lay it out.

export interface MacdFact {
  label: string;
  value: string;
}

const attributeWords: Record<string, string> = changeableAttributeLabels;

function describeImpact(view: MacdRequestView): string {
  const amount = formatMoney(view.monthlyImpact.amount.replace('-', ''), view.monthlyImpact.currency);
  switch (view.monthlyImpact.effect) {
    case 'saving':
      return `saves ${amount} a month`;
    case 'cost':
      return `adds ${amount} a month`;
    case 'none':
      return 'no change in monthly cost';
  }
}

export function macdFacts(view: MacdRequestView): MacdFact[] {
  const facts: MacdFact[] = [{ label: 'Requested by', value: view.requester.name }];
  if (view.costCenter) facts.push({ label: 'Cost center', value: `${view.costCenter.code} ${view.costCenter.name}` });
  if (view.service && view.kind !== 'add') {
    facts.push({
      label: 'Service',
      value: [view.service.identifier, serviceTypeLabel(view.service.type), view.service.vendor, view.service.location]
        .filter(Boolean)
        .join(' · '),
    });
  }
  if (view.dueDate) facts.push({ label: 'Date', value: formatDate(view.dueDate) });
  const details = view.details;
  switch (view.kind) {
    case 'move':
      facts.push({ label: 'Move to', value: `${details.newLocation ?? '?'} (from ${details.fromLocation || 'no site'})` });
      break;
    case 'change':
      facts.push({ label: attributeWords[details.attribute ?? ''] ?? 'Change', value: `→ ${details.newValue ?? '?'}` });
      break;
    case 'add':
      facts.push({ label: 'Plan', value: `${details.plan ?? '?'} at ${details.location ?? '?'} for ${details.assignee ?? '?'}` });
      break;
    case 'disconnect':
      break;
  }
  if (view.reason) facts.push({ label: 'Reason', value: view.reason });
  if (view.currentMonthlyCost)
    facts.push({ label: 'Current monthly cost', value: formatMoney(view.currentMonthlyCost.amount, view.currentMonthlyCost.currency) });
  facts.push({ label: 'Effect', value: describeImpact(view) });
  return facts;
}

const statusWords: Record<MacdRequestView['status'], string> = {
  submitted: 'Waiting for approval',
  approved: 'Approved',
  rejected: 'Rejected',
  in_progress: 'In progress',
  completed: 'Completed',
  cancelled: 'Cancelled',
};

/** "Approved by Alan Approver on 26 Nov 2026" — the last step and who took it. */
export function describeState(view: MacdRequestView): string {
  const last = view.events.at(-1);
  if (!last || view.status === 'submitted') return statusWords.submitted;
  const note = last.note ? `: ${last.note}` : '';
  return `${statusWords[view.status]} by ${last.actorName} on ${formatDate(last.at)}${note}`;
}

/** What the requester is told when their request moves. */
export function describeForRequester(view: MacdRequestView): string {
  if (view.status === 'submitted') return `Your request ${view.id} (${view.title}) was submitted and is waiting for approval.`;
  return `Your request ${view.id} (${view.title}): ${describeState(view)}.`;
}

/** A button a request offers: what it does, its words, and how it looks (each platform has its own styles). */
export interface MacdStep {
  step: 'approve' | 'reject' | 'start' | 'complete' | 'cancel';
  label: string;
  tone: 'positive' | 'destructive' | 'neutral';
}

/** The approver's buttons for the request's state: the next step; none once it is finished. */
export function macdNextSteps(view: MacdRequestView): MacdStep[] {
  switch (view.status) {
    case 'submitted':
      return [
        { step: 'approve', label: 'Approve', tone: 'positive' },
        { step: 'reject', label: 'Reject', tone: 'destructive' },
      ];
    case 'approved':
      return [{ step: 'start', label: 'Start work', tone: 'neutral' }];
    case 'in_progress':
      return [{ step: 'complete', label: 'Mark completed', tone: 'positive' }];
    case 'rejected':
    case 'completed':
    case 'cancelled':
      return [];
  }
}

/** The requester's button while their request is open. */
export const cancelMacdStep: MacdStep = { step: 'cancel', label: 'Cancel request', tone: 'neutral' };

const listNames = (names: string[]) =>
  names.length <= 1 ? (names[0] ?? '') : `${names.slice(0, -1).join(', ')} and ${names.at(-1) ?? ''}`;

/**
 * The truth about a request's approval messages on one platform, for its requester: who has it,
 * who could not be reached (and that Ledgerline keeps trying), who is not on the platform.
 * `unreachableHint` is the platform's likely reason ("Ledgerline may not be installed for them").
 */
export function describeApproverReach(view: MacdRequestView, platform: { name: string; unreachableHint?: string }): string {
  const notifications = view.notifications.filter((notification) => notification.platform === platform.name.toLowerCase());
  if (notifications.length === 0) return `No approver for it is on ${platform.name} yet; an admin will pick it up.`;
  const named = (predicate: (notification: MacdRequestView['notifications'][number]) => boolean) =>
    notifications.filter(predicate).map((notification) => notification.approverName);
  const notified = named((notification) => notification.state === 'sent');
  const retrying = named((notification) => notification.state === 'pending' && notification.attempts > 0);
  const gaveUp = named((notification) => notification.state === 'failed' && !notification.isNotOnPlatform);
  const notOnPlatform = named((notification) => notification.isNotOnPlatform);
  const waiting = named((notification) => notification.state === 'pending' && notification.attempts === 0);
  const hint = platform.unreachableHint ? ` (${platform.unreachableHint})` : '';
  const parts: string[] = [];
  if (notified.length > 0) parts.push(`Approvers notified: ${listNames(notified)}.`);
  if (retrying.length > 0) parts.push(`Could not reach ${listNames(retrying)} on ${platform.name}${hint}; Ledgerline keeps trying.`);
  if (gaveUp.length > 0)
    parts.push(
      `Could not reach ${listNames(gaveUp)} on ${platform.name}${hint}; Ledgerline gave up — ask them to open request ${view.id}.`,
    );
  if (waiting.length > 0) parts.push(`Still sending to ${listNames(waiting)}.`);
  if (notOnPlatform.length > 0)
    parts.push(
      `${listNames(notOnPlatform)} ${notOnPlatform.length === 1 ? 'is' : 'are'} not on ${platform.name}: tell them about request ${view.id}.`,
    );
  return parts.join(' ');
}
