import type { AlertFeedback } from '../../db/generated/client.js';
import type { DomainDeps } from '../deps.js';
import type { AlertActionId, AlertMessage } from './alert-destination.js';
import { day } from './alert-figures.js';

/** What people did with an alert; one entry per kind (see the AlertFeedback table). */
export type AlertFeedbackKind = 'acknowledged' | 'expected' | 'snoozed';

export interface AlertFeedbackEntry {
  actorName: string;
  actorUserId: number | null;
  at: Date;
  /** snoozed: the family posts nothing until then */
  until: Date | null;
}

export interface AlertState {
  alertId: number;
  /** the outbox's delivery status */
  status: 'pending' | 'sent' | 'failed';
  acknowledged: AlertFeedbackEntry | null;
  expected: AlertFeedbackEntry | null;
  snoozed: AlertFeedbackEntry | null;
}

/** "26 Nov 2026 10:02 UTC": when someone acted, to the minute. */
export function moment(at: Date): string {
  return `${day(at.toISOString())} ${at.toISOString().slice(11, 16)} UTC`;
}

const entryOf = (row: AlertFeedback | undefined): AlertFeedbackEntry | null =>
  row ? { actorName: row.actorName, actorUserId: row.actorUserId, at: row.at, until: row.until } : null;

export async function readAlertStates(alertIds: readonly number[], deps: Pick<DomainDeps, 'prisma'>): Promise<Map<number, AlertState>> {
  const [alerts, feedback] = await Promise.all([
    deps.prisma.alert.findMany({ where: { id: { in: [...alertIds] } }, select: { id: true, status: true } }),
    deps.prisma.alertFeedback.findMany({ where: { alertId: { in: [...alertIds] } } }),
  ]);
  const states = new Map<number, AlertState>();
  for (const alert of alerts) {
    const mine = feedback.filter((row) => row.alertId === alert.id);
    const find = (kind: AlertFeedbackKind) => entryOf(mine.find((row) => row.kind === kind));
    states.set(alert.id, {
      alertId: alert.id,
      status: alert.status,
      acknowledged: find('acknowledged'),
      expected: find('expected'),
      snoozed: find('snoozed'),
    });
  }
  return states;
}

/** The lines an alert message shows under its facts, and chat shows for "status of alert 12". */
export function describeAlertState(state: AlertState, now: Date): string[] {
  const lines: string[] = [];
  if (state.acknowledged) lines.push(`Acknowledged by ${state.acknowledged.actorName} · ${moment(state.acknowledged.at)}`);
  if (state.expected)
    lines.push(
      `Marked as expected by ${state.expected.actorName} · ${moment(state.expected.at)} — later scans treat it as planned activity`,
    );
  if (state.snoozed?.until) {
    lines.push(
      state.snoozed.until > now
        ? `Snoozed by ${state.snoozed.actorName} until ${moment(state.snoozed.until)} — new alerts about the same thing wait until then`
        : `Was snoozed by ${state.snoozed.actorName} until ${moment(state.snoozed.until)}`,
    );
  }
  return lines;
}

const doneBy: Partial<Record<AlertActionId, keyof Pick<AlertState, 'acknowledged' | 'expected' | 'snoozed'>>> = {
  acknowledge: 'acknowledged',
  'mark-expected': 'expected',
  'snooze-7d': 'snoozed',
};

/** The message as it should read now: who acted, and without the buttons already used. */
export function withAlertState(message: AlertMessage, state: AlertState, now: Date): AlertMessage {
  const status = describeAlertState(state, now);
  const actions = message.actions.filter((action) => {
    const key = doneBy[action.id];
    return key === undefined || state[key] === null;
  });
  return { ...message, actions, ...(status.length > 0 ? { status } : {}) };
}
