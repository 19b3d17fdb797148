import type { Answer } from '../../src/assistant/answer.js';
import { answerHelp } from '../../src/assistant/answer-help.js';
import { welcomeOnce } from '../../src/assistant/answer-welcome.js';
import type { Surface } from '../../src/assistant/assistant.js';
import { createAssistant } from '../../src/assistant/create-assistant.js';
import type { User } from '../../src/db/generated/client.js';
import type { Database } from '../../src/db/open-database.js';
import { actOnAlert, type AlertStateAction } from '../../src/domain/alerts/act-on-alert.js';
import type { AlertDestination, AlertMessage } from '../../src/domain/alerts/alert-destination.js';
import { loadAlertMessage } from '../../src/domain/alerts/load-alert-message.js';
import { subscribeChannel } from '../../src/domain/alerts/subscribe-channel.js';
import { loadDemoEnterprise } from '../../src/demo/load-demo-enterprise.js';
import { openDisputes } from '../../src/domain/disputes/open-disputes.js';
import { approveMacdRequest } from '../../src/domain/macd/approve-macd-request.js';
import { cancelMacdRequest } from '../../src/domain/macd/cancel-macd-request.js';
import { completeMacdRequest } from '../../src/domain/macd/complete-macd-request.js';
import { macdKinds, type MacdKindName } from '../../src/domain/macd/macd-fields.js';
import { parseMacdForm, type FieldErrors } from '../../src/domain/macd/macd-forms.js';
import { loadMacdRequestView, type MacdRequestView } from '../../src/domain/macd/macd-request-view.js';
import { rejectMacdRequest } from '../../src/domain/macd/reject-macd-request.js';
import { searchServices, type ServiceOption } from '../../src/domain/macd/search-services.js';
import { startMacdWork } from '../../src/domain/macd/start-macd-work.js';
import { submitMacdRequest } from '../../src/domain/macd/submit-macd-request.js';
import type { ChatPlace } from '../../src/domain/shared/chat-place.js';
import type { Viewer } from '../../src/domain/shared/viewer.js';
import { tools } from '../../src/domain/tools/registry.js';
import { LedgerlineError, type ErrorCode } from '../../src/errors.js';
import { createAlertJobs } from '../../src/jobs/alert-jobs.js';
import { silentLogger } from '../../src/logger.js';
import { evalCases, evalConversations } from '../eval/questions.js';

// Everything the product shows in a chat, produced the way the product produces it, for the
// real-client checks (tests/teams/every-card.test.ts, tests/slack/every-block-kit-payload.test.ts):
// answers of every tool over the demo enterprise (the evaluation set's questions, follow-ups,
// clarifications, refusals, help and welcomes), every alert the alert jobs post and the same alerts
// after someone acted on them, and MACD requests of every kind in every state with their forms, all
// in one database (opening one is most of the cost).

export const samplesAsOf = new Date('2026-11-26T12:00:00Z');

export interface AskedAnswer {
  question: string;
  /** The first tool the answer called; undefined for help, clarifications and refusals. */
  tool: string | undefined;
  answer: Answer;
}

export interface MacdFormSample {
  kind: MacdKindName | null;
  values: Record<string, string>;
  services: ServiceOption[];
  fieldErrors?: FieldErrors;
  notice?: string;
}

export interface MacdSamples {
  /** Requests of every kind, in every state, as approvers and requesters see them. */
  views: MacdRequestView[];
  /** The form before a kind is picked, each kind empty, each kind prefilled, each kind with every field's error. */
  forms: MacdFormSample[];
}

export interface ProductSamples {
  answers: AskedAnswer[];
  alerts: AlertMessage[];
  macd: MacdSamples;
}

// Questions for the tools the evaluation set does not ask about (tests/assistant/analysis-answers-render.test.ts asks them too).
const moreQuestions = [
  'which vendor grew the most in october?',
  'annual run-rate for AT&T',
  'average cost per line for verizon in october',
  '10 most expensive mobile lines in october',
  'how much was unallocated in october',
  'projected spend to year end',
  'how much have we saved this year',
  // Wide tables and long lists: every contract, every line at a site, the whole audit.
  'list all contracts',
  'active mobile lines by location',
  'billing audit for october',
];

