import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../src/db/open-database.js';
import { readAlertStates } from '../../src/domain/alerts/alert-feedback.js';
import { collectAnomalyAlerts } from '../../src/domain/anomalies/collect-anomaly-alerts.js';
import { silentLogger } from '../../src/logger.js';
import type { RecordedCall } from '../../scripts/support/fake-slack-api.js';
import { openTestDatabase } from '../support/test-database.js';
import { buttonClickRequest, buttonsOf, mentionRequest, textOf } from '../slack/support/slack-testbed.js';
import type { CapturedButton } from '../slack/support/slack-testbed.js';
import { seedAlertActionsFixture } from './support/alert-actions-fixture.js';
import type { AlertActionsTestbed, PersonName } from './support/alert-actions-testbed.js';
import { cardText, people, slackChannel, startAlertActionsTestbed, teamsChannel, teamsInvoke } from './support/alert-actions-testbed.js';

const blocksOf = (call: RecordedCall | undefined) => call?.body.blocks;
const responseTo = (bed: AlertActionsTestbed, name: string) =>
  bed.slack.calls.find((call) => call.method === 'response_url' && call.body.responseUrl === name);

/** Clicks a button on the Slack alert message as `person` and waits for the private reply. */
async function clickInSlack(
  bed: AlertActionsTestbed,
  input: { button: CapturedButton; person: PersonName; messageTs: string; name: string },
): Promise<string> {
  await bed.sendSlack(
    buttonClickRequest({
      button: input.button,
      responseUrl: bed.slack.responseUrl(input.name),
      user: people[input.person].slackUserId,
      channel: slackChannel,
      messageTs: input.messageTs,
    }),
  );
  await bed.slack.waitFor(() => responseTo(bed, input.name) !== undefined);
  return JSON.stringify(responseTo(bed, input.name)?.body);
}

const button = (blocks: unknown, label: string): CapturedButton => {
  const found = buttonsOf(blocks).find((candidate) => candidate.text.text === label);
  if (!found) throw new Error(`no "${label}" button in ${textOf(blocks)}`);
  return found;
};

