import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatMoney } from '../../src/domain/shared/format.js';
import { loadConfig } from '../../src/config.js';
import { applyMigrations } from '../../src/db/migrate.js';
import { openDatabase } from '../../src/db/open-database.js';
import type { DemoAnswerKey } from '../../src/demo/demo-answer-key.js';
import { loadDemoEnterprise } from '../../src/demo/load-demo-enterprise.js';
import { silentLogger } from '../../src/logger.js';
import type { RunningProduct } from '../../src/main.js';
import { startProduct } from '../../src/main.js';
import { startFakeSlackApi } from '../../scripts/support/fake-slack-api.js';
import type { FakeSlackApi } from '../../scripts/support/fake-slack-api.js';
import { startFakeTeamsConnector } from '../support/fake-teams-connector.js';
import type { FakeTeamsConnector } from '../support/fake-teams-connector.js';
import { mentionRequest, postRaw, signature, signingSecret } from '../slack/support/slack-testbed.js';
import { loadActivity } from '../teams/teams-testbed.js';

// The composition root as `npm start` builds it: one server carrying /healthz, Slack's
// /slack/events and Teams' /api/messages, over one database and one assistant. The surfaces'
// own suites test them in depth; this proves they are wired to the same product.
describe('the product as started', () => {
  const asOf = new Date('2026-11-26T12:00:00Z');
  let dataDir: string;
  let answerKey: DemoAnswerKey;
  let slackApi: FakeSlackApi;
  let connector: FakeTeamsConnector;
  let product: RunningProduct;

  const expectedAttSeptember = (): string => {
    const row = answerKey.spend.byVendorMonth.find((candidate) => candidate.vendor === 'AT&T' && candidate.month === '2026-09');
    if (!row) throw new Error('the demo answer key has no AT&T September 2026');
    return formatMoney(row.amount, 'USD');
  };

  beforeAll(async () => {
    dataDir = await mkdtemp(path.join(os.tmpdir(), 'ledgerline-product-'));
    const database = await openDatabase({ dataDir });
    await applyMigrations(database);
    ({ answerKey } = await loadDemoEnterprise(
      { asOf, seed: 42, scale: 0.02 },
      { prisma: database.prisma, now: () => asOf, logger: silentLogger, costCenterTagKeys: ['cost-center'] },
    ));
    await database.close();
    slackApi = await startFakeSlackApi();
    connector = await startFakeTeamsConnector();
    product = await startProduct(
      loadConfig({
        LEDGERLINE_DATA_DIR: dataDir,
        LEDGERLINE_AS_OF: '2026-11-26',
        LEDGERLINE_DEFAULT_ROLE: 'admin',
        LEDGERLINE_SCHEDULER: '0',
        LEDGERLINE_LOG_LEVEL: 'silent',
        PORT: '0',
        SLACK_BOT_TOKEN: 'xoxb-product-test',
        SLACK_SIGNING_SECRET: signingSecret,
        SLACK_API_URL: slackApi.apiUrl,
      }),
    );
  });
  afterAll(async () => {
    await product?.stop();
    await slackApi?.close();
    await connector?.close();
    await rm(dataDir, { recursive: true, force: true });
  });

  it('listens on loopback only while Teams has no credentials (emulator mode)', () => {
    expect(product.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
  });

  it('answers a signed Slack mention in its thread with the invoiced figure', async () => {
    const request = mentionRequest({
      eventId: 'Ev-product-1',
      question: 'What did we spend with AT&T in September 2026?',
      ts: '1700000000.000100',
    });
    const timestamp = Math.floor(Date.now() / 1000);
    const response = await postRaw(
      `${product.url}/slack/events`,
      {
        'content-type': request.contentType,
        'x-slack-request-timestamp': String(timestamp),
        'x-slack-signature': signature(signingSecret, timestamp, request.rawBody),
      },
      request.rawBody,
    );
    expect(response.status).toBe(200);
    const expected = expectedAttSeptember();
    await slackApi.waitFor((calls) => calls.some((call) => JSON.stringify(call.body).includes(expected)), 30_000);
    const answer = slackApi.calls.find((call) => JSON.stringify(call.body).includes(expected));
    expect(['chat.postMessage', 'chat.update']).toContain(answer?.method);
    expect(answer?.body.thread_ts ?? answer?.body.ts).toBeDefined();
  });

  it('subscribes the Slack channel it is asked in, not a channel named by the model', async () => {
    const request = mentionRequest({
      eventId: 'Ev-product-subscribe',
      question: 'subscribe this channel to budget alerts',
      channel: 'C0PRODUCT',
      ts: '1700000000.000200',
    });
    const timestamp = Math.floor(Date.now() / 1000);
    await postRaw(
      `${product.url}/slack/events`,
      {
        'content-type': request.contentType,
        'x-slack-request-timestamp': String(timestamp),
        'x-slack-signature': signature(signingSecret, timestamp, request.rawBody),
      },
      request.rawBody,
    );
    await slackApi.waitFor(
      (calls) => calls.some((call) => call.body.channel === 'C0PRODUCT' && /subscri/i.test(JSON.stringify(call.body))),
      30_000,
    );
    const subscription = await product.runtime.prisma.subscription.findUnique({
      where: { platform_channelId: { platform: 'slack', channelId: 'C0PRODUCT' } },
    });
    expect(subscription?.alertKinds).toContain('budget');
  });

  it('rejects a forged Slack request on the same server', async () => {
    const request = mentionRequest({ eventId: 'Ev-product-forged', question: 'What did we spend with AT&T?' });
    const timestamp = Math.floor(Date.now() / 1000);
    const response = await postRaw(
      `${product.url}/slack/events`,
      {
        'content-type': request.contentType,
        'x-slack-request-timestamp': String(timestamp),
        'x-slack-signature': signature('not-the-secret', timestamp, request.rawBody),
      },
      request.rawBody,
    );
    expect(response.status).toBe(401);
  });

  it('answers a Teams personal message through the connector with the same figure', async () => {
    const activity = loadActivity('botbuilder-js_teams_message_personal', connector.serviceUrl, {
      text: 'What did we spend with AT&T in September 2026?',
    });
    const response = await fetch(`${product.url}/api/messages`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(activity),
    });
    expect(response.status).toBeLessThan(300);
    const [reply] = await connector.waitForActivities(1, 30_000);
    expect(JSON.stringify(reply?.activity)).toContain(expectedAttSeptember());
  });

  it('subscribes the Teams chat it is asked in to alerts', async () => {
    const activity = loadActivity('botbuilder-js_teams_message_personal', connector.serviceUrl, {
      text: 'subscribe this chat to anomaly alerts',
      id: 'subscribe-1',
    });
    const response = await fetch(`${product.url}/api/messages`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(activity),
    });
    expect(response.status).toBeLessThan(300);
    const conversationId = (activity.conversation as { id: string }).id;
    const subscription = await product.runtime.prisma.subscription.findUnique({
      where: { platform_channelId: { platform: 'teams', channelId: conversationId } },
    });
    expect(subscription?.alertKinds).toContain('anomaly');
  });
});
