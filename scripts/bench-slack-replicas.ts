// Benchmark (not a test): Slack ack latency and answers per second with 4 replicas of the shipped
// product (`node bin/ledgerline.js start`, one child process each) on ONE fresh PostgreSQL database,
// side by side with 1 replica at the same rates. Signed app_mention events go round-robin across
// the replicas' URLs from a worker thread at a steady rate; a local stand-in plays Slack's Web API
// and records when each answer arrives. Every event must be answered exactly once.
// Run: npx tsx scripts/bench-slack-replicas.ts [--rates 25,50,100] [--seconds 15] [--replicas 4]
//        [--scale 0.02] [--server-url postgres://postgres@127.0.0.1:5432/postgres]
import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import os from 'node:os';
import { createInterface } from 'node:readline';
import { parseArgs } from 'node:util';
import { Worker } from 'node:worker_threads';
import { createServerDatabase } from '../src/db/create-server-database.js';
import { applyMigrations } from '../src/db/migrate.js';
import { openDatabase } from '../src/db/open-database.js';
import { loadDemoEnterprise } from '../src/demo/load-demo-enterprise.js';
import { silentLogger } from '../src/logger.js';
import { startFakeSlackApi } from './support/fake-slack-api.js';
import type { RecordedCall } from './support/fake-slack-api.js';

const { values } = parseArgs({
  options: {
    rates: { type: 'string', default: '25,50,100' },
    seconds: { type: 'string', default: '15' },
    replicas: { type: 'string', default: '4' },
    scale: { type: 'string', default: '0.02' },
    'server-url': { type: 'string', default: 'postgres://postgres@127.0.0.1:5432/postgres' },
  },
});
const rates = values.rates.split(',').map(Number);
const seconds = Number(values.seconds);
const replicaCount = Number(values.replicas);
const signingSecret = 'bench-signing-secret';
const asOfDay = '2026-11-26';
const asOf = new Date(`${asOfDay}T12:00:00Z`);
const loadAverageAtStart = os.loadavg();

// --- One fresh database with the demo enterprise, shared by every replica. ---
const serverDatabase = await createServerDatabase(values['server-url'], 'ledgerline_bench');
const children: ChildProcess[] = [];
const stopChildren = async () => {
  await Promise.all(
    children.map(
      (child) =>
        new Promise<void>((resolve) => {
          if (child.exitCode !== null || child.signalCode !== null) return resolve();
          const forced = setTimeout(() => child.kill('SIGKILL'), 5_000);
          child.once('exit', () => {
            clearTimeout(forced);
            resolve();
          });
          child.kill('SIGTERM');
        }),
    ),
  );
};
process.on('exit', () => {
  for (const child of children) if (child.exitCode === null) child.kill('SIGKILL');
});

const database = await openDatabase({ databaseUrl: serverDatabase.url });
await applyMigrations(database);
const loadStarted = performance.now();
const { answerKey } = await loadDemoEnterprise(
  { asOf, seed: 42, scale: Number(values.scale) },
  { prisma: database.prisma, now: () => asOf, logger: silentLogger, costCenterTagKeys: ['cost-center'] },
);
console.error(`demo (scale ${values.scale}) loaded into ${serverDatabase.url} in ${Math.round(performance.now() - loadStarted)} ms`);
const admin = await database.prisma.user.findFirstOrThrow({ where: { costCenters: { has: '*' }, slackUserId: { not: null } } });
await database.close();
const vendors = answerKey.vendors.map((vendor) => vendor.name);

// --- The Slack stand-in and the replicas. ---
const fake = await startFakeSlackApi();
const startReplica = (index: number) =>
  new Promise<string>((resolve, reject) => {
    const child = spawn(process.execPath, ['bin/ledgerline.js', 'start'], {
      cwd: new URL('..', import.meta.url).pathname,
      stdio: ['ignore', 'pipe', 'inherit'],
      env: {
        PATH: process.env.PATH,
        HOME: process.env.HOME,
        DATABASE_URL: serverDatabase.url,
        SLACK_BOT_TOKEN: 'xoxb-bench',
        SLACK_SIGNING_SECRET: signingSecret,
        SLACK_API_URL: fake.apiUrl,
        PORT: '0',
        HOST: '127.0.0.1',
        LEDGERLINE_DEMO: '0',
        LEDGERLINE_SCHEDULER: '0',
        LEDGERLINE_DEFAULT_ROLE: 'admin',
        LEDGERLINE_AS_OF: asOfDay,
        LEDGERLINE_LOG_LEVEL: 'silent',
      },
    });
    children.push(child);
    const timeout = setTimeout(() => reject(new Error(`replica ${index} did not start within 120 s`)), 120_000);
    child.once('exit', (code) => reject(new Error(`replica ${index} exited with ${code} before it was running`)));
    createInterface({ input: child.stdout! }).on('line', (line) => {
      const match = /^Ledgerline is running: (\S+)\/healthz$/.exec(line);
      if (match) {
        clearTimeout(timeout);
        resolve(match[1]!);
      }
    });
  });
