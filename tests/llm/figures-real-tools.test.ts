import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { unsupportedFiguresNotice } from '../../src/assistant/answer-with-llm-planner.js';
import type { Answer } from '../../src/assistant/answer.js';
import type { AskInput } from '../../src/assistant/assistant.js';
import { createAssistant } from '../../src/assistant/create-assistant.js';
import type { Database } from '../../src/db/open-database.js';
import { silentLogger } from '../../src/logger.js';
import { startFakeOpenAiServer } from '../support/fake-openai-server.js';
import type { FakeOpenAiServer, ScriptedResponse } from '../support/fake-openai-server.js';
import { openTestDatabase } from '../support/test-database.js';
import { loadFixtureEnterprise } from '../tools/support/fixture-enterprise.js';

// The trust rule over the real registry tools, presenters and offline planner on the fixture
// enterprise: the result shapes the rule walks are the product's own, not a test tool's.
//
// rank_spend_changes, vendors, October against September 2026: Lumen 800.50 → 1,150.50
// (+350.00, +43.7%), the largest increase. get_run_rate for AT&T: 1,213.35 a month, 14,560.20 a year.

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
  conversationKey: `figures-real-${(conversation += 1)}`,
  viewer: { displayName: 'Dana', role: 'admin', costCenterScope: '*' },
  surface: 'cli',
});

const rankChanges: ScriptedResponse = {
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
};
const runRate: ScriptedResponse = { toolCalls: [{ name: 'get_run_rate', arguments: { vendors: ['AT&T'] } }] };

async function ask(call: ScriptedResponse, prose: string, text: string): Promise<Answer> {
  server.enqueue(call, { content: prose });
  return assistant().ask(question(text));
}

describe('figures in words over the real tools', () => {
  it.each([
    'Lumen grew by USD 350.00 to USD 1,150.50.',
    'Lumen rose about 44% on September.',
    'Lumen spent about 1.4 times what it did in September.',
    'Lumen went from roughly eight hundred dollars to about twelve hundred dollars.',
  ])('shows an honest closing remark on a spend change: %s', async (prose) => {
    const answer = await ask(rankChanges, prose, 'which vendor grew the most in october?');
    expect(answer.plannedBy).toBe('llm');
    expect(answer.text).toContain('USD 350.00');
    expect(answer.text).toContain(prose);
  });

  it.each([
    'Lumen grew by USD 3,500.00.',
    'Lumen doubled its spend.',
    'Lumen rose 61% on September.',
    'Lumen grew by three hundred fifty thousand dollars.',
    '$2,026 above budget and $308 more than in January',
  ])('replaces an invented closing remark on a spend change: %s', async (prose) => {
    const answer = await ask(rankChanges, prose, 'which vendor grew the most in october?');
    expect(answer.plannedBy).toBe('offline-fallback');
    expect(answer.text.split('\n')[0]).toBe(unsupportedFiguresNotice);
    expect(answer.text).not.toContain(prose);
  });

  it('accepts a rounded run-rate and rejects a made-up one', async () => {
    const honest = await ask(runRate, 'AT&T runs at about USD 14,600 a year, USD 1,213.35 a month.', 'annual run-rate for AT&T');
    expect(honest.plannedBy).toBe('llm');
    expect(honest.text).toContain('about USD 14,600 a year');

    const invented = await ask(runRate, 'AT&T runs at about twenty-five thousand dollars a year.', 'annual run-rate for AT&T');
    expect(invented.plannedBy).toBe('offline-fallback');
    expect(invented.text).toContain('USD 14,560.20');
    expect(invented.text).not.toContain('twenty-five thousand');
  });
});