describe('acting on an anomaly alert in Slack', () => {
  let database: Database;
  let bed: AlertActionsTestbed;
  let posted: RecordedCall;
  let ts: string;
  const updatesOfPosted = () =>
    bed.slack.callsTo('chat.update').filter((call) => call.body.channel === slackChannel && call.body.ts === ts);

  beforeAll(async () => {
    database = await openTestDatabase();
    await seedAlertActionsFixture(database.prisma);
    bed = await startAlertActionsTestbed(database, { now: new Date('2026-11-21T09:00:00Z') });
    const created = await bed.runJob('anomalies', '2026-11-21');
    expect(created.map((alert) => alert.dedupeKey)).toEqual(['anomaly:cloud-service:AWS|111122223333|Amazon EC2|USD:2026-11-20']);
    posted = bed.slack.callsTo('chat.postMessage').find((call) => call.body.channel === slackChannel)!;
    ts = String(posted.response?.ts);
  });
  afterAll(async () => {
    await bed.close();
    await database.close();
  });

  it('acknowledge: the message is redrawn in place saying who acknowledged it, and the clicker is told', async () => {
    const reply = await clickInSlack(bed, {
      button: button(blocksOf(posted), 'Acknowledge'),
      person: 'ana',
      messageTs: ts,
      name: 'ack-ana',
    });
    expect(reply).toContain(`You acknowledged alert #`);
    const [update] = updatesOfPosted();
    expect(textOf(update?.body.blocks)).toContain('Acknowledged by Ana Ruiz · 21 Nov 2026 09:00 UTC');
    expect(buttonsOf(update?.body.blocks).map((candidate) => candidate.text.text)).toEqual([
      'Mark as expected',
      'Snooze 7 days',
      'Ask about it',
    ]);
  });

  it('a second click (another person, the old message) changes nothing and names who acted first', async () => {
    bed.clock.now = new Date('2026-11-21T09:05:00Z');
    const reply = await clickInSlack(bed, { button: button(blocksOf(posted), 'Acknowledge'), person: 'bo', messageTs: ts, name: 'ack-bo' });
    expect(reply).toContain('Ana Ruiz already acknowledged this alert (21 Nov 2026 09:00 UTC); nothing changed.');
    expect(updatesOfPosted()).toHaveLength(1);
    const [alert] = await database.prisma.alert.findMany();
    const state = (await readAlertStates([alert!.id], database)).get(alert!.id);
    expect(state?.acknowledged).toMatchObject({ actorName: 'Ana Ruiz', at: new Date('2026-11-21T09:00:00Z') });
  });

  it('a viewer may not snooze: the refusal says why, and the message stays as it was', async () => {
    const reply = await clickInSlack(bed, {
      button: button(blocksOf(posted), 'Snooze 7 days'),
      person: 'vic',
      messageTs: ts,
      name: 'snooze-vic',
    });
    expect(reply).toContain('Viewers can acknowledge alerts but not snooze alerts');
    expect(updatesOfPosted()).toHaveLength(1);
  });

  it('"Ask about it" asks the assistant and answers in the alert\'s thread', async () => {
    await bed.sendSlack(
      buttonClickRequest({
        button: button(blocksOf(posted), 'Ask about it'),
        responseUrl: bed.slack.responseUrl('ask'),
        user: 'U-ANA',
        channel: slackChannel,
        messageTs: ts,
      }),
    );
    await bed.slack.waitFor((calls) =>
      calls.some(
        (call) =>
          call.method === 'chat.postMessage' && call.body.thread_ts === ts && String(call.body.text).includes('Answer to: Why did AWS'),
      ),
    );
    expect(bed.questions).toContain('Why did AWS · 111122223333 · Amazon EC2 cost change on 20 Nov 2026?');
  });

  it('mark as expected: a re-run on the same data creates nothing for that episode, and the scan no longer reports it', async () => {
    const deps = { prisma: database.prisma, now: () => bed.clock.now, logger: silentLogger };
    const before = await collectAnomalyAlerts({ asOf: '2026-11-21' }, deps);
    expect(before.map((draft) => draft.dedupeKey)).toEqual(['anomaly:cloud-service:AWS|111122223333|Amazon EC2|USD:2026-11-20']);

    const latest = updatesOfPosted().at(-1);
    const reply = await clickInSlack(bed, {
      button: button(blocksOf(latest), 'Mark as expected'),
      person: 'ana',
      messageTs: ts,
      name: 'expected-ana',
    });
    expect(reply).toContain('Marked as expected');
    expect(textOf(updatesOfPosted().at(-1)?.body.blocks)).toContain('Marked as expected by Ana Ruiz · 21 Nov 2026 09:05 UTC');

    // Neither the EC2 series nor CC-630 (whose top contributor EC2 is) reports the planned episode again.
    expect(await collectAnomalyAlerts({ asOf: '2026-11-21' }, deps)).toEqual([]);
    const postsBefore = bed.slack.callsTo('chat.postMessage').length;
    expect(await bed.runJob('anomalies', '2026-11-21')).toEqual([]);
    expect(await bed.runJob('anomalies', '2026-11-22')).toEqual([]);
    expect(bed.slack.callsTo('chat.postMessage')).toHaveLength(postsBefore);
  });
});

