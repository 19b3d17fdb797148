import type { Prisma } from '../../db/generated/client.js';
import { LedgerlineError } from '../../errors.js';
import type { DomainDeps } from '../deps.js';
import type { Viewer } from '../shared/viewer.js';
import type { MacdRequestRecord, MacdRequestView } from './macd-request-view.js';
import { readDetails } from './read-details.js';
import { transitionMacdRequest } from './transition-macd-request.js';

/** The inventory follows the work, in the same transaction as the request's new status. */
async function applyToInventory(transaction: Prisma.TransactionClient, request: MacdRequestRecord, today: Date): Promise<void> {
  const details = readDetails(request.details);
  const serviceId = request.serviceId;
  if (serviceId === null) throw new LedgerlineError('CONFLICT', `Request ${request.id} has no service to update; start the work first.`);
  const update = (data: Prisma.ServiceUncheckedUpdateInput) => transaction.service.update({ where: { id: serviceId }, data });
  switch (request.kind) {
    case 'move':
      await update({ locationId: Number(details.newLocationId) });
      return;
    case 'add':
      await update({ status: 'active', startDate: request.dueDate ?? today });
      return;
    case 'disconnect':
      await update({ status: 'disconnected', endDate: request.dueDate ?? today });
      return;
    case 'change':
      switch (details.attribute) {
        case 'assignee':
          await update({ assignee: details.newValue ?? null });
          return;
        case 'location':
          await update({ locationId: Number(details.newValueId) });
          return;
        case 'cost_center':
          await update({ costCenterId: Number(details.newValueId) });
          return;
        case 'monthly_cost':
          await update({ monthlyCost: details.newValue ?? null });
          return;
        case undefined:
        default:
          throw new Error(`request ${request.id}: unknown changed attribute ${String(details.attribute)}`);
      }
  }
}

/** Work done: the request completes and the inventory changes with it, or neither happens. */
export function completeMacdRequest(
  input: { requestId: number; actor: Viewer; note?: string },
  deps: DomainDeps,
): Promise<MacdRequestView> {
  return transitionMacdRequest(
    {
      requestId: input.requestId,
      action: 'complete',
      actor: input.actor,
      note: input.note,
      onTransition: (transaction, request) => applyToInventory(transaction, request, deps.now()),
    },
    deps,
  );
}
