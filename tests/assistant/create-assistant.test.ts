import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { createAssistant } from '../../src/assistant/create-assistant.js';
import type { AskInput } from '../../src/assistant/assistant.js';
import type { OfflinePlanner } from '../../src/assistant/planner.js';
import type { Database } from '../../src/db/open-database.js';
import { defineTool } from '../../src/domain/tools/define-tool.js';
import { createLogger } from '../../src/logger.js';
import { openTestDatabase } from '../support/test-database.js';
import { createVendorOfflinePlanner } from './support/vendor-offline-planner.js';
import { insertVendorServices, presentVendorServices, vendorServicesTool } from './support/vendor-services-tool.js';

// The orchestrator's own duties — memory, audit, validation, errors as answers — over a small
// real tool. The full registry over a small enterprise is exercised in assistant-fixture.test.ts.

let database: Database;
const logLines: string[] = [];
const logger = createLogger('warn', (line) => logLines.push(line));

const brokenTool = defineTool({
  name: 'broken_tool',
  description: 'Always fails, like a tool with a bug.',
  input: z.object({}),
  async run(): Promise<never> {
    throw new TypeError('Cannot read properties of undefined');
  },
});

beforeAll(async () => {
  database = await openTestDatabase();
  await insertVendorServices(database.prisma);
  // The asking viewer's cost center: a scope naming no cost center is refused before planning.
  await database.prisma.costCenter.create({ data: { code: 'CC-100', name: 'Operations' } });
});

afterAll(async () => {
  await database.close();
});

function assistantWith(offlinePlanner: OfflinePlanner = createVendorOfflinePlanner()) {
  return createAssistant({
    prisma: database.prisma,
    now: () => new Date('2026-11-26T12:00:00Z'),
    logger,
    tools: [vendorServicesTool, brokenTool],
    offlinePlanner,
    present: presentVendorServices,
  });
}

const ask = (question: string, conversationKey = 'orchestrator'): AskInput => ({
  question,
  conversationKey,
  viewer: { userId: 7, displayName: 'Dana Whitfield', role: 'viewer', costCenterScope: ['CC-100'] },
  surface: 'slack',
});

describe('createAssistant', () => {
  it('answers from the tool, remembers the conversation and audits who asked what', async () => {
    const answer = await assistantWith().ask(ask('What does AT&T cost a month?', 'memory'));

    expect(answer.plannedBy).toBe('offline');
    expect(answer.text).toBe('AT&T has 3 active services costing USD 1,339.85 a month.');
    expect(answer.toolCalls).toEqual([
      expect.objectContaining({
        name: 'count_vendor_services',
        arguments: { vendor: 'AT&T' },
        result: expect.objectContaining({ count: 3 }),
      }),
    ]);

    const conversation = await database.prisma.conversation.findUniqueOrThrow({ where: { key: 'memory' } });
    expect(conversation.state).toEqual({
      lastQuestion: 'What does AT&T cost a month?',
      lastCalls: [{ tool: 'count_vendor_services', arguments: { vendor: 'AT&T' } }],
    });
    const audit = await database.prisma.auditLog.findFirstOrThrow({ where: { question: 'What does AT&T cost a month?' } });
    expect(audit).toMatchObject({
      actor: 'Dana Whitfield (#7)',
      surface: 'slack',
      action: 'ask',
      outcome: 'answered',
      toolCalls: [{ name: 'count_vendor_services', arguments: { vendor: 'AT&T' }, durationMs: expect.any(Number) }],
    });
    expect(audit.durationMs).toBeGreaterThanOrEqual(0);
  });

  it('hands the stored state to the planner for a follow-up', async () => {
    const seen: Array<string | undefined> = [];
    const planner = createVendorOfflinePlanner();
    const recordingPlanner: OfflinePlanner = {
      plan: async (input) => {
        seen.push(input.state?.lastQuestion);
        return planner.plan(input);
      },
    };
    const assistant = assistantWith(recordingPlanner);
    await assistant.ask(ask('AT&T please', 'follow-up'));
    await assistant.ask(ask('and AT&T again?', 'follow-up'));

    expect(seen).toEqual([undefined, 'AT&T please']);
  });

  it('turns invalid arguments from a planner into a clear answer', async () => {
    const answer = await assistantWith({
      plan: async () => ({
        kind: 'calls',
        calls: [{ tool: 'count_vendor_services', arguments: { vendor: '' } }],
        understood: 'services of an unnamed vendor',
      }),
    }).ask(ask('services of ""'));

    expect(answer.text).toContain('I understood: services of an unnamed vendor.');
    expect(answer.text).toContain('I could not answer that: Invalid arguments for count_vendor_services — vendor:');
    expect(answer.toolCalls[0]?.error?.code).toBe('INVALID_INPUT');
  });

  it('says plainly when a vendor does not exist', async () => {
    const answer = await assistantWith({
      plan: async () => ({
        kind: 'calls',
        calls: [{ tool: 'count_vendor_services', arguments: { vendor: 'Sprint' } }],
        understood: 'services of Sprint',
      }),
    }).ask(ask('Sprint lines'));

    expect(answer.text).toContain('No vendor matches "Sprint".');
    const audit = await database.prisma.auditLog.findFirstOrThrow({ where: { question: 'Sprint lines' } });
    expect(audit.outcome).toBe('tool-error');
  });

  it('answers, logs and audits when a tool has a bug', async () => {
    const answer = await assistantWith({
      plan: async () => ({ kind: 'calls', calls: [{ tool: 'broken_tool', arguments: {} }], understood: 'the broken tool' }),
    }).ask(ask('break please'));

    expect(answer.text).toContain('The broken_tool tool failed unexpectedly; the error was logged.');
    expect(logLines.some((line) => line.includes('Cannot read properties of undefined'))).toBe(true);
  });

  it('answers when the planner itself throws', async () => {
    const answer = await assistantWith({
      plan: async () => {
        throw new RangeError('planner bug');
      },
    }).ask(ask('anything'));

    expect(answer.text).toMatch(/^Sorry — something went wrong/);
    const audit = await database.prisma.auditLog.findFirstOrThrow({ where: { question: 'anything' } });
    expect(audit.outcome).toBe('failed');
  });

  it('offers examples for an empty question', async () => {
    const answer = await assistantWith().ask(ask('   '));

    expect(answer.clarification?.choices.length).toBeGreaterThan(0);
    expect(answer.text).toContain('Ask me about');
    expect(answer.toolCalls).toEqual([]);
  });

  it('answers and audits a question with NUL and other control characters', async () => {
    const answer = await assistantWith().ask(ask('AT&T\u0000 monthly\u0007 cost', 'control-characters'));

    expect(answer.text).toContain('USD 1,339.85');
    expect(await database.prisma.auditLog.count({ where: { question: 'AT&T  monthly  cost' } })).toBe(1);
  });

  it('reads only the start of a 10 KB question and says so', async () => {
    const longQuestion = `AT&T monthly cost ${'blah '.repeat(2048)}`;
    const answer = await assistantWith().ask(ask(longQuestion));

    expect(answer.text.split('\n')[0]).toBe('Note: only the first 2,000 characters of the question were read.');
    expect(answer.text).toContain('USD 1,339.85');
    const audit = await database.prisma.auditLog.findFirstOrThrow({ where: { question: { startsWith: 'AT&T monthly cost blah' } } });
    expect(audit.question?.length).toBe(4000);
  });
});
