import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createAssistant, fallbackNotice } from '../../src/assistant/create-assistant.js';
import type { Assistant, AskInput } from '../../src/assistant/assistant.js';
import { unsupportedFiguresNotice } from '../../src/assistant/answer-with-llm-planner.js';
import type { LlmSettings } from '../../src/assistant/llm/create-chat-model.js';
import type { Database } from '../../src/db/open-database.js';
import { silentLogger } from '../../src/logger.js';
import { startFakeOpenAiServer } from '../support/fake-openai-server.js';
import type { FakeOpenAiServer } from '../support/fake-openai-server.js';
import { openTestDatabase } from '../support/test-database.js';
import { createVendorOfflinePlanner } from '../assistant/support/vendor-offline-planner.js';
import { insertVendorServices, presentVendorServices, vendorServicesTool } from '../assistant/support/vendor-services-tool.js';

// The real LangChain ChatOpenAI client over real HTTP against a scripted OpenAI-compatible server.

let database: Database;
let server: FakeOpenAiServer;
let conversation = 0;

beforeAll(async () => {
  database = await openTestDatabase();
  await insertVendorServices(database.prisma);
  server = await startFakeOpenAiServer();
});

afterAll(async () => {
  await server.close();
  await database.close();
});

afterEach(() => {
  server.reset();
});

function assistantWith(settings: Partial<LlmSettings> = {}): Assistant {
  return createAssistant({
    prisma: database.prisma,
    now: () => new Date('2026-11-26T12:00:00Z'),
    logger: silentLogger,
    tools: [vendorServicesTool],
    offlinePlanner: createVendorOfflinePlanner(),
    present: presentVendorServices,
    llm: { baseUrl: server.baseUrl, model: 'test-model', timeoutMs: 5000, maxSteps: 4, ...settings },
  });
}

function question(text: string, conversationKey = `llm-${(conversation += 1)}`): AskInput {
  return { question: text, conversationKey, viewer: { displayName: 'Dana', role: 'admin', costCenterScope: '*' }, surface: 'cli' };
}

