import { afterAll, beforeAll } from 'vitest';
import { createOfflinePlanner } from '../../../src/assistant/offline/create-offline-planner.js';
import type { ConversationState, Plan, PlannedCall } from '../../../src/assistant/planner.js';
import type { PrismaClient } from '../../../src/db/generated/client.js';
import type { Database } from '../../../src/db/open-database.js';
import type { ToolContext } from '../../../src/domain/tools/define-tool.js';
import { openTestDatabase } from '../../support/test-database.js';
import { loadFixtureEnterprise } from '../../tools/support/fixture-enterprise.js';
import { toolContext } from '../../tools/support/tool-context.js';

/**
 * The offline planner over the fixture enterprise in a database of its own, opened before the
 * describe block's tests and closed after them. `addData` writes more rows before the first plan,
 * so the planner's vocabulary holds them.
 */
export function plannerOverFixture(addData?: (prisma: PrismaClient) => Promise<unknown>): {
  plan: (question: string, state?: ConversationState) => Promise<Plan>;
  /** The planned calls; throws with the planner's message when it asked back instead. */
  callsOf: (question: string, state?: ConversationState) => Promise<PlannedCall[]>;
  /** The tool context over the same database, for running what was planned. */
  context: () => ToolContext;
} {
  const planner = createOfflinePlanner();
  let database: Database | undefined;
  let context: ToolContext | undefined;
  beforeAll(async () => {
    database = await openTestDatabase();
    await loadFixtureEnterprise(database.prisma);
    await addData?.(database.prisma);
    context = toolContext(database.prisma);
  });
  afterAll(async () => {
    await database?.close();
  });
  const plan = (question: string, state?: ConversationState): Promise<Plan> => {
    if (!context) throw new Error('the fixture database is not open yet');
    return planner.plan({ question, state, asOf: context.asOf, context });
  };
  return {
    plan,
    callsOf: async (question, state) => {
      const result = await plan(question, state);
      if (result.kind !== 'calls') throw new Error(`expected calls for "${question}", got: ${result.message}`);
      return result.calls;
    },
    context: () => {
      if (!context) throw new Error('the fixture database is not open yet');
      return context;
    },
  };
}
