import type { MacdRequest, Prisma } from '../../db/generated/client.js';
import type { FieldErrors, MacdForm } from './macd-forms.js';
import { isLedgerlineError, LedgerlineError } from '../../errors.js';
import type { DomainDeps } from '../deps.js';
import { identifierKey } from '../shared/normalize.js';
import type { Viewer } from '../shared/viewer.js';
import { findApproversToNotify } from './find-approvers-to-notify.js';
import type { MacdPlatform } from './macd-approver-notifier.js';
import { actorKey, loadActor } from './macd-actor.js';
import { parseMacdForm } from './macd-forms.js';
import { loadMacdRequestView, openStatuses, type MacdRequestView } from './macd-request-view.js';
import { readDetails } from './read-details.js';
import { resolveFormReferences } from './resolve-form-references.js';
import { toIsoDate } from '../periods/period.js';

export interface SubmitMacdRequestInput {
  requester: Viewer;
  /** The form's values as the platform sent them: field id → string. */
  values: Record<string, unknown>;
  /** Same key, same request: a retried delivery of one submission creates nothing new. */
  idempotencyKey?: string;
  /**
   * The platform whose approvers are sent the approval message: their notifications are written
   * with the request (the outbox), to be sent by deliverMacdNotifications. `route` is what a job
   * needs to reach that platform later (Teams: serviceUrl, tenant, bot). None: nobody is messaged.
   */
  notify?: { platform: MacdPlatform; route?: Prisma.InputJsonValue };
}

export type SubmitMacdRequestResult =
  | {
      ok: true;
      request: MacdRequestView;
      /** an earlier submission's request: the same delivery again, or the same form resubmitted */
      isDuplicate: boolean;
      /** the same form filled in again (same person, kind and service) while that request is open */
      isResubmit: boolean;
    }
  | { ok: false; error: LedgerlineError; fieldErrors: FieldErrors };

/** A person who presses Submit again on the same form within this time gets the request they made. */
const resubmitWindowMs = 10 * 60_000;

/** Advisory-lock class of "one submission at a time per requester" (the other key is the user id). */
const submitLockClass = 7_316;

async function findEarlierSubmission(key: string | undefined, deps: DomainDeps): Promise<SubmitMacdRequestResult | null> {
  if (!key) return null;
  const earlier = await deps.prisma.macdSubmission.findUnique({ where: { key } });
  const request = earlier && earlier.requestId > 0 ? await loadMacdRequestView(earlier.requestId, deps) : null;
  return request ? { ok: true, request, isDuplicate: true, isResubmit: false } : null;
}

/** The same request as the form: same kind and service (for an add: type, plan and for whom). */
function isSameRequest(record: Pick<MacdRequest, 'kind' | 'details'>, form: MacdForm): boolean {
  if (record.kind !== form.kind) return false;
  const details = readDetails(record.details);
  if (form.kind === 'add')
    return details.serviceType === form.serviceType && details.plan === form.plan && details.assignee === form.assignee;
  return (
    details.service === form.service ||
    (details.identifier !== undefined && identifierKey(details.identifier) === identifierKey(form.service))
  );
}

/** The requester's open request this form repeats, made within the resubmit window. */
async function findResubmitted(
  requesterId: number,
  form: MacdForm,
  client: Pick<Prisma.TransactionClient, 'macdRequest'>,
  now: Date,
): Promise<number | null> {
  const recent = await client.macdRequest.findMany({
    where: {
      requesterId,
      kind: form.kind,
      status: { in: [...openStatuses] },
      createdAt: { gte: new Date(now.getTime() - resubmitWindowMs) },
    },
    select: { id: true, kind: true, details: true },
    orderBy: { id: 'desc' },
  });
  return recent.find((record) => isSameRequest(record, form))?.id ?? null;
}

async function resubmitted(requestId: number, deps: DomainDeps): Promise<SubmitMacdRequestResult> {
  const request = await loadMacdRequestView(requestId, deps);
  if (!request) throw new Error(`request ${requestId} vanished`);
  return { ok: true, request, isDuplicate: true, isResubmit: true };
}

const refused = (error: LedgerlineError): SubmitMacdRequestResult => ({ ok: false, error, fieldErrors: {} });

/**
 * A person submits a filled-in form. Field problems come back per field (the form shows them
 * next to the field); nothing changes in the inventory — that waits for approval and the work.
 */
