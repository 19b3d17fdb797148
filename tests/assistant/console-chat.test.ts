import { PassThrough } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAssistant } from '../../src/assistant/create-assistant.js';
import type { OfflinePlanner } from '../../src/assistant/planner.js';
import { startConsoleChat } from '../../src/bot/console/start-console-chat.js';
import type { Database } from '../../src/db/open-database.js';
import { silentLogger } from '../../src/logger.js';
import { openTestDatabase } from '../support/test-database.js';
import { createVendorOfflinePlanner } from './support/vendor-offline-planner.js';
import { insertVendorServices, presentVendorServices, vendorServicesTool } from './support/vendor-services-tool.js';

let database: Database;

beforeAll(async () => {
  database = await openTestDatabase();
  await insertVendorServices(database.prisma);
});

afterAll(async () => {
  await database.close();
});

describe('startConsoleChat', () => {
  it('answers each piped line in one conversation and ends with the input', async () => {
    const vendorPlanner = createVendorOfflinePlanner();
    // "again" repeats the previous calls: proves the console keeps one conversation.
    const offlinePlanner: OfflinePlanner = {
      plan: async (input) =>
        input.question === 'again' && input.state
          ? { kind: 'calls', calls: input.state.lastCalls, understood: 'the same again' }
          : vendorPlanner.plan(input),
    };
    const assistant = createAssistant({
      prisma: database.prisma,
      now: () => new Date('2026-11-26T12:00:00Z'),
      logger: silentLogger,
      tools: [vendorServicesTool],
      offlinePlanner,
      present: presentVendorServices,
    });
    const input = new PassThrough();
    const output = new PassThrough();
    let written = '';
    output.on('data', (chunk: Buffer) => (written += chunk.toString('utf8')));

    const chat = startConsoleChat({ assistant, input, output });
    input.end('AT&T monthly cost\n\nagain\n');
    await chat.finished;

    expect(written).toBe(
      [
        '> AT&T monthly cost',
        'AT&T has 3 active services costing USD 1,339.85 a month.',
        '',
        '> again',
        'AT&T has 3 active services costing USD 1,339.85 a month.',
        '',
        '',
      ].join('\n'),
    );
    const audits = await database.prisma.auditLog.findMany({ where: { surface: 'console' } });
    expect(audits.map((audit) => [audit.actor, audit.question])).toEqual([
      ['console', 'AT&T monthly cost'],
      ['console', 'again'],
    ]);
  });
});
