import type { DomainDeps } from '../deps.js';
import type { AlertMessage } from './alert-destination.js';
import { readAlertStates, withAlertState } from './alert-feedback.js';
import { readStoredAlert } from './read-stored-alert.js';

/** The alert as its messages should read now (who acted), or null when it no longer exists. */
export async function loadAlertMessage(alertId: number, deps: Pick<DomainDeps, 'prisma' | 'now'>): Promise<AlertMessage | null> {
  const row = await deps.prisma.alert.findUnique({ where: { id: alertId } });
  if (!row) return null;
  const state = (await readAlertStates([alertId], deps)).get(alertId);
  const { message } = readStoredAlert(row);
  return state ? withAlertState(message, state, deps.now()) : message;
}
