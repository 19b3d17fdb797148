import type { PrismaClient } from '../../../src/db/generated/client.js';
import type { ToolContext } from '../../../src/domain/tools/define-tool.js';
import type { Viewer } from '../../../src/domain/shared/viewer.js';
import { silentLogger } from '../../../src/logger.js';
import { fixtureAsOf } from './fixture-enterprise.js';

export const everyone: Viewer = { displayName: 'Admin', role: 'admin', costCenterScope: '*' };

export function toolContext(prisma: PrismaClient, viewer: Viewer = everyone, asOf: Date = fixtureAsOf): ToolContext {
  return { prisma, now: () => asOf, logger: silentLogger, viewer, asOf };
}
