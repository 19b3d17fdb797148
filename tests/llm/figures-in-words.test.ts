import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { unsupportedFiguresNotice } from '../../src/assistant/answer-with-llm-planner.js';
import type { Answer } from '../../src/assistant/answer.js';
import type { Assistant, AskInput } from '../../src/assistant/assistant.js';
import { createAssistant } from '../../src/assistant/create-assistant.js';
import type { Database } from '../../src/db/open-database.js';
import type { Logger } from '../../src/logger.js';
import { silentLogger } from '../../src/logger.js';
import { startFakeOpenAiServer } from '../support/fake-openai-server.js';
import type { FakeOpenAiServer, ScriptedResponse } from '../support/fake-openai-server.js';
import { openTestDatabase } from '../support/test-database.js';
import { cloudSpendTool, createCloudSpendOfflinePlanner, presentCloudSpend } from './support/cloud-spend-tool.js';

// The trust rule against figures in every form a model writes them, through the real LangChain
// client over HTTP against a scripted OpenAI-compatible server. The tool returned (see
// cloud-spend-tool.ts): AWS 1,234,567.89, Azure 611,000.00, total 1,845,567.89 for October 2026
// from 308 cost records, previous 1,510,000.00 (+22.2%), budget 1,800,000.00 (over by 45,567.89).

let database: Database;
let server: FakeOpenAiServer;
let conversation = 0;
const logged: Array<{ message: string; fields: Record<string, unknown> | undefined }> = [];

const recordingLogger: Logger = {
  ...silentLogger,
  info: (message, fields) => logged.push({ message, fields }),
};

beforeAll(async () => {
  database = await openTestDatabase();
  server = await startFakeOpenAiServer();
});
afterAll(async () => {
  await server.close();
  await database.close();
});
afterEach(() => {
  server.reset();
  logged.length = 0;
});

function assistant(): Assistant {
  return createAssistant({
    prisma: database.prisma,
    now: () => new Date('2026-11-26T12:00:00Z'),
    logger: recordingLogger,
    tools: [cloudSpendTool],
    offlinePlanner: createCloudSpendOfflinePlanner(),
    present: presentCloudSpend,
    llm: { baseUrl: server.baseUrl, model: 'test-model', timeoutMs: 5000, maxSteps: 4 },
  });
}

const question = (text: string): AskInput => ({
  question: text,
  conversationKey: `figures-${(conversation += 1)}`,
  viewer: { displayName: 'Dana', role: 'admin', costCenterScope: '*' },
  surface: 'cli',
});

const toolCall: ScriptedResponse = { toolCalls: [{ name: 'get_cloud_spend', arguments: { month: '2026-10' } }] };

/** The model calls the tool, then closes with `prose`. */
async function askWithToolThen(prose: string, text = 'cloud spend last month by vendor'): Promise<Answer> {
  server.enqueue(toolCall, { content: prose });
  return assistant().ask(question(text));
}

function expectReplaced(answer: Answer, invented: string): void {
  expect(answer.plannedBy).toBe('offline-fallback');
  expect(answer.text.split('\n')[0]).toBe(unsupportedFiguresNotice);
  expect(answer.text).toContain('Cloud spend in October 2026: USD 1,845,567.89');
  expect(answer.text).not.toContain(invented);
}

function expectShown(answer: Answer, prose: string): void {
  expect(answer.plannedBy).toBe('llm');
  expect(answer.text).toContain('Cloud spend in October 2026: USD 1,845,567.89');
  expect(answer.text).toContain(prose);
}

describe('figures in words: the three replies of the issue', () => {
  it('replaces a reply with figures in words and no tool call by the direct answer, and logs the figures only', async () => {
    const reply = 'You spent roughly five million dollars on AWS last month, which is about twice what you spent on Azure.';
    server.enqueue({ content: reply });

    const answer = await assistant().ask(question('how much did we spend on AWS last month?'));

    expectReplaced(answer, 'five million');
    const rejection = logged.find((entry) => entry.message.includes('rejected'));
    expect(rejection?.fields).toEqual({ figures: ['five million dollars (money)', 'twice (ratio)'] });
    expect(JSON.stringify(logged)).not.toContain('you spent on Azure');
  });

  it('replaces a real tool answer with a made-up sentence in number words appended', async () => {
    const answer = await askWithToolThen('about nine million eight hundred thousand dollars on AWS, roughly double last year');
    expectReplaced(answer, 'nine million');
    // "double" names AWS, whose row has no amount half its size: no comparison backs it either.
    expect(logged.find((entry) => entry.message.includes('rejected'))?.fields).toEqual({
      figures: ['nine million eight hundred thousand dollars (money)', 'double (ratio)'],
    });
  });

  it('does not let a year in a date or a record count back an amount', async () => {
    // 2026 is in the period's dates and 308 is the record count: neither is money.
    const answer = await askWithToolThen('$2,026 above budget and $308 more than in January');
    expectReplaced(answer, '$2,026');
    expect(logged.find((entry) => entry.message.includes('rejected'))?.fields).toEqual({ figures: ['$2,026 (money)', '$308 (money)'] });
  });
});