const startStarted = performance.now();
const urls: string[] = [];
// One after another: four tsx start-ups at once on 2 cores only make each slower.
for (let index = 0; index < replicaCount; index += 1) urls.push(await startReplica(index));
console.error(`${replicaCount} replicas running in ${Math.round(performance.now() - startStarted)} ms: ${urls.join(' ')}`);

// Index the recorded Web API calls as they arrive: event ts → answer calls.
const answersByEventTs = new Map<string, RecordedCall[]>();
const threadOfWorkingNotice = new Map<string, string>();
let scanned = 0;
let workingNotices = 0;
const scanCalls = () => {
  for (; scanned < fake.calls.length; scanned += 1) {
    const call = fake.calls[scanned]!;
    if (call.method === 'chat.postMessage' && typeof call.body.thread_ts === 'string') {
      if (call.body.text === 'Working on it…') {
        workingNotices += 1;
        threadOfWorkingNotice.set(String(call.response?.ts), call.body.thread_ts);
      } else {
        answersByEventTs.set(call.body.thread_ts, [...(answersByEventTs.get(call.body.thread_ts) ?? []), call]);
      }
    } else if (call.method === 'chat.update') {
      const eventTs = threadOfWorkingNotice.get(String(call.body.ts));
      if (eventTs) answersByEventTs.set(eventTs, [...(answersByEventTs.get(eventTs) ?? []), call]);
    }
  }
};