/** Answers of every tool, alerts of every kind, MACD requests and forms, for `surface`, over the demo enterprise (seed 42, 2% scale). */
export async function loadProductSamples(database: Database, surface: Extract<Surface, 'slack' | 'teams'>): Promise<ProductSamples> {
  const now = () => samplesAsOf;
  const deps = { prisma: database.prisma, now, logger: silentLogger, costCenterTagKeys: ['cost-center'] };
  await loadDemoEnterprise({ asOf: samplesAsOf, seed: 42, scale: 0.02 }, deps);
  await openDisputes({}, deps);

  const admin = await database.prisma.user.findFirstOrThrow({ where: { role: 'admin' }, orderBy: { id: 'asc' } });
  const scoped = await database.prisma.user.findFirstOrThrow({
    where: { role: 'requester', NOT: { costCenters: { has: '*' } } },
    orderBy: { id: 'asc' },
  });
  const asViewer = (user: User): Viewer => ({
    userId: user.id,
    displayName: user.name,
    role: user.role,
    costCenterScope: user.costCenters.includes('*') ? '*' : user.costCenters,
  });
  // Before the questions, so "my requests" and "status of request 1" have requests to show.
  const macd = await createMacdSamples(database, asViewer(scoped), asViewer(admin));

  const channelId = surface === 'slack' ? 'C-SAMPLES' : '19:samples@thread.tacv2';
  for (const isDigest of [false, true]) {
    const subscribed = await subscribeChannel(
      {
        platform: surface,
        channelId: isDigest ? `${channelId}-digest` : channelId,
        kinds: ['anomaly', 'budget', 'notice-deadline', 'billing-discrepancy'],
        isDigest,
      },
      deps,
    );
    if (!subscribed.ok) throw subscribed.error;
  }
  const posted: AlertMessage[] = [];
  const capture: AlertDestination = {
    platform: surface,
    post: async (_, message) => {
      posted.push(message);
      return { messageRef: `ref-${posted.length}` };
    },
  };
  // A year back, so the demo's planted spikes and step change are among the anomalies posted.
  for (const job of createAlertJobs({ anomalyLookbackDays: 365 }))
    await job.run({ ...deps, asOf: samplesAsOf.toISOString().slice(0, 10), destinations: [capture] });

  // Someone acted on the first alert of each kind: its message now says who and when.
  const acted: AlertMessage[] = [];
  const firstOfKind = [...new Map(posted.filter((message) => message.alertId > 0).map((message) => [message.kind, message])).values()];
  const actions: AlertStateAction[] = ['acknowledge', 'mark-expected', 'snooze-7d'];
  for (const [index, message] of firstOfKind.entries()) {
    await actOnAlert({ alertId: message.alertId, action: actions[index % actions.length]!, actor: asViewer(admin), at: samplesAsOf }, deps);
    const reloaded = await loadAlertMessage(message.alertId, deps);
    if (reloaded) acted.push(reloaded);
  }

  const active = await database.prisma.$queryRaw<Array<{ identifier: string }>>`
    SELECT s.identifier FROM "Service" s WHERE s.type = 'mobile_line' AND s.status = 'active' AND s.assignee IS NOT NULL
      AND EXISTS (SELECT 1 FROM "MobileUsage" u WHERE u."identifierKey" = s."identifierKey" AND u."voiceMinutes" > 0)
    ORDER BY s.identifier LIMIT 2`;
  const lines = { line: active[0]?.identifier ?? '', otherLine: active[1]?.identifier ?? '' };

  const assistant = createAssistant({ prisma: database.prisma, now, logger: silentLogger });
  const place: ChatPlace = { platform: surface, channelId, conversationType: 'channel' };
  const answers: AskedAnswer[] = [];
  let conversation = 0;
  const ask = async (question: string, options: { viewer?: Viewer; conversationKey?: string } = {}) => {
    conversation += 1;
    const answer = await assistant.ask({
      question,
      conversationKey: options.conversationKey ?? `samples-${conversation}`,
      viewer: options.viewer ?? asViewer(admin),
      surface,
      asOf: samplesAsOf,
      place,
    });
    answers.push({ question, tool: answer.toolCalls[0]?.name, answer });
  };
  for (const evalCase of evalCases) {
    await ask((evalCase.phrasings[0] ?? '').replace('{line}', lines.line).replace('{otherLine}', lines.otherLine));
  }
  for (const [index, turns] of evalConversations.entries()) {
    for (const turn of turns) await ask(turn.question, { conversationKey: `samples-conversation-${index}` });
  }
  for (const question of moreQuestions) await ask(question);
  // A person limited to some cost centers, asking beyond them and about what does not exist.
  for (const question of [
    'spend by cost center last month',
    'What did we pay Globex Telecom last quarter?',
    'asdf qwerty',
    'my requests',
    `status of request ${macd.views[0]?.id ?? 1}`,
  ]) {
    await ask(question, { viewer: asViewer(scoped) });
  }

  for (const greeting of [undefined, 'Welcome!']) {
    answers.push({
      question: `help (${greeting ?? 'asked'})`,
      tool: undefined,
      answer: await answerHelp({ viewer: asViewer(admin), surface, ...(greeting ? { greeting } : {}) }, deps),
    });
  }
  for (const isPersonal of [true, false]) {
    const welcome = await welcomeOnce(
      { conversationKey: `samples-welcome-${String(isPersonal)}`, viewer: asViewer(scoped), surface, isPersonal },
      deps,
    );
    if (welcome) answers.push({ question: `welcome (${isPersonal ? 'personal' : 'channel'})`, tool: undefined, answer: welcome });
  }
  return { answers, alerts: [...posted, ...acted], macd };
}

/** Every tool the registry defines: the samples must hold an answer of each. */
export const toolNames = tools.map((tool) => tool.name);

