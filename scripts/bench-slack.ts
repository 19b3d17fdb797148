// Benchmark (not a test): Slack ack latency under a steady load of signed @mentions on loopback,
// and time to the final answer. The shipped assistant answers over the demo enterprise; a local
// stand-in plays Slack's Web API. The load generator runs in a worker thread so its clock and
// event loop are not the app's.
// Run: npx tsx scripts/bench-slack.ts [--rate 10] [--seconds 20] [--scale 0.02] [--database-url postgres://…/an-empty-database]
//        [--embedded in-thread|worker] [--data-dir a-new-folder] [--warm-up 0]
// --embedded picks where PGlite runs (default: the app's thread, as the product runs it; worker is
// the opt-in mode, ADR 0008); --data-dir puts it in a folder instead of memory; --warm-up N answers
// N mentions at 10/s before the measured run. Besides the table row it prints, on stderr, how busy
// the app's thread was, its event-loop delay and when the slowest acks were sent.
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { Worker } from 'node:worker_threads';
import { createAssistant } from '../src/assistant/create-assistant.js';
import { createHttpServer, listen } from '../src/bot/http-server.js';
import { createSlackSurface } from '../src/bot/slack/create-slack-surface.js';
import { applyMigrations } from '../src/db/migrate.js';
import { openDatabase } from '../src/db/open-database.js';
import { loadDemoEnterprise } from '../src/demo/load-demo-enterprise.js';
import { silentLogger } from '../src/logger.js';
import { type RecordedCall, startFakeSlackApi } from './support/fake-slack-api.js';

const { values } = parseArgs({
  options: {
    rate: { type: 'string', default: '10' },
    seconds: { type: 'string', default: '20' },
    scale: { type: 'string', default: '0.02' },
    'database-url': { type: 'string' },
    embedded: { type: 'string', default: 'in-thread' },
    'data-dir': { type: 'string', default: 'memory://' },
    'warm-up': { type: 'string', default: '0' },
  },
});
const rate = Number(values.rate);
const seconds = Number(values.seconds);
const signingSecret = 'bench-signing-secret';
const asOf = new Date('2026-11-26T12:00:00Z');
const now = () => asOf;

const embeddedThread = values.embedded === 'worker' ? 'worker' : 'in-thread';
const database = await openDatabase(
  values['database-url'] ? { databaseUrl: values['database-url'] } : { dataDir: values['data-dir'], embeddedThread },
);
const databaseLabel =
  database.kind === 'pglite' ? `pglite ${embeddedThread} (${database.location === 'memory' ? 'in memory' : 'folder'})` : database.kind;
await applyMigrations(database);
const loadStarted = performance.now();
const { answerKey } = await loadDemoEnterprise(
  { asOf, seed: 42, scale: Number(values.scale) },
  { prisma: database.prisma, now, logger: silentLogger, costCenterTagKeys: ['cost-center'] },
);
console.error(`demo loaded in ${Math.round(performance.now() - loadStarted)} ms (${database.kind})`);
const admin = await database.prisma.user.findFirstOrThrow({ where: { costCenters: { has: '*' }, slackUserId: { not: null } } });

const fake = await startFakeSlackApi();
const surface = createSlackSurface({
  config: { botToken: 'xoxb-bench', signingSecret, apiUrl: fake.apiUrl },
  assistant: createAssistant({ prisma: database.prisma, now, logger: silentLogger }),
  prisma: database.prisma,
  now,
  logger: silentLogger,
  defaultRole: 'viewer',
});
const server = createHttpServer(surface.routes, silentLogger);
const address = await listen(server, 0, '127.0.0.1');

const vendors = answerKey.vendors.map((vendor) => vendor.name);
const loadGenerator = `
const { workerData, parentPort } = require('node:worker_threads');
const { createHmac } = require('node:crypto');
const http = require('node:http');
const agent = new http.Agent({ keepAlive: true, maxSockets: 256 });
const { url, secret, rate, seconds, user, vendors, runId, firstIndex } = workerData;
const total = Math.round(rate * seconds);
const results = [];
let index = 0;
const sendOne = (i) => {
  const ts = '1700000000.' + String(firstIndex + i).padStart(6, '0');
  const body = JSON.stringify({
    token: 'verification_token', team_id: 'T111', api_app_id: 'A111', type: 'event_callback', event_id: 'EvBench' + runId + '-' + i, event_time: 1700000000,
    event: { type: 'app_mention', text: '<@W111> What did we spend with ' + vendors[i % vendors.length] + ' in September 2026?', user, ts, team: 'T111', channel: 'CBENCH', event_ts: ts },
  });
  const timestamp = Math.floor(Date.now() / 1000);
  const signature = 'v0=' + createHmac('sha256', secret).update('v0:' + timestamp + ':' + body).digest('hex');
  const sentAt = Date.now();
  const started = performance.now();
  const request = http.request(url, { method: 'POST', agent, headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body), 'x-slack-request-timestamp': timestamp, 'x-slack-signature': signature } }, (response) => {
    response.resume();
    response.on('end', () => {
      results.push({ ts, sentAt, status: response.statusCode, ackMs: performance.now() - started });
      if (results.length === total) { agent.destroy(); parentPort.postMessage(results); }
    });
  });
  request.on('error', (error) => { results.push({ ts, sentAt, status: 0, ackMs: NaN, error: String(error) }); });
  request.end(body);
};
const started = performance.now();
const tick = () => {
  // Steady arrivals: send whatever is due by now, then sleep until the next one.
  const due = Math.min(total, Math.floor(((performance.now() - started) / 1000) * rate) + 1);
  while (index < due) sendOne(index++);
  if (index < total) setTimeout(tick, Math.max(1, 1000 / rate / 2));
};
tick();
`;