const loadGenerator = `
const { workerData, parentPort } = require('node:worker_threads');
const { createHmac } = require('node:crypto');
const http = require('node:http');
const agent = new http.Agent({ keepAlive: true, maxSockets: 256 });
const { urls, secret, rate, seconds, user, vendors, runId, tsBase } = workerData;
const total = Math.round(rate * seconds);
const results = [];
let index = 0;
const finishOne = (result) => {
  results.push(result);
  if (results.length === total) { agent.destroy(); parentPort.postMessage(results); }
};
const sendOne = (i) => {
  const ts = tsBase + '.' + String(i).padStart(6, '0');
  const body = JSON.stringify({
    token: 'verification_token', team_id: 'T111', api_app_id: 'A111', type: 'event_callback', event_id: 'EvBench' + runId + '-' + i, event_time: 1700000000,
    event: { type: 'app_mention', text: '<@W111> What did we spend with ' + vendors[i % vendors.length] + ' in September 2026?', user, ts, team: 'T111', channel: 'CBENCH', event_ts: ts },
  });
  const timestamp = Math.floor(Date.now() / 1000);
  const signature = 'v0=' + createHmac('sha256', secret).update('v0:' + timestamp + ':' + body).digest('hex');
  const sentAt = Date.now();
  const started = performance.now();
  const request = http.request(urls[i % urls.length] + '/slack/events', { method: 'POST', agent, headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body), 'x-slack-request-timestamp': timestamp, 'x-slack-signature': signature } }, (response) => {
    response.resume();
    response.on('end', () => finishOne({ ts, sentAt, status: response.statusCode, ackMs: performance.now() - started }));
  });
  request.on('error', (error) => finishOne({ ts, sentAt, status: 0, ackMs: NaN, error: String(error) }));
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

const percentile = (list: number[], fraction: number) => {
  const sorted = list.filter((value) => Number.isFinite(value)).sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(fraction * sorted.length))] ?? Number.NaN;
};
const milliseconds = (value: number) => (Number.isFinite(value) ? `${Math.round(value).toLocaleString('en-US')} ms` : '—');

interface Row {
  replicas: number;
  rate: number;
  sent: number;
  acked: number;
  ackP50: number;
  ackP99: number;
  ackMax: number;
  answersPerSecond: number;
  answerP50: number;
  answerP99: number;
  answeredOnce: number;
  unanswered: number;
  duplicates: number;
  workingNotices: number;
  wallSeconds: number;
}

let runNumber = 0;
const runOne = async (targetUrls: string[], rate: number): Promise<Row> => {
  runNumber += 1;
  const tsBase = String(1_710_000_000 + runNumber * 10_000);
  const noticesBefore = workingNotices;
  const benchStarted = performance.now();
  const results = await new Promise<Array<{ ts: string; sentAt: number; status: number; ackMs: number }>>((resolve, reject) => {
    const worker = new Worker(loadGenerator, {
      eval: true,
      workerData: {
        urls: targetUrls,
        secret: signingSecret,
        rate,
        seconds,
        user: admin.slackUserId,
        vendors,
        runId: `${Date.now()}-${runNumber}`,
        tsBase,
      },
    });
    worker.once('message', resolve);
    worker.once('error', reject);
  });
  const isAnswered = () => {
    scanCalls();
    return results.every((result) => answersByEventTs.has(result.ts));
  };
  const deadline = performance.now() + 120_000;
  while (!isAnswered() && performance.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 20));
  const wallSeconds = (performance.now() - benchStarted) / 1000;
  // A second answer to one event (two replicas handling it) would come right after the first: wait a little.
  await new Promise((resolve) => setTimeout(resolve, 1_500));
  scanCalls();
  const firstAnswerAt = (ts: string) => Math.min(...(answersByEventTs.get(ts) ?? []).map((call) => call.epochMs));
  const answerTimes = results.map((result) => firstAnswerAt(result.ts) - result.sentAt);
  const answered = results.filter((result) => answersByEventTs.has(result.ts));
  const firstSent = Math.min(...results.map((result) => result.sentAt));
  const lastAnswer = Math.max(...answered.map((result) => firstAnswerAt(result.ts)));
  const acks = results.map((result) => result.ackMs);
  const row: Row = {
    replicas: targetUrls.length,
    rate,
    sent: results.length,
    acked: results.filter((result) => result.status === 200).length,
    ackP50: percentile(acks, 0.5),
    ackP99: percentile(acks, 0.99),
    ackMax: Math.max(...acks.filter((value) => Number.isFinite(value))),
    answersPerSecond: answered.length / ((lastAnswer - firstSent) / 1000),
    answerP50: percentile(answerTimes, 0.5),
    answerP99: percentile(answerTimes, 0.99),
    answeredOnce: results.filter((result) => answersByEventTs.get(result.ts)?.length === 1).length,
    unanswered: results.length - answered.length,
    duplicates: results.filter((result) => (answersByEventTs.get(result.ts)?.length ?? 0) > 1).length,
    workingNotices: workingNotices - noticesBefore,
    wallSeconds,
  };
  console.error(JSON.stringify(row));
  return row;
};

const rows: Row[] = [];
try {
  // Warm-up: a few questions to every replica (first query plans, JIT), not measured.
  await runOne(urls, 4).catch(() => undefined);
  rows.length = 0;
  for (const rate of rates) {
    rows.push(await runOne(urls.slice(0, 1), rate));
    rows.push(await runOne(urls, rate));
  }
} finally {
  await stopChildren();
  await fake.close();
  await serverDatabase.drop();
}

const header = [
  '| Replicas | Rate × time | Events | Acked 200 | Ack p50 | Ack p99 | Ack max | Answers/s | Answer p50 | Answer p99 | Answered exactly once | Unanswered | Duplicates | "Working on it…" | Wall |',
  '|---:|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|',
];
const lines = rows.map(
  (row) =>
    `| ${row.replicas} | ${row.rate}/s × ${seconds} s | ${row.sent} | ${row.acked} | ${milliseconds(row.ackP50)} | ${milliseconds(row.ackP99)} | ${milliseconds(row.ackMax)} | ${row.answersPerSecond.toFixed(1)} | ${milliseconds(row.answerP50)} | ${milliseconds(row.answerP99)} | ${row.answeredOnce} | ${row.unanswered} | ${row.duplicates} | ${row.workingNotices} | ${row.wallSeconds.toFixed(1)} s |`,
);
const machine = `Machine: ${os.cpus().length} × ${os.cpus()[0]?.model.trim() ?? 'CPU'}, ${Math.round(os.totalmem() / 2 ** 30)} GiB memory, Node ${process.version}, ${os.platform()} ${os.release()}; load average at start ${loadAverageAtStart.map((value) => value.toFixed(1)).join(' / ')} (1/5/15 min).`;
const table = [machine, '', ...header, ...lines].join('\n');
console.log(table);
