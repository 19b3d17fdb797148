import type { ErrorCode } from '../../errors.js';
import type { AdaptiveCard } from './adaptive-card.js';
import { createCard } from './adaptive-card.js';
import { isLedgerlineError } from '../../errors.js';

// One table: what a Teams user reads for each error code.
const replies: Record<ErrorCode, (message: string) => string> = {
  INVALID_INPUT: (message) => message,
  NOT_FOUND: (message) => `${message} Try asking with a vendor, location or cost-center name you know.`,
  FORBIDDEN: () => 'You do not have access to that. Ask a Ledgerline admin to widen your cost-center scope.',
  CONFLICT: (message) => message,
  AMBIGUOUS: (message) => message,
  UNAVAILABLE: () => 'Ledgerline could not reach one of its services just now. Please try again in a minute.',
  CONFIG: () => 'Ledgerline is not configured correctly. An administrator has been told.',
};

export function replyForError(error: unknown): string {
  if (isLedgerlineError(error)) return replies[error.code](error.message);
  return 'Something went wrong while answering. Please try again; if it keeps happening, tell a Ledgerline admin.';
}

/** The card a question that failed gets in place of its answer. */
export function renderErrorCard(error: unknown): AdaptiveCard {
  return createCard([{ type: 'TextBlock', text: replyForError(error), wrap: true }]);
}
