import type { Prisma, ServiceType } from '../../db/generated/client.js';
import { identifierKey } from '../shared/normalize.js';
import type { MacdRequestRecord } from './macd-request-view.js';
import { readDetails } from './read-details.js';

/** An add's service enters the inventory as pending when work starts; completion makes it active. */
export async function createPendingService(transaction: Prisma.TransactionClient, request: MacdRequestRecord): Promise<void> {
  const details = readDetails(request.details);
  const identifier = details.identifier ?? `MACD-${request.id}`;
  const service = await transaction.service.create({
    data: {
      externalId: `MACD-${request.id}`,
      type: (details.serviceType ?? 'device') as ServiceType,
      identifier,
      identifierKey: identifierKey(identifier),
      vendorId: Number(details.vendorId),
      locationId: details.locationId ? Number(details.locationId) : null,
      costCenterId: request.costCenterId,
      assignee: details.assignee ?? null,
      status: 'pending',
      monthlyCost: details.monthlyCost ?? null,
      currency: details.currency ?? 'USD',
    },
  });
  await transaction.macdRequest.update({ where: { id: request.id }, data: { serviceId: service.id } });
}
