import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAssistant } from '../../src/assistant/create-assistant.js';
import type { Assistant } from '../../src/assistant/assistant.js';
import { renderText } from '../../src/assistant/render-text.js';
import type { Database } from '../../src/db/open-database.js';
import { finishImport } from '../../src/domain/ingest/finish-import.js';
import { importFile } from '../../src/domain/ingest/import-file.js';
import { silentLogger } from '../../src/logger.js';
import { openTestDatabase } from '../support/test-database.js';

// "I just imported the new provider's bill — what did we spend with them?" The planner learns names
// from the database; it must not take up to a minute to learn the ones an import just brought.

const asOf = new Date('2026-11-26T12:00:00Z');
const now = () => asOf;
const question = 'What did we spend with Quillfeather Cloud in October 2026?';
const focusHeader =
  'BilledCost,BillingAccountId,BillingAccountName,BillingCurrency,BillingPeriodStart,BillingPeriodEnd,ChargePeriodStart,ChargePeriodEnd,ChargeCategory,ProviderName,ServiceName,ServiceCategory';
const focusRow = (cost: string, day: string) =>
  `${cost},QF-1,Quillfeather main,USD,2026-10-01T00:00:00Z,2026-11-01T00:00:00Z,2026-10-${day}T00:00:00Z,2026-10-${String(Number(day) + 1).padStart(2, '0')}T00:00:00Z,Usage,Quillfeather Cloud,Object Storage,Storage`;

let database: Database;
let assistant: Assistant;
let workDir: string;

beforeAll(async () => {
  database = await openTestDatabase();
  workDir = await mkdtemp(join(tmpdir(), 'names-after-import-'));
  assistant = createAssistant({ prisma: database.prisma, now, logger: silentLogger });
});

afterAll(async () => {
  await database?.close();
  if (workDir) await rm(workDir, { recursive: true, force: true });
});

const ask = async () =>
  renderText(
    await assistant.ask({
      question,
      conversationKey: `names-${Math.random()}`,
      viewer: { displayName: 'Dana', role: 'admin', costCenterScope: '*' },
      surface: 'cli',
      asOf,
    }),
  );

describe('names an import brings', () => {
  it('are known to the next question, without waiting for the periodic refresh', async () => {
    const before = await ask();
    expect(before).not.toMatch(/USD \d/);
    expect(before).toMatch(/Quillfeather/i);

    const filePath = join(workDir, 'quillfeather-focus.csv');
    await writeFile(filePath, [focusHeader, focusRow('120.50', '03'), focusRow('79.50', '17')].join('\n') + '\n');
    const deps = { prisma: database.prisma, now, logger: silentLogger, costCenterTagKeys: ['cost-center'] };
    const summary = await importFile({ kind: 'focus', filePath }, deps);
    expect(summary.status).toBe('imported');
    await finishImport(summary, deps);

    const after = await ask();
    expect(after).toContain('USD 200.00');
    expect(after).toMatch(/Quillfeather Cloud/);
  });
});
