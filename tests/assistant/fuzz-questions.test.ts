import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAssistant } from '../../src/assistant/create-assistant.js';
import type { Assistant } from '../../src/assistant/assistant.js';
import type { Database } from '../../src/db/open-database.js';
import { createLogger } from '../../src/logger.js';
import { openTestDatabase } from '../support/test-database.js';
import { fixtureAsOf, loadFixtureEnterprise } from '../tools/support/fixture-enterprise.js';
import { generateQuestions } from './support/generate-questions.js';

// Thousands of generated questions — domain words in random order, emoji, injections, absurd
// numbers, 12 KB pastes. Every one must get an answer a person can read; none may hit the
// "something went wrong" path, which would mean a bug in a planner, a tool or a presenter.

const questionCount = 2000;
let database: Database;
let assistant: Assistant;
const errors: string[] = [];

beforeAll(async () => {
  database = await openTestDatabase();
  await loadFixtureEnterprise(database.prisma);
  const logger = createLogger('error', (line) => errors.push(line));
  assistant = createAssistant({ prisma: database.prisma, now: () => fixtureAsOf, logger });
});

afterAll(async () => {
  await database.close();
});

describe('fuzzed questions', () => {
  it(`every one of ${questionCount} generated questions gets a readable answer`, async () => {
    const problems: string[] = [];
    const questions = generateQuestions(questionCount, 20261126);
    for (const [index, question] of questions.entries()) {
      // Ten questions per conversation, so follow-up resolution is fuzzed as well.
      const answer = await assistant.ask({
        question,
        conversationKey: `fuzz-${Math.floor(index / 10)}`,
        viewer: { displayName: 'fuzz', role: 'viewer', costCenterScope: '*' },
        surface: 'console',
      });
      if (answer.text.trim() === '' || /something went wrong/.test(answer.text)) {
        problems.push(`#${index} ${JSON.stringify(question.slice(0, 120))} → ${JSON.stringify(answer.text.slice(0, 200))}`);
      }
    }
    expect(problems, `${problems.length} bad answers; logged errors:\n${errors.slice(0, 5).join('\n')}`).toEqual([]);
    expect(await database.prisma.auditLog.count()).toBe(questionCount);
  }, 300_000);
});
