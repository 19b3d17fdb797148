import type { Database } from '../../../src/db/open-database.js';
import type { DomainDeps } from '../../../src/domain/deps.js';
import { loadDemoEnterprise } from '../../../src/demo/load-demo-enterprise.js';
import type { ToolContext } from '../../../src/domain/tools/define-tool.js';
import type { Viewer } from '../../../src/domain/shared/viewer.js';
import { findTool } from '../../../src/domain/tools/registry.js';
import { silentLogger } from '../../../src/logger.js';
import { openTestDatabase } from '../../support/test-database.js';

/** The day the questions are asked: last complete month October 2026. */
export const asOf = new Date('2026-11-26T12:00:00Z');

export const admin: Viewer = { displayName: 'Analyst', role: 'admin', costCenterScope: '*' };

export interface DemoBed {
  database: Database;
  deps: DomainDeps;
  context: (viewer?: Viewer) => ToolContext;
}

/** The demo enterprise at a small scale, loaded once per test file. */
export async function openDemoBed(): Promise<DemoBed> {
  const database = await openTestDatabase();
  const deps = { prisma: database.prisma, now: () => asOf, logger: silentLogger };
  await loadDemoEnterprise({ asOf, seed: 42, scale: 0.05 }, { ...deps, costCenterTagKeys: ['cost-center'] });
  return { database, deps, context: (viewer = admin) => ({ ...deps, viewer, asOf }) };
}

/** A tool as the planners call it: by name, arguments parsed by its own schema. */
export async function callTool<Result>(name: string, args: unknown, context: ToolContext): Promise<Result> {
  const tool = findTool(name);
  if (!tool) throw new Error(`no tool ${name}`);
  return (await tool.run(tool.input.parse(args), context)) as Result;
}
