import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createTerminalLogger } from '../../src/logger.js';

// npm start on a terminal: the person typing at "you>" sees warnings and errors, never info lines.

describe('the console logger on a terminal', () => {
  it('shows warnings and errors on screen and writes every line to the log file under the data folder', async () => {
    const logFile = join(mkdtempSync(join(tmpdir(), 'ledgerline-log-')), 'data', 'ledgerline.log');
    const screen: string[] = [];
    const logger = createTerminalLogger('info', { logFile, screen: (line) => screen.push(line) });
    logger.info('database ready', { kind: 'pglite' });
    logger.debug('not at this level');
    logger.warn('language model failed');
    logger.error('question failed');
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(screen.map((line) => line.split(' ').slice(1).join(' '))).toEqual(['WARN language model failed', 'ERROR question failed']);
    const written = readFileSync(logFile, 'utf8');
    expect(written).toContain('INFO database ready {"kind":"pglite"}');
    expect(written).toContain('WARN language model failed');
    expect(written).not.toContain('not at this level');
  });
});
