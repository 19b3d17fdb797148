import { describe, expect, it } from 'vitest';
import { LedgerlineError } from '../../src/errors.js';
import { createLogger } from '../../src/logger.js';

// An operator reading the log of a failed turn needs what failed and where: the message, the
// error's code, its stack and what it translated — on one line, so log shippers keep it whole.
describe('errors in log lines', () => {
  it('keeps message, code, stack and cause of a logged error, on one line', () => {
    const lines: string[] = [];
    const logger = createLogger('debug', (line) => lines.push(line));
    const driverError = new Error('connection terminated unexpectedly');
    const error = new LedgerlineError('UNAVAILABLE', 'The embedded database could not start', undefined, { cause: driverError });

    logger.error('teams turn failed', { conversationId: 'c-1', error });

    expect(lines).toHaveLength(1);
    const line = lines[0]!;
    expect(line).not.toContain('\n');
    const fields = JSON.parse(line.slice(line.indexOf('{'))) as { conversationId: string; error: Record<string, unknown> };
    expect(fields.conversationId).toBe('c-1');
    expect(fields.error).toMatchObject({ name: 'LedgerlineError', message: 'The embedded database could not start', code: 'UNAVAILABLE' });
    expect(String(fields.error['stack'])).toContain('logged-errors.test.ts');
    expect(fields.error['cause']).toMatchObject({ name: 'Error', message: 'connection terminated unexpectedly' });
    expect(String((fields.error['cause'] as Record<string, unknown>)['stack'])).toContain('logged-errors.test.ts');
  });

  it('logs a thrown non-error value as it is', () => {
    const lines: string[] = [];
    createLogger('warn', (line) => lines.push(line)).warn('slack work failed', { error: 'socket hang up' });
    expect(lines[0]).toContain('{"error":"socket hang up"}');
  });
});