type Sent = { ts: string; sentAt: number; status: number; ackMs: number };
/** Signed mentions at a steady rate from a worker thread; thread timestamps from `firstIndex` on. */
const sendMentions = (sendRate: number, sendSeconds: number, firstIndex: number) =>
  new Promise<Sent[]>((resolve, reject) => {
    const worker = new Worker(loadGenerator, {
      eval: true,
      workerData: {
        url: `http://127.0.0.1:${address.port}/slack/events`,
        secret: signingSecret,
        rate: sendRate,
        seconds: sendSeconds,
        user: admin.slackUserId,
        vendors,
        runId: Date.now(),
        firstIndex,
      },
    });
    worker.once('message', resolve);
    worker.once('error', reject);
  });
// Final answer = the answer posted in the thread, or the update of its "Working on it…". The
// calls are indexed as they arrive: this runs on the app's thread, and scanning every call for
// every event each poll (quadratic) took a third of that thread at 100/s, slowing the answers it measures.
const postsInThread = new Map<string, RecordedCall[]>();
const updatesByTs = new Map<string, RecordedCall>();
let indexed = 0;
const indexNewCalls = () => {
  for (; indexed < fake.calls.length; indexed += 1) {
    const call = fake.calls[indexed]!;
    if (call.method === 'chat.postMessage' && typeof call.body.thread_ts === 'string') {
      postsInThread.set(call.body.thread_ts, [...(postsInThread.get(call.body.thread_ts) ?? []), call]);
    }
    if (call.method === 'chat.update' && typeof call.body.ts === 'string' && !updatesByTs.has(call.body.ts))
      updatesByTs.set(call.body.ts, call);
  }
};
const finalAnswer = (ts: string) => {
  const posted = postsInThread.get(ts)?.[0];
  if (posted?.body.text !== 'Working on it…') return posted;
  const workingTs = posted.response?.ts;
  return typeof workingTs === 'string' ? updatesByTs.get(workingTs) : undefined;
};
const waitForAnswers = async (sent: Sent[]) => {
  let unanswered = [...sent];
  await fake.waitFor(() => {
    indexNewCalls();
    unanswered = unanswered.filter((result) => finalAnswer(result.ts) === undefined);
    return unanswered.length === 0;
  }, 600_000);
};

// --warm-up N: N mentions at 10/s, answered, before the measured run — a server that has been
// running, not one answering its first questions (those load the planner's names and compile
// each query shape once; in a cold 5 s run at 30/s they are the slowest acks).
const warmUp = Number(values['warm-up']);
if (warmUp > 0) await waitForAnswers(await sendMentions(10, warmUp / 10, 500_000));

const benchStarted = performance.now();
// How busy the app's thread was: near 1 means answers/s is bound by this thread's CPU, not by the database.
const loopAtStart = performance.eventLoopUtilization();
// How long the app's thread went without a turn of its event loop: an ack waits at least that long.
const loopDelay = monitorEventLoopDelay({ resolution: 5 });
loopDelay.enable();
const results = await sendMentions(rate, seconds, 0);
await waitForAnswers(results);
const wallSeconds = (performance.now() - benchStarted) / 1000;
loopDelay.disable();
console.error(
  `app thread busy ${performance.eventLoopUtilization(loopAtStart).utilization.toFixed(2)} of the run; event-loop delay p99 ${Math.round(loopDelay.percentile(99) / 1e6)} ms, max ${Math.round(loopDelay.max / 1e6)} ms`,
);
const answerTimes = results.map((result) => (finalAnswer(result.ts)?.epochMs ?? Number.NaN) - result.sentAt);
// Answers/s: events ÷ time from the first event sent to the last answer posted.
const firstSent = Math.min(...results.map((result) => result.sentAt));
const lastAnswered = Math.max(...results.map((result) => finalAnswer(result.ts)?.epochMs ?? Number.NaN));
const answersPerSecond = results.length / ((lastAnswered - firstSent) / 1000);
// Every event answered once: one answer post in each thread (the "Working on it…" update is the same message).
const answeredOnce = results.every((result) => postsInThread.get(result.ts)?.length === 1);
const workingNotices = results.filter((result) => postsInThread.get(result.ts)?.[0]?.body.text === 'Working on it…').length;

const percentile = (list: number[], fraction: number) => {
  const sorted = [...list].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(fraction * sorted.length))] ?? Number.NaN;
};
const acks = results.map((result) => result.ackMs);
// When the slowest acks were sent (ms after the first): a cluster at the start is warm-up, a spread is the steady state.
const slowest = results
  .map((result) => ({ ackMs: result.ackMs, at: result.sentAt - firstSent }))
  .sort((a, b) => b.ackMs - a.ackMs)
  .slice(0, 5);
console.error(`slowest acks: ${slowest.map((ack) => `${Math.round(ack.ackMs)} ms at +${ack.at} ms`).join(', ')}`);
const format = (milliseconds: number) => `${Math.round(milliseconds)} ms`;
console.log(
  `| ${databaseLabel} | ${rate}/s × ${seconds} s | ${results.length} | ${results.filter((result) => result.status === 200).length} | ${format(percentile(acks, 0.5))} | ${format(percentile(acks, 0.99))} | ${format(Math.max(...acks))} | ${format(percentile(answerTimes, 0.5))} | ${format(percentile(answerTimes, 0.99))} | ${answersPerSecond.toFixed(1)} | ${answeredOnce ? 'yes' : 'NO'} | ${workingNotices} | ${wallSeconds.toFixed(1)} s |`,
);

await surface.stop();
server.close();
await fake.close();
await database.close();
