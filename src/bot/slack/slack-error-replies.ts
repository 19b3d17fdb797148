import { isLedgerlineError } from '../../errors.js';
import type { ErrorCode } from '../../errors.js';

// One table from error code to what a Slack user reads.
const replies: Record<ErrorCode, (message: string) => string> = {
  INVALID_INPUT: (message) => `I could not use that: ${message}`,
  NOT_FOUND: (message) => `${message} Try asking with a vendor, location or cost-center name.`,
  FORBIDDEN: () => 'You do not have access to that. Ask an admin to widen your cost-center scope.',
  CONFLICT: (message) => `That changed in the meantime: ${message}`,
  AMBIGUOUS: (message) => `I need a bit more: ${message}`,
  UNAVAILABLE: () => 'A service I depend on is not answering right now. Please try again in a minute.',
  CONFIG: () => 'Ledgerline is not configured for this yet. Ask an admin.',
};

export function slackErrorReply(error: unknown): string {
  if (isLedgerlineError(error)) return replies[error.code](error.message);
  return 'Something went wrong on my side while answering. The team has the details in the logs.';
}