describe('acting on a notice-deadline alert in Teams and Slack', () => {
  let database: Database;
  let bed: AlertActionsTestbed;
  const thresholds = { noticeThresholds: [25, 30] };
  const slackPostsAbout = (text: string) =>
    bed.slack.callsTo('chat.postMessage').filter((call) => call.body.channel === slackChannel && String(call.body.text).includes(text));
  const teamsPostsAbout = (text: string) =>
    bed.teams.activities.filter(
      (posted) => posted.conversationId === teamsChannel && !posted.replyToId && cardText(posted.activity).includes(text),
    );

  beforeAll(async () => {
    database = await openTestDatabase();
    await seedAlertActionsFixture(database.prisma);
    bed = await startAlertActionsTestbed(database, { now: new Date('2026-11-21T09:00:00Z') });
    const created = await bed.runJob('notice-deadlines', '2026-11-21', thresholds);
    expect(created.map((alert) => alert.dedupeKey)).toEqual(['notice-deadline:LUM-MPLS-2024:2026-12-21:30']);
  });
  afterAll(async () => {
    await bed.close();
    await database.close();
  });

  async function pressedCard(actionId: string) {
    const delivery = await database.prisma.alertDelivery.findFirstOrThrow({ where: { platform: 'teams' } });
    const activityId = delivery.messageRef!.slice(delivery.messageRef!.lastIndexOf(':') + 1);
    const posted = bed.teams.activities.find((candidate) => cardText(candidate.activity).includes('(30 days)'))!;
    const card = (posted.activity.attachments as Array<{ content: { actions: Array<{ verb: string; data: { actionId: string } }> } }>)[0]!
      .content;
    const action = card.actions.find((candidate) => candidate.data?.actionId === actionId)!;
    return { activityId, action };
  }

  it("snooze in Teams: the pressed card is replaced by the alert saying who snoozed it until when; Slack's copy follows", async () => {
    const { activityId, action } = await pressedCard('snooze-7d');
    const response = await bed.postTeams(
      teamsInvoke({ serviceUrl: bed.teams.serviceUrl, person: 'ana', replyToId: activityId, verb: action.verb, data: action.data }),
    );
    expect(response.status).toBe(200);
    const body = response.body as { statusCode: number; value: { actions?: Array<{ data?: { actionId?: string } }> } };
    expect(body.statusCode).toBe(200);
    expect(cardText(body.value)).toContain('Snoozed by Ana Ruiz until 28 Nov 2026 09:00 UTC');
    expect(cardText(body.value)).toContain('Lumen MPLS network');
    expect(body.value.actions?.some((candidate) => candidate.data?.actionId === 'snooze-7d')).toBe(false);
    const [slackCopy] = slackPostsAbout('(30 days)');
    const slackUpdate = bed.slack.callsTo('chat.update').find((call) => call.body.ts === slackCopy?.response?.ts);
    expect(textOf(slackUpdate?.body.blocks)).toContain('Snoozed by Ana Ruiz until 28 Nov 2026 09:00 UTC');

    // Bo presses the same (stale) button: nothing changes, and the card says who snoozed it.
    const again = await bed.postTeams(
      teamsInvoke({ serviceUrl: bed.teams.serviceUrl, person: 'bo', replyToId: activityId, verb: action.verb, data: action.data }),
    );
    expect(cardText((again.body as { value: unknown }).value)).toContain(
      'Ana Ruiz already snoozed this alert until 28 Nov 2026 09:00 UTC (21 Nov 2026 09:00 UTC); nothing changed.',
    );
    expect(await database.prisma.alertFeedback.count()).toBe(1);
  });

  it("while snoozed, the contract's next alert is kept but not posted; after 7 days it is posted once", async () => {
    bed.clock.now = new Date('2026-11-26T06:00:00Z');
    const held = await bed.runJob('notice-deadlines', '2026-11-26', thresholds);
    expect(held.map((alert) => alert.dedupeKey)).toEqual(['notice-deadline:LUM-MPLS-2024:2026-12-21:25']);
    expect(slackPostsAbout('(25 days)')).toHaveLength(0);
    expect(teamsPostsAbout('(25 days)')).toHaveLength(0);
    expect(await database.prisma.alertDelivery.count({ where: { alertId: held[0]!.id, status: 'pending' } })).toBe(2);

    bed.clock.now = new Date('2026-11-28T08:59:00Z');
    expect(await bed.runJob('notice-deadlines', '2026-11-28', thresholds)).toEqual([]);
    expect(slackPostsAbout('(25 days)')).toHaveLength(0);

    bed.clock.now = new Date('2026-11-28T09:01:00Z');
    expect(await bed.runJob('notice-deadlines', '2026-11-28', thresholds)).toEqual([]);
    expect(await bed.runJob('notice-deadlines', '2026-11-28', thresholds)).toEqual([]);
    expect(slackPostsAbout('(25 days)')).toHaveLength(1);
    expect(teamsPostsAbout('(25 days)')).toHaveLength(1);
  });

  it('"Plan a disconnect" in Slack opens the MACD request modal, prefilled as a disconnect', async () => {
    const [message] = slackPostsAbout('(30 days)');
    const plan = button(message?.body.blocks, 'Plan a disconnect');
    expect(plan.action_id).toBe('macd_open');
    await bed.sendSlack(
      buttonClickRequest({
        button: plan,
        triggerId: 'trigger-plan',
        responseUrl: bed.slack.responseUrl('plan'),
        user: 'U-ANA',
        channel: slackChannel,
        messageTs: String(message?.response?.ts),
      }),
    );
    await bed.slack.waitFor((calls) => calls.some((call) => call.method === 'views.update'));
    const [opened] = bed.slack.callsTo('views.open');
    expect(opened?.body.trigger_id).toBe('trigger-plan');
    const prefilled = bed.slack.callsTo('views.update')[0]?.body.view as { callback_id: string; private_metadata: string };
    expect(prefilled.callback_id).toBe('macd_request');
    expect(JSON.parse(prefilled.private_metadata)).toEqual({ kind: 'disconnect' });
  });

  it('"Plan a disconnect" in Teams posts the request form with the contract as the reason, and keeps the alert card', async () => {
    const { activityId, action } = await pressedCard('plan-disconnect');
    const response = await bed.postTeams(
      teamsInvoke({ serviceUrl: bed.teams.serviceUrl, person: 'ana', replyToId: activityId, verb: action.verb, data: action.data }),
    );
    expect(cardText((response.body as { value: unknown }).value)).toContain('The request form is below');
    const form = bed.teams.activities.find((posted) => cardText(posted.activity).includes('Service request'));
    const body = (form?.activity.attachments as Array<{ content: { body: Array<{ id?: string; value?: string }> } }>)[0]!.content.body;
    expect(body.find((element) => element.id === 'kind')?.value).toBe('disconnect');
    expect(body.find((element) => element.id === 'reason')?.value).toBe(
      'contract LUM-MPLS-2024 with Lumen, renewal decision due 21 Dec 2026',
    );
  });
});