describe('figures in words: each form, honest and invented', () => {
  it('accepts a rounded amount of a real value and rejects a rounded amount of none', async () => {
    expectShown(await askWithToolThen('AWS came to about USD 1.2 million.'), 'about USD 1.2 million');
    expectReplaced(await askWithToolThen('AWS came to about USD 3.4 million.'), '3.4 million');
  });

  it('accepts "about twice" when one real amount is about twice another, and rejects "five times"', async () => {
    expectShown(await askWithToolThen('AWS cost about twice what Azure did.'), 'about twice');
    expectReplaced(await askWithToolThen('AWS cost about five times what Azure did.'), 'five times');
  });

  it('accepts a real percent and rejects a made-up one', async () => {
    expectShown(await askWithToolThen('Spend rose 22% on September.'), 'rose 22%');
    expectReplaced(await askWithToolThen('Spend rose twelve percent on September.'), 'twelve percent');
  });
});

// Half invented, half honest: the count the issue asks for (0 invented accepted).
const invented: string[] = [
  'You spent USD 9,999.99 on AWS.',
  'AWS cost about USD 3.4 million.',
  'AWS cost $1.5bn.',
  'Azure cost €611,000.00.',
  'AWS cost £1,234,567.89.',
  'You have 2026 active cloud services.',
  'That is $2,026 over budget.',
  'AWS had $308 more than Azure.',
  'Spend rose 35% on September.',
  'Spend rose twelve percent on September.',
  'Spend quadrupled since September.',
  'AWS cost five times what Azure did.',
  'AWS is 2.5x Azure.',
  'You run two dozen cloud accounts.',
  'About nine million eight hundred thousand dollars went to AWS.',
  'That is roughly seven hundred thousand dollars on Azure.',
  'Cloud spend was 5M.',
  'Azure alone was 1.2k.',
  'There were 309 cost records.',
  'AWS took 75% of the total.',
  'Azure was a quarter of the total.',
  'You spent half a million dollars on Azure.',
  'You spent millions on Azure.',
];

const honest: string[] = [
  'AWS cost about USD 1.2 million.',
  'AWS cost USD 1,234,567.89.',
  'AWS cost $1.23M and Azure $611k.',
  'Azure cost USD 611,000.00.',
  'Total spend was 1,845,567.89 USD.',
  'In total you spent about 1.8 million dollars.',
  'AWS was about twice Azure.',
  'AWS cost roughly double what Azure did.',
  'Azure was about half of AWS.',
  'Spend was about 1.2 times September.',
  'Spend rose 22.2% on September.',
  'Spend rose about twenty-two percent on September.',
  'AWS took 67% of the total.',
  'Azure was about a third of the total.',
  'You are over budget by about $45,568.',
  'The figures come from 308 cost records.',
  'There are fourteen cloud services on a dozen accounts.',
  'Two vendors make up the total.',
  'September came to USD 1.51 million.',
  'You spent roughly two million dollars in total.',
  'The budget was USD 1.8 million for October 2026.',
  'AWS had 201 cost records in 2026.',
  'Hundreds of thousands of dollars went to Azure.',
];

describe('figures in words: a table of scripted replies', () => {
  it(`accepts none of ${invented.length} invented and all of ${honest.length} honest replies`, async () => {
    const acceptedInvented: string[] = [];
    const rejectedHonest: string[] = [];
    for (const prose of invented) {
      const answer = await askWithToolThen(prose);
      if (answer.plannedBy === 'llm' || answer.text.includes(prose)) acceptedInvented.push(prose);
    }
    for (const prose of honest) {
      const answer = await askWithToolThen(prose);
      if (answer.plannedBy !== 'llm' || !answer.text.includes(prose)) rejectedHonest.push(prose);
    }
    expect(invented.length + honest.length).toBeGreaterThanOrEqual(40);
    expect(acceptedInvented).toEqual([]);
    expect(rejectedHonest).toEqual([]);
  });

  it('rejects every invented reply when the model calls no tool at all, and every honest one too', async () => {
    const accepted: string[] = [];
    for (const prose of [...invented.slice(0, 6), ...honest.slice(0, 6)]) {
      server.enqueue({ content: prose });
      const answer = await assistant().ask(question('cloud spend last month by vendor'));
      if (answer.plannedBy !== 'offline-fallback' || answer.text.includes(prose)) accepted.push(prose);
    }
    expect(accepted).toEqual([]);
  });
});