describe('LLM planner', () => {
  it('sends the tool schema derived from the zod definition and shows the figure the tool computed', async () => {
    server.enqueue(
      { toolCalls: [{ name: 'count_vendor_services', arguments: { vendor: 'ATT' } }] },
      { content: 'AT&T has 3 active services.' },
    );

    const answer = await assistantWith().ask(question('what does ATT cost us a month?'));

    expect(answer.plannedBy).toBe('llm');
    expect(answer.text).toContain('AT&T has 3 active services costing USD 1,339.85 a month.');
    // Supported prose (every number in it came from the tool) is kept.
    expect(answer.text).toContain('AT&T has 3 active services.');
    expect(answer.toolCalls).toMatchObject([
      { name: 'count_vendor_services', arguments: { vendor: 'ATT' }, result: { count: 3, monthlyCost: '1339.85' } },
    ]);

    const [first, second] = server.requests;
    const tool = first?.tools?.find((candidate) => candidate.function.name === 'count_vendor_services');
    expect(tool?.function.description).toBe(vendorServicesTool.description);
    expect(tool?.function.parameters).toMatchObject({
      type: 'object',
      properties: { vendor: { type: 'string', description: 'Vendor name as the user wrote it, e.g. "AT&T"' } },
      required: ['vendor'],
    });
    const toolMessage = second?.messages.find((message) => message.role === 'tool');
    expect(String(toolMessage?.content)).toContain('1339.85');
  });

  it('returns malformed JSON and schema errors to the model, which corrects itself', async () => {
    server.enqueue(
      { toolCalls: [{ name: 'count_vendor_services', arguments: '{"vendor": "AT&T"' }] },
      { toolCalls: [{ name: 'count_vendor_services', arguments: { vendor: 42 } }] },
      { toolCalls: [{ name: 'count_vendor_services', arguments: { vendor: 'AT&T' } }] },
      { content: 'Done.' },
    );

    const answer = await assistantWith().ask(question('AT&T monthly cost'));

    expect(answer.plannedBy).toBe('llm');
    expect(answer.text).toContain('USD 1,339.85');
    expect(answer.toolCalls.map((call) => call.error?.code ?? 'ok')).toEqual(['INVALID_INPUT', 'INVALID_INPUT', 'ok']);
    const toolResults = server.requests.slice(1, 3).map((request) => String(request.messages.at(-1)?.content));
    expect(toolResults[0]).toContain('not valid JSON');
    expect(toolResults[1]).toContain('vendor');
    expect(toolResults[1]).toContain('Invalid arguments');
  });

  it('tells the model a tool does not exist, and it recovers with a real one', async () => {
    server.enqueue(
      { toolCalls: [{ name: 'forecast_spend', arguments: { vendor: 'AT&T' } }] },
      { toolCalls: [{ name: 'count_vendor_services', arguments: { vendor: 'AT&T' } }] },
      { content: 'Here it is.' },
    );

    const answer = await assistantWith().ask(question('forecast AT&T'));

    expect(answer.plannedBy).toBe('llm');
    expect(answer.text).toContain('USD 1,339.85');
    const toolResult = JSON.parse(String(server.requests[1]?.messages.at(-1)?.content)) as { error: { code: string; message: string } };
    expect(toolResult.error).toEqual({ code: 'NOT_FOUND', message: expect.stringContaining('There is no tool named "forecast_spend"') });
    expect(answer.toolCalls.map((call) => call.name)).toEqual(['forecast_spend', 'count_vendor_services']);
  });

  it('falls back to the offline planner when the model keeps asking for a tool that does not exist', async () => {
    server.enqueue({ toolCalls: [{ name: 'forecast_spend', arguments: {} }] }, { toolCalls: [{ name: 'forecast_spend', arguments: {} }] });

    const answer = await assistantWith({ maxSteps: 2 }).ask(question('forecast AT&T'));

    expect(answer.plannedBy).toBe('offline-fallback');
    expect(answer.text.split('\n')[0]).toBe(fallbackNotice);
    expect(answer.text).toContain('USD 1,339.85');
  });

  it('falls back with a notice when the model server hangs past the timeout', async () => {
    server.enqueue({ hang: true });
    const started = Date.now();

    const answer = await assistantWith({ timeoutMs: 400 }).ask(question('AT&T monthly cost'));

    expect(Date.now() - started).toBeLessThan(4000);
    expect(answer.plannedBy).toBe('offline-fallback');
    expect(answer.text).toContain(fallbackNotice);
    expect(answer.text).toContain('USD 1,339.85');
  });

  it('falls back with a notice when the model server answers 500', async () => {
    server.enqueue({ status: 500 }, { status: 500 });

    const answer = await assistantWith().ask(question('AT&T monthly cost'));

    expect(answer.plannedBy).toBe('offline-fallback');
    expect(answer.text).toContain(fallbackNotice);
    expect(answer.text).toContain('USD 1,339.85');
  });

  it('never shows a number the model wrote itself', async () => {
    server.enqueue(
      { toolCalls: [{ name: 'count_vendor_services', arguments: { vendor: 'AT&T' } }] },
      { content: 'AT&T costs USD 9,999.99 a month, up 12% on last year.' },
    );

    const answer = await assistantWith().ask(question('AT&T monthly cost'));

    // The reply is replaced by the built-in planner's answer, which says why.
    expect(answer.plannedBy).toBe('offline-fallback');
    expect(answer.text.split('\n')[0]).toBe(unsupportedFiguresNotice);
    expect(answer.text).toContain('USD 1,339.85');
    expect(answer.text).not.toContain('9,999.99');
    expect(answer.text).not.toContain('12%');
  });

  it('falls back when the model answers with its own figure and calls no tool', async () => {
    server.enqueue({ content: 'You spend about USD 5,000 a month with AT&T.' });

    const answer = await assistantWith().ask(question('AT&T monthly cost'));

    expect(answer.plannedBy).toBe('offline-fallback');
    expect(answer.text.split('\n')[0]).toBe(unsupportedFiguresNotice);
    expect(answer.text).not.toContain('5,000');
    expect(answer.text).toContain('USD 1,339.85');
  });

  it('tells the model what the conversation asked before, for follow-ups', async () => {
    server.enqueue(
      { toolCalls: [{ name: 'count_vendor_services', arguments: { vendor: 'AT&T' } }] },
      { content: 'Done.' },
      { toolCalls: [{ name: 'count_vendor_services', arguments: { vendor: 'ATT' } }] },
      { content: 'Same again.' },
    );
    const assistant = assistantWith();

    await assistant.ask(question('AT&T monthly cost', 'follow-up'));
    await assistant.ask(question('and again?', 'follow-up'));

    const system = String(server.requests[2]?.messages[0]?.content);
    expect(system).toContain('AT&T monthly cost');
    expect(system).toContain('count_vendor_services');
  });
});
