import { z } from 'zod';
import { LedgerlineError } from '../../errors.js';
import type { DomainDeps } from '../deps.js';
import type { Viewer } from '../shared/viewer.js';
import type { AlertMessage } from './alert-destination.js';
import type { StoredAlert } from './alert-draft.js';
import { alertFamilyOf } from './alert-family.js';
import type { AlertFeedbackEntry, AlertFeedbackKind, AlertState } from './alert-feedback.js';
import { moment, readAlertStates, withAlertState } from './alert-feedback.js';
import { readStoredAlert } from './read-stored-alert.js';
import { addDays } from '../periods/period.js';

export const alertStateActions = ['acknowledge', 'mark-expected', 'snooze-7d'] as const;
export type AlertStateAction = (typeof alertStateActions)[number];

/** A chat viewer, or a known user acting from the console or a script. */
export type AlertActor = Pick<Viewer, 'displayName'> & Partial<Pick<Viewer, 'userId' | 'role' | 'costCenterScope'>>;

export interface ActOnAlertInput {
  alertId: number;
  action: AlertStateAction;
  actor: AlertActor;
  at: Date;
}

export interface ActOnAlertResult {
  /** already-done: someone (maybe the same person) did this before; nothing changed */
  outcome: 'done' | 'already-done';
  alert: StoredAlert;
  state: AlertState;
  /** the alert as its posted messages should now read */
  message: AlertMessage;
  /** what the person who clicked reads */
  reply: string;
}

const snoozeDays = 7;

const feedbackKinds: Record<AlertStateAction, AlertFeedbackKind> = {
  acknowledge: 'acknowledged',
  'mark-expected': 'expected',
  'snooze-7d': 'snoozed',
};

// An anomaly's finding names its episode: the first and last anomalous period.
const episodeSchema = z.object({ start: z.string().regex(/^\d{4}-\d{2}-\d{2}$/), end: z.string().regex(/^\d{4}-\d{2}-\d{2}$/) });

/**
 * Acknowledge, mark as expected (planned activity: the anomaly detector leaves that episode out
 * and does not learn from it) or snooze the alert's family for 7 days. One row per alert and kind
 * decides who was first, so a double click, a retried delivery or two people at once change the
 * state once; the others are told who acted.
 */
export async function actOnAlert(input: ActOnAlertInput, deps: Pick<DomainDeps, 'prisma' | 'now'>): Promise<ActOnAlertResult> {
  const row = await deps.prisma.alert.findUnique({ where: { id: input.alertId } });
  if (!row) throw new LedgerlineError('NOT_FOUND', `Alert ${input.alertId} no longer exists.`);
  const alert = readStoredAlert(row);
  checkMayAct(input.actor, input.action, alert);

  const kind = feedbackKinds[input.action];
  const episode = input.action === 'mark-expected' && alert.kind === 'anomaly' ? episodeSchema.safeParse(alert.finding) : undefined;
  const until = input.action === 'snooze-7d' ? addDays(input.at, snoozeDays) : null;
  const { count } = await deps.prisma.alertFeedback.createMany({
    data: [
      {
        alertId: alert.id,
        kind,
        family: alertFamilyOf(alert.kind, alert.dedupeKey),
        periodStart: episode?.success ? episode.data.start : null,
        periodEnd: episode?.success ? episode.data.end : null,
        until,
        actorName: input.actor.displayName,
        actorUserId: input.actor.userId ?? null,
        at: input.at,
      },
    ],
    skipDuplicates: true,
  });
  const state = (await readAlertStates([alert.id], deps)).get(alert.id)!;
  const entry = state[kind]!;
  const outcome = count === 1 ? 'done' : 'already-done';
  return {
    outcome,
    alert,
    state,
    message: withAlertState(alert.message, state, deps.now()),
    reply: outcome === 'done' ? doneReply(input.action, alert, entry) : alreadyDoneReply(input.action, input.actor, entry),
  };
}

/**
 * Anyone who sees the alert may acknowledge it. Marking as expected and snoozing silence it for
 * everyone, so they take a requester, approver or admin — and one whose cost centers it concerns.
 */
function checkMayAct(actor: AlertActor, action: AlertStateAction, alert: StoredAlert): void {
  const scope = actor.costCenterScope;
  if (
    scope !== undefined &&
    scope !== '*' &&
    alert.scope.costCenters.length > 0 &&
    !alert.scope.costCenters.some((code) => scope.includes(code))
  ) {
    throw new LedgerlineError(
      'FORBIDDEN',
      `This alert is about ${alert.scope.costCenters.join(', ')}, outside your cost centers; ask its owner to act on it.`,
    );
  }
  if (action !== 'acknowledge' && actor.role === 'viewer') {
    const verb = action === 'mark-expected' ? 'mark alerts as expected' : 'snooze alerts';
    throw new LedgerlineError(
      'FORBIDDEN',
      `Viewers can acknowledge alerts but not ${verb}: that silences them for everyone. Ask an approver or admin.`,
    );
  }
}

function doneReply(action: AlertStateAction, alert: StoredAlert, entry: AlertFeedbackEntry): string {
  switch (action) {
    case 'acknowledge':
      return `You acknowledged alert #${alert.id}; the message now shows it.`;
    case 'mark-expected':
      return alert.kind === 'anomaly'
        ? `Marked as expected: later scans treat this episode as planned activity, do not alert on it again and leave it out of the baseline.`
        : `Marked as expected.`;
    case 'snooze-7d':
      return `Snoozed until ${moment(entry.until ?? entry.at)}: new alerts about the same thing are kept and posted after that.`;
  }
}

function alreadyDoneReply(action: AlertStateAction, actor: AlertActor, entry: AlertFeedbackEntry): string {
  const isSamePerson = actor.userId !== undefined ? entry.actorUserId === actor.userId : entry.actorName === actor.displayName;
  const who = isSamePerson ? 'You already' : `${entry.actorName} already`;
  const what =
    action === 'acknowledge'
      ? 'acknowledged this alert'
      : action === 'mark-expected'
        ? 'marked this alert as expected'
        : `snoozed this alert until ${moment(entry.until ?? entry.at)}`;
  return `${who} ${what} (${moment(entry.at)}); nothing changed.`;
}
