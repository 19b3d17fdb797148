import { z } from 'zod';
import { LedgerlineError } from '../../errors.js';

/** `--as-of YYYY-MM-DD` → noon UTC of that day ("today" for relative periods); undefined → the clock. */
export function parseAsOf(value: string | undefined): Date | undefined {
  if (value === undefined) return undefined;
  const parsed = z.iso.date().safeParse(value);
  if (!parsed.success) throw new LedgerlineError('INVALID_INPUT', `--as-of must be a date like 2026-11-26, not "${value}".`);
  return new Date(`${parsed.data}T12:00:00Z`);
}
