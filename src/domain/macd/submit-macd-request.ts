import type { FieldErrors } from './macd-forms.js';
import { isLedgerlineError, LedgerlineError } from '../../errors.js';
import type { DomainDeps } from '../deps.js';
import type { Viewer } from '../tools/define-tool.js';
import { actorKey, loadActor } from './macd-actor.js';
import { parseMacdForm } from './macd-forms.js';
import { loadMacdRequestView, type MacdRequestView } from './macd-request-view.js';
import { resolveFormReferences } from './resolve-form-references.js';

export interface SubmitMacdRequestInput {
  requester: Viewer;
  /** The form's values as the platform sent them: field id → string. */
  values: Record<string, unknown>;
  /** Same key, same request: a retried delivery of one submission creates nothing new. */
  idempotencyKey?: string;
}

export type SubmitMacdRequestResult =
  | { ok: true; request: MacdRequestView; isDuplicate: boolean }
  | { ok: false; error: LedgerlineError; fieldErrors: FieldErrors };

async function findEarlierSubmission(key: string | undefined, deps: DomainDeps): Promise<SubmitMacdRequestResult | null> {
  if (!key) return null;
  const earlier = await deps.prisma.macdSubmission.findUnique({ where: { key } });
  const request = earlier && earlier.requestId > 0 ? await loadMacdRequestView(earlier.requestId, deps) : null;
  return request ? { ok: true, request, isDuplicate: true } : null;
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
  if (requester.role === 'viewer') return refused(new LedgerlineError('FORBIDDEN', 'Viewers cannot request service changes. Ask an admin for the requester role.'));

  const earlier = await findEarlierSubmission(input.idempotencyKey, deps);
  if (earlier) return earlier;

  const parsed = parseMacdForm(input.values, { today: deps.now().toISOString().slice(0, 10) });
  if (!parsed.ok) {
    const message = Object.values(parsed.fieldErrors).join(' ');
    return { ok: false, error: new LedgerlineError('INVALID_INPUT', message, { fields: parsed.fieldErrors }), fieldErrors: parsed.fieldErrors };
  }
  const resolved = await resolveFormReferences(parsed.form, requester, deps.prisma, deps.now());
  // A concurrent delivery of the same form may have created the request meanwhile (and made the
  // service "already has an open request"): answer with that request, not with the refusal.
  if (!resolved.ok) return (await findEarlierSubmission(input.idempotencyKey, deps)) ?? resolved;

  const at = deps.now();
  const created = await deps.prisma.$transaction(async (transaction) => {
    if (input.idempotencyKey) {
      // Claim the key first: of two concurrent deliveries only one inserts it and creates a request.
      const { count } = await transaction.macdSubmission.createMany({ data: [{ key: input.idempotencyKey, requestId: 0 }], skipDuplicates: true });
      if (count === 0) return null;
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
    await transaction.macdEvent.create({ data: { requestId: request.id, actor: actorKey(requester), fromStatus: null, toStatus: 'submitted', at } });
    if (input.idempotencyKey) await transaction.macdSubmission.update({ where: { key: input.idempotencyKey }, data: { requestId: request.id } });
    return request.id;
  });
  if (created === null) {
    return (await findEarlierSubmission(input.idempotencyKey, deps)) ?? refused(new LedgerlineError('CONFLICT', 'This form is being submitted already; check "my open requests" in a moment.'));
  }
  deps.logger.info('macd-request-submitted', { requestId: created, kind: parsed.form.kind, requester: actorKey(requester) });
  const request = await loadMacdRequestView(created, deps);
  if (!request) throw new Error(`request ${created} vanished after it was created`);
  return { ok: true, request, isDuplicate: false };
}
