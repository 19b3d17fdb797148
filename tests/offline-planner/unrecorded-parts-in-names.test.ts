import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createOfflinePlanner } from '../../src/assistant/offline/create-offline-planner.js';
import type { Database } from '../../src/db/open-database.js';
import type { ToolContext } from '../../src/domain/tools/define-tool.js';
import { openTestDatabase } from '../support/test-database.js';
import { loadFixtureEnterprise } from '../tools/support/fixture-enterprise.js';
import { toolContext } from '../tools/support/tool-context.js';

// "broadband" or "internet" alone names a kind of circuit the inventory does not record, and is
// not answered; inside a name the database holds it is that name.
describe('a part the data does not record, inside a name', () => {
  let database: Database;
  let context: ToolContext;
  const planner = createOfflinePlanner();

  beforeAll(async () => {
    database = await openTestDatabase();
    await loadFixtureEnterprise(database.prisma);
    await database.prisma.vendor.create({ data: { name: 'Metro Broadband', key: 'metrobroadband', domain: 'telecom' } });
    context = toolContext(database.prisma);
  });
  afterAll(async () => {
    await database.close();
  });

  it('answers for the vendor whose name holds it', async () => {
    const result = await planner.plan({ question: 'spend with Metro Broadband last month', state: undefined, asOf: context.asOf, context });
    if (result.kind !== 'calls') throw new Error(`expected calls, got: ${result.message}`);
    expect(result.calls[0]).toMatchObject({ tool: 'get_spend', arguments: { vendors: ['Metro Broadband'] } });
  });

  it('still says it cannot give the kind of circuit on its own', async () => {
    const result = await planner.plan({ question: 'broadband spend last month', state: undefined, asOf: context.asOf, context });
    expect(result.kind).toBe('clarify');
  });
});
