import { isLedgerlineError } from '../../errors.js';

/**
 * The one retry policy of Ledgerline's outboxes (alert deliveries, MACD approval messages):
 * exponential backoff from a base delay, never shorter than what the platform asked for
 * (Retry-After), never longer than a ceiling.
 */
export interface BackoffPolicy {
  /** wait after the first failed attempt; doubles with every further one */
  baseDelayMs: number;
  /** longest wait, whatever the backoff or a platform's Retry-After says */
  maxDelayMs: number;
}

/** How long to wait after failed attempt number `attempt` (1-based). */
export function backoffDelayMs(attempt: number, policy: BackoffPolicy, retryAfterMs?: number): number {
  return Math.min(policy.maxDelayMs, Math.max(policy.baseDelayMs * 2 ** Math.max(0, attempt - 1), retryAfterMs ?? 0));
}

/** A platform's own "try again in" (Teams' Retry-After), carried in a LedgerlineError's details. */
export function retryAfterMsOf(error: unknown): number | undefined {
  if (!isLedgerlineError(error)) return undefined;
  const retryAfterMs = (error.details as { retryAfterMs?: unknown } | undefined)?.retryAfterMs;
  return typeof retryAfterMs === 'number' ? retryAfterMs : undefined;
}
