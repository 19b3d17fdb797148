import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createAssistant } from '../../src/assistant/create-assistant.js';
import { unsupportedFiguresNotice } from '../../src/assistant/answer-with-llm-planner.js';
import type { AskInput } from '../../src/assistant/assistant.js';
import type { Database } from '../../src/db/open-database.js';
import { silentLogger } from '../../src/logger.js';
import { startFakeOpenAiServer, type FakeOpenAiServer } from '../support/fake-openai-server.js';
import { openTestDatabase } from '../support/test-database.js';
import { loadFixtureEnterprise } from '../tools/support/fixture-enterprise.js';

// The questions people ask next reach the model as the same registry tools the offline planner
// uses, over real HTTP; the model's prose keeps only figures a tool computed.

let database: Database;
let server: FakeOpenAiServer;
let conversation = 0;

beforeAll(async () => {
  database = await openTestDatabase();
  await loadFixtureEnterprise(database.prisma);
  server = await startFakeOpenAiServer();
});
afterAll(async () => {
  await server.close();
  await database.close();
});
afterEach(() => server.reset());

const assistant = () =>
  createAssistant({
    prisma: database.prisma,
    now: () => new Date('2026-11-26T12:00:00Z'),
    logger: silentLogger,
    llm: { baseUrl: server.baseUrl, model: 'test-model', timeoutMs: 5000, maxSteps: 4 },
  });
const question = (text: string): AskInput => ({
  question: text,
  conversationKey: `analysis-${(conversation += 1)}`,
  viewer: { displayName: 'Dana', role: 'admin', costCenterScope: '*' },
  surface: 'cli',
});

describe('LLM planner with the analysis tools', () => {
  it('offers every new tool to the model', async () => {
    server.enqueue({ toolCalls: [{ name: 'get_run_rate', arguments: { vendors: ['AT&T'] } }] }, { content: 'Here is the run-rate.' });
    await assistant().ask(question('annual run-rate for AT&T'));
    const offered = server.requests[0]?.tools?.map((tool) => tool.function.name) ?? [];
    for (const name of [
      'rank_spend_changes',
      'get_run_rate',
      'forecast_spend',
      'get_unallocated_spend',
      'get_unit_costs',
      'rank_services',
      'get_realized_savings',
    ])
      expect(offered).toContain(name);
  });

  it('shows the run-rate the tool computed and drops a figure the model made up', async () => {
    // AT&T in October 2026 (the last full month): 1,200.00 + 65.25 + 98.10 − 150.00 = 1,213.35; × 12 = 14,560.20.
    server.enqueue(
      { toolCalls: [{ name: 'get_run_rate', arguments: { vendors: ['AT&T'] } }] },
      { content: 'AT&T runs at about USD 20,000.00 a year.' },
    );
    const answer = await assistant().ask(question('annual run-rate for AT&T'));
    // A made-up figure replaces the model's reply with the built-in planner's answer, which says why.
    expect(answer.plannedBy).toBe('offline-fallback');
    expect(answer.text.split('\n')[0]).toBe(unsupportedFiguresNotice);
    expect(answer.text).toContain('USD 14,560.20');
    expect(answer.text).toContain('USD 1,213.35');
    expect(answer.text).not.toContain('20,000');
  });

  it('ranks growth with the tool the model chose', async () => {
    // Lumen: September 800.50 → October 1,150.50 (+350.00), the largest increase among vendors.
    server.enqueue(
      {
        toolCalls: [
          {
            name: 'rank_spend_changes',
            arguments: {
              dimension: 'vendor',
              period: { start: '2026-10-01', end: '2026-11-01' },
              comparedTo: { start: '2026-09-01', end: '2026-10-01' },
            },
          },
        ],
      },
      { content: 'Lumen grew the most.' },
    );
    const answer = await assistant().ask(question('which vendor grew the most in october?'));
    expect(answer.plannedBy).toBe('llm');
    expect(answer.text).toContain('Lumen');
    expect(answer.text).toContain('USD 350.00');
  });
});
