import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAssistant } from '../../src/assistant/create-assistant.js';
import type { Database } from '../../src/db/open-database.js';
import type { DemoAnswerKey } from '../../src/demo/demo-answer-key.js';
import { loadDemoEnterprise } from '../../src/demo/load-demo-enterprise.js';
import { importFile } from '../../src/domain/ingest/import-file.js';
import { formatMoney } from '../../src/domain/shared/format.js';
import { silentLogger } from '../../src/logger.js';
import type { RecordedCall } from '../../scripts/support/fake-slack-api.js';
import { openTestDatabase } from '../support/test-database.js';
import type { SlackTestbed } from '../slack/support/slack-testbed.js';
import { mentionRequest, startSlackTestbed, textOf } from '../slack/support/slack-testbed.js';
import type { TeamsTestbed } from '../teams/teams-testbed.js';
import { loadActivity, openTeamsTestbed } from '../teams/teams-testbed.js';

// A first run: the database holds only the demo enterprise, nobody is imported as a user from the
// real company, and LEDGERLINE_DEFAULT_ROLE is viewer. People unknown to Ledgerline see the demo
// as an admin and every answer says "demo data"; the first real import ends that.

const asOf = new Date('2026-11-26T12:00:00Z');
const now = () => asOf;
const question = 'What did we spend with AT&T in September 2026?';

let database: Database;
let slack: SlackTestbed;
let teams: TeamsTestbed;
let answerKey: DemoAnswerKey;

beforeAll(async () => {
  database = await openTestDatabase();
  const loaded = await loadDemoEnterprise(
    { asOf, seed: 42, scale: 0.02 },
    { prisma: database.prisma, now, logger: silentLogger, costCenterTagKeys: ['cost-center'] },
  );
  answerKey = loaded.answerKey;
  slack = await startSlackTestbed({ database, now, assistant: ({ logger }) => createAssistant({ prisma: database.prisma, now, logger }) });
  teams = await openTeamsTestbed({ database, now, assistant: createAssistant({ prisma: database.prisma, now, logger: silentLogger }) });
  slack.fake.addUser({ id: 'U0FIRST', name: 'first', realName: 'First Visitor', email: 'first.visitor@example.org' });
});

afterAll(async () => {
  await teams?.close();
  await slack?.close();
  await database?.close();
});

const attSeptember = () => {
  const row = answerKey.spend.byVendorMonth.find((candidate) => candidate.vendor === 'AT&T' && candidate.month === '2026-09');
  if (!row) throw new Error('the demo answer key has no AT&T spend for September 2026');
  return formatMoney(row.amount, 'USD');
};

const postsIn = (calls: RecordedCall[], threadTs: string) =>
  calls.filter((call) => call.method === 'chat.postMessage' && call.body.thread_ts === threadTs && call.body.text !== 'Working on it…');

async function askInSlack(ts: string): Promise<{ text: string; blocks: string }> {
  await slack.send(mentionRequest({ eventId: `Ev-${ts}`, question, user: 'U0FIRST', ts }));
  await slack.fake.waitFor((calls) => postsIn(calls, ts).length === 1);
  const posted = postsIn(slack.fake.calls, ts)[0]?.body ?? {};
  return { text: String(posted.text), blocks: textOf(posted.blocks) };
}

async function askInTeams(id: string): Promise<string> {
  teams.connector.activities.length = 0;
  const activity = loadActivity('botbuilder-js_teams_message_personal', teams.connector.serviceUrl, {
    id,
    text: question,
    from: { id: '29:first-visitor', name: 'First Visitor', aadObjectId: '3e3e3e3e-0000-4000-8000-000000000f1f' },
  });
  await teams.post(activity);
  const [reply] = await teams.connector.waitForActivities(1);
  return JSON.stringify(reply?.activity ?? {});
}

describe('first run on the demo enterprise', () => {
  it('an unknown person sees the demo figures, and every answer says "demo data"', async () => {
    const slackReply = await askInSlack('1700000001.000100');
    expect(slackReply.text).toContain(`Spend with AT&T in September 2026: ${attSeptember()}`);
    expect(slackReply.blocks).toContain('*Demo data*');

    const teamsReply = await askInTeams('first-run-before-import');
    expect(teamsReply).toContain(attSeptember());
    expect(teamsReply).toContain('Demo data');
    // Seeing the demo does not make the visitor a user.
    expect(await database.prisma.user.count({ where: { email: 'first.visitor@example.org' } })).toBe(0);
  });

  it('a real import turns that off: the configured default (viewer, no cost centers) applies', async () => {
    const vendorsFile = fileURLToPath(new URL('../fixtures/ingest/vendors.csv', import.meta.url));
    const summary = await importFile(
      { kind: 'vendors', filePath: vendorsFile },
      { prisma: database.prisma, now, logger: silentLogger, costCenterTagKeys: ['cost-center'] },
    );
    expect(summary.status).toBe('imported');

    const slackReply = await askInSlack('1700000001.000200');
    expect(slackReply.text).toContain("You don't have access to cost data in Ledgerline yet");
    expect(slackReply.text).not.toContain(attSeptember());
    expect(slackReply.text).not.toMatch(/USD|Demo data/);

    const teamsReply = await askInTeams('first-run-after-import');
    expect(teamsReply).toContain("You don't have access to cost data in Ledgerline yet");
    expect(teamsReply).not.toContain(attSeptember());
  });
});