/** One error of each code, as the adapters would be handed it; plus a bug (not a LedgerlineError). */
export const sampleErrors: unknown[] = [
  ...(['INVALID_INPUT', 'NOT_FOUND', 'FORBIDDEN', 'CONFLICT', 'AMBIGUOUS', 'UNAVAILABLE', 'CONFIG'] satisfies ErrorCode[]).map(
    (code) => new LedgerlineError(code, `Sample ${code.toLowerCase()} message from the domain.`),
  ),
  new TypeError('Cannot read properties of undefined'),
];

/**
 * MACD requests of every kind in every state over the demo enterprise: a requester limited to some
 * cost centers asks, an admin decides (admins decide everywhere); the forms as the requester sees them.
 */
async function createMacdSamples(database: Database, requester: Viewer, admin: Viewer): Promise<MacdSamples> {
  const deps = { prisma: database.prisma, now: () => samplesAsOf, logger: silentLogger };
  const services = await searchServices({ query: '', viewer: requester, limit: 100 }, deps);
  const service = (index: number) => {
    const option = services[index];
    if (!option) throw new Error(`the demo requester has fewer than ${index + 1} services`);
    return option.value;
  };
  const location = await database.prisma.location.findFirstOrThrow({ orderBy: { id: 'asc' } });
  const vendor = await database.prisma.vendor.findFirstOrThrow({ orderBy: { id: 'asc' } });
  const costCenter = requester.costCenterScope === '*' ? '' : (requester.costCenterScope[0] ?? '');
  const add = (values: Record<string, string>) => ({
    kind: 'add',
    vendor: vendor.name,
    location: location.name,
    costCenter,
    date: '2026-12-01',
    ...values,
  });
  const submit = async (values: Record<string, string>) => {
    const result = await submitMacdRequest({ requester, values }, deps);
    if (!result.ok) throw new Error(`sample request refused: ${JSON.stringify(result.fieldErrors)} ${result.error?.message ?? ''}`);
    return result.request.id;
  };
  const ids: number[] = [];
  // Each kind submitted; then one request taken to each later state.
  ids.push(
    await submit({
      kind: 'disconnect',
      service: service(0),
      date: '2026-12-15',
      reason: 'Employee left the company; the number is not ported',
    }),
  );
  ids.push(await submit({ kind: 'move', service: service(1), newLocation: location.name, date: '2026-12-10' }));
  ids.push(await submit({ kind: 'change', service: service(2), attribute: 'monthly_cost', newValue: '59.90' }));
  ids.push(await submit(add({ serviceType: 'mobile_line', plan: 'Unlimited Business Plus', assignee: 'New Hire', monthlyCost: '45.00' })));
  const approved = await submit({ kind: 'change', service: service(3), attribute: 'assignee', newValue: 'Reception' });
  const inProgress = await submit({ kind: 'disconnect', service: service(4), date: '2026-12-20', reason: 'Duplicate line' });
  const completed = await submit(add({ serviceType: 'circuit', plan: 'DIA 1G', assignee: 'Network team' }));
  const rejected = await submit(add({ serviceType: 'device', plan: 'Hotspot', assignee: 'Field team', monthlyCost: '20.00' }));
  const cancelled = await submit(add({ serviceType: 'pots_line', plan: 'Analog line', assignee: 'Elevator', monthlyCost: '65.00' }));
  await approveMacdRequest({ requestId: approved, actor: admin }, deps);
  await approveMacdRequest({ requestId: inProgress, actor: admin }, deps);
  await startMacdWork({ requestId: inProgress, actor: admin, note: 'Order V-123 placed with the carrier' }, deps);
  await approveMacdRequest({ requestId: completed, actor: admin }, deps);
  await startMacdWork({ requestId: completed, actor: admin }, deps);
  await completeMacdRequest({ requestId: completed, actor: admin }, deps);
  await rejectMacdRequest({ requestId: rejected, actor: admin, reason: 'Use the pooled hotspots from the IT desk instead' }, deps);
  await cancelMacdRequest({ requestId: cancelled, actor: requester }, deps);
  ids.push(approved, inProgress, completed, rejected, cancelled);

  const views: MacdRequestView[] = [];
  for (const id of ids) {
    const view = await loadMacdRequestView(id, deps);
    if (view) views.push(view);
  }

  const prefilled: Record<MacdKindName, Record<string, string>> = {
    disconnect: { service: service(5), date: '2026-12-15', reason: 'Employee left' },
    move: { service: service(5), newLocation: location.name, date: '2026-12-10' },
    change: { service: service(5), attribute: 'assignee', newValue: 'Front desk' },
    add: add({ serviceType: 'mobile_line', plan: 'Unlimited', assignee: 'New Hire', monthlyCost: '45.00' }),
  };
  const forms: MacdFormSample[] = [
    { kind: null, values: {}, services },
    { kind: null, values: {}, services: [], notice: 'You may not request changes: ask a Ledgerline admin for the requester role.' },
  ];
  for (const kind of macdKinds) {
    const parsed = parseMacdForm({ kind }, { today: samplesAsOf.toISOString().slice(0, 10) });
    forms.push(
      { kind, values: {}, services },
      { kind, values: prefilled[kind], services },
      { kind, values: {}, services, fieldErrors: parsed.ok ? {} : parsed.fieldErrors },
    );
  }
  return { views, forms };
}
