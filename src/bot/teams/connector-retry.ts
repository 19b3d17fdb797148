import { HttpError } from '@microsoft/agents-hosting';
import { backoffDelayMs } from '../../domain/shared/retry-backoff.js';
import type { Logger } from '../../logger.js';

// The Teams connector throttles (429 with Retry-After) and has bad moments (5xx). Both are
// worth waiting for; anything else (400, 401, 403, 404) will not get better by retrying.
//
// Retries here only what no outbox holds: a reply inside a turn (the person is waiting; nothing
// is stored to send later) and the redraw of an alert already posted. Alert posts and MACD
// approval messages are tried once by the connector call; their outboxes (dispatch-alerts.ts,
// deliver-macd-notifications.ts) own the attempts and the backoff, so one alert is never tried
// the outbox's attempts times these. The wait is the outboxes' formula (domain/shared/retry-backoff.ts).

export interface RetryPolicy {
  maximumAttempts: number;
  /** First backoff for 5xx and for a 429 without Retry-After; doubles each attempt. */
  baseDelayMs: number;
  /** Never wait longer than this for one attempt, whatever Retry-After says. */
  maximumDelayMs: number;
  sleep: (milliseconds: number) => Promise<void>;
}

const defaultRetryPolicy: RetryPolicy = {
  maximumAttempts: 4,
  baseDelayMs: 500,
  maximumDelayMs: 30_000,
  sleep: (milliseconds) => new Promise((resolve) => setTimeout(resolve, milliseconds)),
};

function statusOf(error: unknown): number | undefined {
  if (error instanceof HttpError) return error.status;
  return undefined;
}

/** Retry-After is seconds or an HTTP date (RFC 9110); undefined when absent or unreadable. */
export function retryAfterMs(error: unknown, now: () => Date = () => new Date()): number | undefined {
  if (!(error instanceof HttpError)) return undefined;
  const header = error.response.headers.get('retry-after');
  if (!header) return undefined;
  const seconds = Number(header);
  if (Number.isFinite(seconds) && seconds >= 0) return seconds * 1000;
  const date = Date.parse(header);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now().getTime());
}

function isRetryable(error: unknown): boolean {
  const status = statusOf(error);
  if (status === undefined) {
    // fetch rejects with a TypeError when the connection is refused or reset: transient too.
    return error instanceof TypeError;
  }
  return status === 429 || status >= 500;
}

export async function withConnectorRetry<T>(
  operation: () => Promise<T>,
  { logger, description, policy = defaultRetryPolicy }: { logger: Logger; description: string; policy?: RetryPolicy },
): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await operation();
    } catch (error) {
      if (!isRetryable(error) || attempt >= policy.maximumAttempts) throw error;
      const delay = backoffDelayMs(attempt, { baseDelayMs: policy.baseDelayMs, maxDelayMs: policy.maximumDelayMs }, retryAfterMs(error));
      logger.warn('teams connector call failed; retrying', {
        description,
        attempt,
        status: statusOf(error),
        retryInMs: delay,
      });
      await policy.sleep(delay);
    }
  }
}
