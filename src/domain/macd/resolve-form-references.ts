import type { PrismaClient, User } from '../../db/generated/client.js';
import { isLedgerlineError, LedgerlineError } from '../../errors.js';
import { resolveCostCenters, resolveLocations, resolveVendors } from '../scope/resolve-named-filters.js';
import { identifierKey } from '../shared/normalize.js';
import { hasCostCenterInScope } from './macd-actor.js';
import type { FieldErrors, MacdForm } from './macd-forms.js';
import type { MacdFieldName } from './macd-fields.js';
import { openStatuses } from './macd-request-view.js';
import { toIsoDate } from '../periods/period.js';

// A valid form still names things: a service, a location, a vendor, a cost center. This turns
// the names into rows and says, next to the field, what is wrong with one.

export interface ResolvedForm {
  serviceId: number | null;
  costCenterId: number | null;
  dueDate: Date | null;
  reason: string | null;
  /** Stored as the request's details: what was typed, plus the ids it resolved to. */
  details: Record<string, string>;
}

export type ResolvedResult = { ok: true; value: ResolvedForm } | { ok: false; error: LedgerlineError; fieldErrors: FieldErrors };

const fieldError = (
  field: MacdFieldName,
  message: string,
  code: 'INVALID_INPUT' | 'CONFLICT' | 'FORBIDDEN' = 'INVALID_INPUT',
): ResolvedResult => ({
  ok: false,
  error: new LedgerlineError(code, message, { fields: { [field]: message } }),
  fieldErrors: { [field]: message },
});

function withChoices(error: LedgerlineError): string {
  const choices = (error.details as { choices?: string[] } | undefined)?.choices;
  return choices && choices.length > 0 ? `${error.message} Did you mean ${choices.join(', ')}?` : error.message;
}

/** Runs a name resolver; a NOT_FOUND becomes a message for the field. */
async function lookUp<T>(resolve: () => Promise<T>): Promise<{ ok: true; value: T } | { ok: false; message: string }> {
  try {
    return { ok: true, value: await resolve() };
  } catch (error) {
    if (isLedgerlineError(error) && error.code === 'NOT_FOUND') return { ok: false, message: withChoices(error) };
    throw error;
  }
}

async function oneLocation(
  typed: string,
  prisma: PrismaClient,
): Promise<{ ok: true; value: { id: number; name: string } } | { ok: false; message: string }> {
  const found = await lookUp(() => resolveLocations([typed], prisma));
  if (!found.ok) return found;
  const locations = found.value ?? [];
  const [first] = locations;
  if (!first) return { ok: false, message: `No location "${typed}".` };
  if (locations.length > 1)
    return { ok: false, message: `"${typed}" is several sites: ${locations.map((location) => location.name).join(', ')}. Pick one.` };
  return { ok: true, value: first };
}

