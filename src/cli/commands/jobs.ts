import { parseArgs } from 'node:util';
import { createConsoleDestination } from '../../domain/alerts/create-console-destination.js';
import { renderAlertText } from '../../domain/alerts/render-alert-text.js';
import type { DomainDeps } from '../../domain/deps.js';
import { createAlertJobs } from '../../jobs/alert-jobs.js';
import type { Job } from '../../jobs/job.js';
import { openRuntime } from '../../runtime.js';
import type { CommandEnvironment } from '../command.js';
import { toIsoDate } from '../../domain/periods/period.js';

const usage = `Usage:
  ledgerline jobs list
  ledgerline jobs run <job> [--as-of YYYY-MM-DD] [--json]   run one job once; print the alerts it created`;

export interface JobsCommandIo {
  stdout: { write(text: string): unknown };
  stderr: { write(text: string): unknown };
}

export async function run(argv: string[], { config }: CommandEnvironment): Promise<number> {
  if (argv[0] !== 'run' && argv[0] !== 'list') {
    process.stderr.write(`${usage}\n`);
    return argv[0] === '--help' ? 0 : 1;
  }
  const runtime = await openRuntime(config);
  try {
    return await runJobsCommand(argv, runtime, { stdout: process.stdout, stderr: process.stderr }, { defaultAsOf: config.asOf });
  } finally {
    await runtime.close();
  }
}

/** The command without process globals, so tests run it against their own database. */
export async function runJobsCommand(
  argv: string[],
  deps: DomainDeps,
  io: JobsCommandIo,
  settings: { defaultAsOf?: string | undefined; jobs?: readonly Job[] } = {},
): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: { 'as-of': { type: 'string' }, json: { type: 'boolean', default: false } },
  });
  const jobs = settings.jobs ?? createAlertJobs();
  const [action, jobId] = positionals;
  if (action === 'list') {
    for (const job of jobs) io.stdout.write(`${job.id.padEnd(18)}${job.schedule.padEnd(14)}${job.description}\n`);
    return 0;
  }
  const job = jobs.find((candidate) => candidate.id === jobId);
  if (action !== 'run' || job === undefined) {
    io.stderr.write(`${jobId ? `Unknown job "${jobId}". ` : ''}Jobs: ${jobs.map((candidate) => candidate.id).join(', ')}\n${usage}\n`);
    return 1;
  }
  const asOf = values['as-of'] ?? settings.defaultAsOf ?? toIsoDate(deps.now());
  if (!/^\d{4}-\d{2}-\d{2}$/.test(asOf) || Number.isNaN(Date.parse(asOf))) {
    io.stderr.write(`--as-of must be a date as YYYY-MM-DD, got "${asOf}".\n`);
    return 1;
  }
  // Alerts for console-subscribed channels go to stderr, so stdout holds only this run's result.
  const created = await job.run({ ...deps, asOf, destinations: [createConsoleDestination(io.stderr)] });
  if (values.json) {
    io.stdout.write(
      `${JSON.stringify(
        created.map(({ id, kind, dedupeKey, title, status, createdAt, message, finding }) => ({
          id,
          kind,
          dedupeKey,
          title,
          status,
          createdAt,
          message,
          finding,
        })),
        null,
        2,
      )}\n`,
    );
  } else if (created.length === 0) {
    io.stdout.write(`${job.id} (as of ${asOf}): nothing new.\n`);
  } else {
    io.stdout.write(
      `${job.id} (as of ${asOf}): ${created.length} new alert(s).\n\n${created.map((alert) => renderAlertText(alert.message)).join('\n\n')}\n`,
    );
  }
  return 0;
}
