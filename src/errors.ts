// One error type for the whole product, with a closed set of codes. Adapters map each code
// to a reply in one table (see src/bot/*/error-replies.ts and src/cli/error-replies.ts).
export const errorCodes = {
  /** Input failed validation. Show the message to the person; they can fix and retry. */
  INVALID_INPUT: 'INVALID_INPUT',
  /** The thing asked for does not exist. Say so; suggest a search. */
  NOT_FOUND: 'NOT_FOUND',
  /** The person may not see or do this. Say so without revealing what exists. */
  FORBIDDEN: 'FORBIDDEN',
  /** The state changed underneath (already decided, already imported). Show the current state. */
  CONFLICT: 'CONFLICT',
  /** The question was understood only in part. Offer the choices in `details`. */
  AMBIGUOUS: 'AMBIGUOUS',
  /** A dependency outside the process (LLM, chat platform) failed or timed out. Retry or fall back. */
  UNAVAILABLE: 'UNAVAILABLE',
  /** Configuration is missing or malformed. Stop at start-up and name the variable. */
  CONFIG: 'CONFIG',
} as const;

export type ErrorCode = keyof typeof errorCodes;

export class LedgerlineError extends Error {
  override readonly name = 'LedgerlineError';
  /** `cause` keeps the error this one translates (a driver's, an SDK's), so its stack reaches the log. */
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly details?: unknown,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}

export function isLedgerlineError(error: unknown): error is LedgerlineError {
  return error instanceof LedgerlineError;
}

/** A result for operations whose failure is expected (untrusted input), instead of throwing. */
export type Result<T, E = LedgerlineError> = { ok: true; value: T } | { ok: false; error: E };

export const ok = <T>(value: T): Result<T, never> => ({ ok: true, value });
export const fail = <E>(error: E): Result<never, E> => ({ ok: false, error });
