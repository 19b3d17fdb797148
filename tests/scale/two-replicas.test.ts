import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatMoney } from '../../src/domain/shared/format.js';
import { loadConfig } from '../../src/config.js';
import { createServerDatabase } from '../../src/db/create-server-database.js';
import type { ServerDatabase } from '../../src/db/create-server-database.js';
import { applyMigrations } from '../../src/db/migrate.js';
import { openDatabase } from '../../src/db/open-database.js';
import type { Database } from '../../src/db/open-database.js';
import type { DemoAnswerKey } from '../../src/demo/demo-answer-key.js';
import { loadDemoEnterprise } from '../../src/demo/load-demo-enterprise.js';
import { silentLogger } from '../../src/logger.js';
import type { RunningProduct } from '../../src/main.js';
import { startProduct } from '../../src/main.js';
import { startFakeSlackApi } from '../../scripts/support/fake-slack-api.js';
import type { FakeSlackApi } from '../../scripts/support/fake-slack-api.js';
import { mentionRequest, postRaw, signature, signingSecret } from '../slack/support/slack-testbed.js';
import type { SlackRequest } from '../slack/support/slack-testbed.js';

// Two replicas of the product on one PostgreSQL server, as behind a load balancer: nothing
// needed for correctness may live in one process's memory. Needs a server, so it runs in the
// PostgreSQL pass of CI (LEDGERLINE_TEST_DATABASE_URL); the embedded database is single-process.
const serverUrl = process.env.LEDGERLINE_TEST_DATABASE_URL;

describe.runIf(serverUrl)('two replicas on one PostgreSQL', () => {
  const asOf = new Date('2026-11-26T12:00:00Z');
  let server: ServerDatabase;
  let database: Database;
  let answerKey: DemoAnswerKey;
  let slackApi: FakeSlackApi;
  let replicas: RunningProduct[] = [];

  const attSpend = (month: string): string => {
    const row = answerKey.spend.byVendorMonth.find((candidate) => candidate.vendor === 'AT&T' && candidate.month === month);
    if (!row) throw new Error(`no AT&T ${month} in the answer key`);
    return formatMoney(row.amount, 'USD');
  };

  const send = (replica: RunningProduct, request: SlackRequest) => {
    const timestamp = Math.floor(Date.now() / 1000);
    return postRaw(
      `${replica.url}/slack/events`,
      {
        'content-type': request.contentType,
        'x-slack-request-timestamp': String(timestamp),
        'x-slack-signature': signature(signingSecret, timestamp, request.rawBody),
      },
      request.rawBody,
    );
  };

  const inThread = (request: SlackRequest, threadTs: string): SlackRequest => {
    const body = JSON.parse(request.rawBody) as { event: Record<string, unknown> };
    body.event.thread_ts = threadTs;
    return { ...request, rawBody: JSON.stringify(body) };
  };

  beforeAll(async () => {
    server = await createServerDatabase(serverUrl ?? '', 'ledgerline_replicas');
    database = await openDatabase({ databaseUrl: server.url });
    await applyMigrations(database);
    ({ answerKey } = await loadDemoEnterprise(
      { asOf, seed: 42, scale: 0.02 },
      { prisma: database.prisma, now: () => asOf, logger: silentLogger, costCenterTagKeys: ['cost-center'] },
    ));
    slackApi = await startFakeSlackApi();
    const environment = {
      DATABASE_URL: server.url,
      LEDGERLINE_AS_OF: '2026-11-26',
      LEDGERLINE_DEFAULT_ROLE: 'admin',
      LEDGERLINE_LOG_LEVEL: 'silent',
      PORT: '0',
      SLACK_BOT_TOKEN: 'xoxb-replicas',
      SLACK_SIGNING_SECRET: signingSecret,
      SLACK_API_URL: slackApi.apiUrl,
    };
    // Both start at once: both try to catch up the same missed schedule slots.
    replicas = await Promise.all([startProduct(loadConfig(environment)), startProduct(loadConfig(environment))]);
  });

  afterAll(async () => {
    await Promise.all(replicas.map((replica) => replica.stop()));
    await slackApi?.close();
    await database?.close();
    await server?.drop();
  });

  it('keeps a Slack conversation across replicas: the follow-up lands on the other one', async () => {
    const [first, second] = replicas;
    if (!first || !second) throw new Error('two replicas expected');
    const threadTs = '1700000100.000100';
    await send(
      first,
      mentionRequest({ eventId: 'Ev-replica-1', question: 'What did we spend with AT&T in September 2026?', ts: threadTs }),
    );
    await slackApi.waitFor((calls) => calls.some((call) => JSON.stringify(call.body).includes(attSpend('2026-09'))), 60_000);

    const followUp = inThread(
      mentionRequest({ eventId: 'Ev-replica-2', question: 'and in October 2026?', ts: '1700000200.000100' }),
      threadTs,
    );
    await send(second, followUp);
    await slackApi.waitFor((calls) => calls.some((call) => JSON.stringify(call.body).includes(attSpend('2026-10'))), 60_000);
  });

  it('answers an event delivered to both replicas (a retry through the load balancer) once', async () => {
    const [first, second] = replicas;
    if (!first || !second) throw new Error('two replicas expected');
    const request = mentionRequest({
      eventId: 'Ev-replica-retry',
      question: 'What did we spend with AT&T in August 2026?',
      ts: '1700000300.000100',
    });
    const responses = await Promise.all([send(first, request), send(second, request)]);
    expect(responses.map((response) => response.status)).toEqual([200, 200]);
    const expected = attSpend('2026-08');
    await slackApi.waitFor((calls) => calls.some((call) => JSON.stringify(call.body).includes(expected)), 60_000);
    await new Promise((resolve) => setTimeout(resolve, 2_000));
    const answers = slackApi.calls.filter((call) => call.method === 'chat.postMessage' && JSON.stringify(call.body).includes(expected));
    const updates = slackApi.calls.filter((call) => call.method === 'chat.update' && JSON.stringify(call.body).includes(expected));
    expect(answers.length + updates.length).toBe(1);
  });

  it('runs each missed schedule slot once although both replicas caught up at the same time', async () => {
    const runs = await database.prisma.jobRun.findMany({ orderBy: [{ jobId: 'asc' }] });
    expect(runs.length).toBeGreaterThan(0);
    const slots = runs.map((run) => `${run.jobId}@${run.slot.toISOString()}`);
    expect(new Set(slots).size).toBe(slots.length);
    const alerts = await database.prisma.alert.findMany();
    expect(new Set(alerts.map((alert) => alert.dedupeKey)).size).toBe(alerts.length);
  });
});
