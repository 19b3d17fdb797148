import { isLedgerlineError } from '../../errors.js';
import type { DomainDeps } from '../deps.js';
import type { Viewer } from '../shared/viewer.js';
import { actOnAlert, alertStateActions } from './act-on-alert.js';
import type { AlertStateAction } from './act-on-alert.js';
import type { AlertDestination } from './alert-destination.js';
import { alertMacdPrefill } from './alert-macd-prefill.js';
import { readStoredAlert } from './read-stored-alert.js';
import { redrawPostedAlert } from './redraw-posted-alert.js';

/** A pressed alert button, as the Slack and Teams surfaces hand it over (their onAlertAction). */
export interface AlertActionInput {
  actionId: string;
  /** Slack: the alert id (state buttons) or older messages' dedupe key; Teams: the action's value */
  value: string;
  viewer: Viewer;
  /** Teams cards carry the alert id in their data */
  alertId?: number;
  /** Slack: the clicked message, redrawn with chat.update */
  channelId?: string | undefined;
  messageTs?: string | undefined;
  /** Teams: the pressed card, which the invoke response replaces (so it is not redrawn twice) */
  conversationId?: string | undefined;
  activityId?: string | undefined;
}

export interface AlertActionHandlerDeps extends DomainDeps {
  /** The running destinations, read at click time (surfaces are created after this handler). */
  destinations: () => readonly AlertDestination[];
}

/**
 * The one alert-action handler type: both chat surfaces take it (their onAlertAction) and
 * createAlertActionHandler makes it. Returns what the person who pressed the button reads (only they see it).
 */
export type AlertActionHandler = (input: AlertActionInput) => Promise<string>;

const isStateAction = (actionId: string): actionId is AlertStateAction => (alertStateActions as readonly string[]).includes(actionId);

/**
 * The one `onAlertAction` for both chat surfaces: acknowledge / mark as expected / snooze go to
 * actOnAlert, then every posted copy of the alert is redrawn to show who acted. Refusals (not
 * yours to snooze, alert gone) come back as the reply, never as a crash.
 */
export function createAlertActionHandler(deps: AlertActionHandlerDeps): AlertActionHandler {
  return async (input) => {
    try {
      const alertId = input.alertId ?? (await findAlertId(input.value, deps));
      if (alertId === undefined) return 'That alert no longer exists.';
      if (isStateAction(input.actionId)) {
        const result = await actOnAlert({ alertId, action: input.actionId, actor: input.viewer, at: deps.now() }, deps);
        if (result.outcome === 'done') {
          await redrawPostedAlert(
            {
              alertId,
              message: result.message,
              destinations: deps.destinations(),
              ...(input.channelId && input.messageTs
                ? { clicked: { platform: 'slack' as const, messageRef: `${input.channelId}:${input.messageTs}` } }
                : {}),
              ...(input.conversationId && input.activityId
                ? { skip: { platform: 'teams' as const, messageRef: `${input.conversationId}:${input.activityId}` } }
                : {}),
            },
            deps,
          );
        }
        return result.reply;
      }
      // Older messages drew these as alert buttons; newer ones open the form directly.
      const row = await deps.prisma.alert.findUnique({ where: { id: alertId } });
      const action = row ? readStoredAlert(row).message.actions.find((candidate) => candidate.id === input.actionId) : undefined;
      const prefill = action ? alertMacdPrefill(action) : undefined;
      if (prefill)
        return `Start the request with \`/ledger request ${prefill.words}\` (Slack) or "request ${prefill.words}" (Teams): the form opens prefilled.`;
      if (input.actionId === 'ask') return `Ask me: "${input.value}"`;
      return 'That button is not known.';
    } catch (error) {
      if (isLedgerlineError(error)) return error.message;
      throw error;
    }
  };
}

async function findAlertId(value: string, deps: Pick<DomainDeps, 'prisma'>): Promise<number | undefined> {
  if (/^\d+$/.test(value)) return Number(value);
  const byKey = await deps.prisma.alert.findUnique({ where: { dedupeKey: value }, select: { id: true } });
  return byKey?.id;
}