export async function resolveFormReferences(form: MacdForm, requester: User, prisma: PrismaClient, today: Date): Promise<ResolvedResult> {
  const todayIso = toIsoDate(today);
  const dueDate = 'date' in form && form.date ? form.date : undefined;
  if (dueDate !== undefined && dueDate < todayIso) return fieldError('date', `The date ${dueDate} is in the past.`);

  if (form.kind === 'add') {
    const [vendor, location, costCenter] = await Promise.all([
      lookUp(() => resolveVendors([form.vendor], prisma)),
      oneLocation(form.location, prisma),
      lookUp(() => resolveCostCenters([form.costCenter], prisma)),
    ]);
    if (!vendor.ok) return fieldError('vendor', vendor.message);
    if (!location.ok) return fieldError('location', location.message);
    if (!costCenter.ok) return fieldError('costCenter', costCenter.message);
    const vendorRow = vendor.value?.[0];
    const costCenterRow = costCenter.value?.[0];
    if (!vendorRow || !costCenterRow) return fieldError('vendor', 'Pick a vendor and a cost center.');
    if (!hasCostCenterInScope(requester, costCenterRow.code)) {
      return fieldError(
        'costCenter',
        `You can request services only for your cost centers; ${costCenterRow.code} is not one of them.`,
        'FORBIDDEN',
      );
    }
    return {
      ok: true,
      value: {
        serviceId: null,
        costCenterId: costCenterRow.id,
        dueDate: new Date(`${form.date}T00:00:00Z`),
        reason: null,
        details: {
          serviceType: form.serviceType,
          vendor: vendorRow.name,
          vendorId: String(vendorRow.id),
          plan: form.plan,
          location: location.value.name,
          locationId: String(location.value.id),
          costCenter: costCenterRow.code,
          assignee: form.assignee,
          currency: 'USD',
          ...(form.monthlyCost ? { monthlyCost: form.monthlyCost } : {}),
          ...(form.identifier ? { identifier: form.identifier } : {}),
        },
      },
    };
  }

  const service =
    (await prisma.service.findUnique({ where: { externalId: form.service }, include: { costCenter: true, location: true } })) ??
    (await prisma.service.findFirst({
      where: { identifierKey: identifierKey(form.service) },
      include: { costCenter: true, location: true },
      orderBy: { id: 'asc' },
    }));
  if (!service || !hasCostCenterInScope(requester, service.costCenter?.code ?? null)) {
    return fieldError('service', `No service "${form.service}" in your cost centers.`);
  }
  if (service.status === 'disconnected') {
    const since = service.endDate ? ` since ${toIsoDate(service.endDate)}` : '';
    return fieldError('service', `${service.identifier} is already disconnected${since}.`, 'CONFLICT');
  }
  const open = await prisma.macdRequest.findFirst({
    where: { serviceId: service.id, status: { in: [...openStatuses] } },
    orderBy: { id: 'asc' },
  });
  if (open) {
    return fieldError(
      'service',
      `${service.identifier} already has open request ${open.id} (${open.kind}, ${open.status.replace('_', ' ')}); finish or cancel it first.`,
      'CONFLICT',
    );
  }
  const base = { serviceId: service.id, costCenterId: service.costCenterId, dueDate: dueDate ? new Date(`${dueDate}T00:00:00Z`) : null };
  const serviceDetails = { service: service.externalId, identifier: service.identifier };

  switch (form.kind) {
    case 'disconnect':
      return { ok: true, value: { ...base, reason: form.reason, details: { ...serviceDetails, reason: form.reason } } };
    case 'move': {
      const location = await oneLocation(form.newLocation, prisma);
      if (!location.ok) return fieldError('newLocation', location.message);
      if (location.value.id === service.locationId)
        return fieldError('newLocation', `${service.identifier} is already at ${location.value.name}.`);
      return {
        ok: true,
        value: {
          ...base,
          reason: null,
          details: {
            ...serviceDetails,
            fromLocation: service.location?.name ?? '',
            newLocation: location.value.name,
            newLocationId: String(location.value.id),
          },
        },
      };
    }
    case 'change': {
      const details: Record<string, string> = { ...serviceDetails, attribute: form.attribute, newValue: form.newValue };
      if (form.attribute === 'location') {
        const location = await oneLocation(form.newValue, prisma);
        if (!location.ok) return fieldError('newValue', location.message);
        details.newValue = location.value.name;
        details.newValueId = String(location.value.id);
      } else if (form.attribute === 'cost_center') {
        const costCenter = await lookUp(() => resolveCostCenters([form.newValue], prisma));
        if (!costCenter.ok) return fieldError('newValue', costCenter.message);
        const row = costCenter.value?.[0];
        if (!row) return fieldError('newValue', `No cost center "${form.newValue}".`);
        details.newValue = row.code;
        details.newValueId = String(row.id);
      } else if (form.attribute === 'monthly_cost') {
        details.newValue = form.newValue.replace(/,/g, '');
      }
      return { ok: true, value: { ...base, reason: null, details } };
    }
  }
}