export async function submitMacdRequest(input: SubmitMacdRequestInput, deps: DomainDeps): Promise<SubmitMacdRequestResult> {
  let requester;
  try {
    requester = await loadActor(input.requester, deps);
  } catch (error) {
    if (isLedgerlineError(error)) return refused(error);
    throw error;
  }
  if (requester.role === 'viewer')
    return refused(new LedgerlineError('FORBIDDEN', 'Viewers cannot request service changes. Ask an admin for the requester role.'));

  const earlier = await findEarlierSubmission(input.idempotencyKey, deps);
  if (earlier) return earlier;

  const parsed = parseMacdForm(input.values, { today: toIsoDate(deps.now()) });
  if (!parsed.ok) {
    const message = Object.values(parsed.fieldErrors).join(' ');
    return {
      ok: false,
      error: new LedgerlineError('INVALID_INPUT', message, { fields: parsed.fieldErrors }),
      fieldErrors: parsed.fieldErrors,
    };
  }
  // Before the references: the first request makes the service "already has an open request".
  const repeated = await findResubmitted(requester.id, parsed.form, deps.prisma, deps.now());
  if (repeated !== null) return resubmitted(repeated, deps);
  const resolved = await resolveFormReferences(parsed.form, requester, deps.prisma, deps.now());
  // A concurrent delivery of the same form may have created the request meanwhile (and made the
  // service "already has an open request"): answer with that request, not with the refusal.
  if (!resolved.ok) {
    const made = await findResubmitted(requester.id, parsed.form, deps.prisma, deps.now());
    return (await findEarlierSubmission(input.idempotencyKey, deps)) ?? (made === null ? resolved : resubmitted(made, deps));
  }

  const at = deps.now();
  const { notify } = input;
  const approvers = notify
    ? await findApproversToNotify({ costCenterId: resolved.value.costCenterId, requesterId: requester.id, platform: notify.platform }, deps)
    : [];
  const created = await deps.prisma.$transaction(async (transaction) => {
    if (input.idempotencyKey) {
      // Claim the key first: of two concurrent deliveries only one inserts it and creates a request.
      const { count } = await transaction.macdSubmission.createMany({
        data: [{ key: input.idempotencyKey, requestId: 0 }],
        skipDuplicates: true,
      });
      if (count === 0) return null;
    }
    // Two presses of Submit at once (two forms, no shared key): the second waits here and finds the first.
    await transaction.$queryRaw`SELECT pg_advisory_xact_lock(${submitLockClass}::int, ${requester.id}::int)::text AS locked`;
    const earlier = await findResubmitted(requester.id, parsed.form, transaction, at);
    if (earlier !== null) {
      if (input.idempotencyKey)
        await transaction.macdSubmission.update({ where: { key: input.idempotencyKey }, data: { requestId: earlier } });
      return { id: earlier, isResubmit: true };
    }
    const request = await transaction.macdRequest.create({
      data: {
        kind: parsed.form.kind,
        status: 'submitted',
        requesterId: requester.id,
        serviceId: resolved.value.serviceId,
        costCenterId: resolved.value.costCenterId,
        details: resolved.value.details,
        reason: resolved.value.reason,
        dueDate: resolved.value.dueDate,
        createdAt: at,
      },
    });
    await transaction.macdEvent.create({
      data: { requestId: request.id, actor: actorKey(requester), fromStatus: null, toStatus: 'submitted', at },
    });
    if (notify && approvers.length > 0) {
      // The outbox: the approval messages exist with the request or not at all. Someone with no id
      // on the platform is recorded as not reachable there, so the requester is told.
      await transaction.macdNotification.createMany({
        data: approvers.map((approver) => ({
          requestId: request.id,
          approverId: approver.id,
          platform: notify.platform,
          recipientId: approver.recipientId,
          ...(notify.route === undefined ? {} : { route: notify.route }),
          nextAttemptAt: at,
          ...(approver.recipientId === null ? { state: 'failed' as const, lastError: `not on ${notify.platform}` } : {}),
        })),
      });
    }
    if (input.idempotencyKey)
      await transaction.macdSubmission.update({ where: { key: input.idempotencyKey }, data: { requestId: request.id } });
    return { id: request.id, isResubmit: false };
  });
  if (created === null) {
    return (
      (await findEarlierSubmission(input.idempotencyKey, deps)) ??
      refused(new LedgerlineError('CONFLICT', 'This form is being submitted already; check "my open requests" in a moment.'))
    );
  }
  if (created.isResubmit) return resubmitted(created.id, deps);
  deps.logger.info('macd-request-submitted', { requestId: created.id, kind: parsed.form.kind, requester: actorKey(requester) });
  const request = await loadMacdRequestView(created.id, deps);
  if (!request) throw new Error(`request ${created.id} vanished after it was created`);
  return { ok: true, request, isDuplicate: false, isResubmit: false };
}