describe('App Home', () => {
  let database: Database;
  let bed: AlertActionsTestbed;
  beforeAll(async () => {
    database = await openTestDatabase();
    bed = await startAlertActionsTestbed(database, { now: new Date('2026-11-21T09:00:00Z') });
  });
  afterAll(async () => {
    await bed.close();
    await database.close();
  });

  it('lists the person\'s open MACD requests and offers a "New request" button that opens the form', async () => {
    const ana = await database.prisma.user.findUniqueOrThrow({ where: { slackUserId: 'U-ANA' } });
    const open = await database.prisma.macdRequest.create({
      data: { kind: 'add', status: 'submitted', requesterId: ana.id, details: { serviceType: 'mobile_line', vendor: 'Verizon' } },
    });
    await database.prisma.macdRequest.create({
      data: { kind: 'add', status: 'completed', requesterId: ana.id, details: { serviceType: 'mobile_line', vendor: 'AT&T' } },
    });
    const event = JSON.parse(mentionRequest({ eventId: 'Ev-home', question: '' }).rawBody) as { event: Record<string, unknown> };
    event.event = { type: 'app_home_opened', user: 'U-ANA', channel: 'D111', tab: 'home', event_ts: '1595926230.000999' };
    expect((await bed.sendSlack({ rawBody: JSON.stringify(event), contentType: 'application/json' })).status).toBe(200);
    await bed.slack.waitFor((calls) => calls.some((call) => call.method === 'views.publish'));
    const home = (bed.slack.callsTo('views.publish')[0]?.body.view as { blocks: unknown }).blocks;
    expect(textOf(home)).toContain('*1* open');
    expect(textOf(home)).toContain(`*#${open.id}*`);
    expect(textOf(home)).toContain('waiting for approval');
    const newRequest = button(home, 'New request');
    expect(newRequest.action_id).toBe('macd_open');
    await bed.sendSlack(
      buttonClickRequest({
        button: { ...newRequest, value: '' },
        triggerId: 'trigger-home',
        responseUrl: bed.slack.responseUrl('home'),
        user: 'U-ANA',
      }),
    );
    await bed.slack.waitFor((calls) => calls.some((call) => call.method === 'views.open' && call.body.trigger_id === 'trigger-home'));
  });
});
