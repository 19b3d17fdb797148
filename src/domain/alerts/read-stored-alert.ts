import { z } from 'zod';
import type { Alert } from '../../db/generated/client.js';
import type { AlertMessage } from './alert-destination.js';
import type { StoredAlert } from './alert-draft.js';

const payloadSchema = z.object({
  message: z.custom<Omit<AlertMessage, 'alertId'>>((value) => typeof value === 'object' && value !== null && 'title' in value),
  scope: z.object({ costCenters: z.array(z.string()), vendors: z.array(z.string()) }),
  finding: z.unknown(),
});

const kindSchema = z.enum(['anomaly', 'notice-deadline', 'budget', 'billing-discrepancy']);

/** The stored row back into the neutral model; the payload was written by createAlerts. */
export function readStoredAlert(row: Alert): StoredAlert {
  const payload = payloadSchema.parse(row.payload);
  return {
    id: row.id,
    kind: kindSchema.parse(row.kind),
    dedupeKey: row.dedupeKey,
    title: row.title,
    status: row.status,
    createdAt: row.createdAt,
    message: { ...payload.message, alertId: row.id },
    scope: payload.scope,
    finding: payload.finding,
  };
}
