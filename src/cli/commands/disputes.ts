import { writeFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import type { DisputeStatus } from '../../db/generated/client.js';
import { exportDisputesCsv } from '../../domain/disputes/export-disputes-csv.js';
import { listDisputes } from '../../domain/disputes/list-disputes.js';
import { openDisputes } from '../../domain/disputes/open-disputes.js';
import { recordDisputeCredits } from '../../domain/disputes/record-dispute-credits.js';
import { setDisputeStatus } from '../../domain/disputes/set-dispute-status.js';
import { resolveVendors } from '../../domain/scope/resolve-named-filters.js';
import type { DomainDeps } from '../../domain/deps.js';
import { openRuntime } from '../../runtime.js';
import type { CommandEnvironment } from '../command.js';

export interface CommandOutput {
  stdout: { write(text: string): unknown };
  stderr: { write(text: string): unknown };
}

const usage = `Usage:
  ledgerline disputes open [--vendor <name>]        audit invoices, open or update one dispute per invoice, record credits received
  ledgerline disputes list [--vendor <name>] [--status open|submitted|credited|denied] [--json]
  ledgerline disputes export --vendor <name> [--out file.csv] [--status …]   the carrier's CSV (default: open and submitted)
  ledgerline disputes set <id> submitted|credited|denied`;

const statuses: readonly DisputeStatus[] = ['open', 'submitted', 'credited', 'denied'];
const isStatus = (value: string | undefined): value is DisputeStatus => statuses.some((status) => status === value);

export async function run(argv: string[], { config }: CommandEnvironment): Promise<number> {
  if (argv.length === 0 || argv.includes('--help') || argv.includes('-h')) {
    process.stdout.write(usage + '\n');
    return argv.length === 0 ? 1 : 0;
  }
  const runtime = await openRuntime(config);
  try {
    return await runDisputesCommand(argv, runtime, process);
  } finally {
    await runtime.close();
  }
}

/** The command over injected collaborators (tests pass a test database and capture the output). */
export async function runDisputesCommand(argv: string[], deps: DomainDeps, output: CommandOutput): Promise<number> {
  const { positionals, values } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      vendor: { type: 'string' },
      status: { type: 'string', multiple: true },
      out: { type: 'string' },
      json: { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  const [action, ...rest] = positionals;
  if (values.help || !action) {
    output.stdout.write(usage + '\n');
    return values.help ? 0 : 1;
  }
  const statusFilter = values.status?.flatMap((value) => value.split(','));
  const badStatus = statusFilter?.find((value) => !isStatus(value));
  if (badStatus !== undefined) {
    output.stderr.write(`Unknown status "${badStatus}"; use ${statuses.join(', ')}.\n`);
    return 1;
  }
  if (action === 'export' && !values.vendor) {
    output.stderr.write(`disputes export needs --vendor: a carrier receives its own disputes.\n\n${usage}\n`);
    return 1;
  }
  if (!['open', 'list', 'export', 'set'].includes(action)) {
    output.stderr.write(`Unknown action "${action}".\n\n${usage}\n`);
    return 1;
  }

  const vendor = values.vendor ? (await resolveVendors([values.vendor], deps.prisma))?.[0] : undefined;
  const status = statusFilter?.filter(isStatus);
  switch (action) {
    case 'open': {
      const opened = await openDisputes(vendor ? { vendorId: vendor.id } : {}, deps);
      const credited = await recordDisputeCredits(deps);
      output.stdout.write(
        `Disputes: ${opened.created} opened, ${opened.updated} updated, ${opened.withdrawn} withdrawn, ${opened.unchanged} unchanged; ${credited.length} fully credited.\n`,
      );
      return 0;
    }
    case 'list': {
      const disputes = await listDisputes({ ...(vendor ? { vendorId: vendor.id } : {}), ...(status ? { status } : {}) }, deps);
      if (values.json) {
        output.stdout.write(JSON.stringify({ disputes }, null, 2) + '\n');
        return 0;
      }
      if (disputes.length === 0) output.stdout.write('No disputes.\n');
      for (const dispute of disputes) {
        output.stdout.write(
          `#${dispute.id} ${dispute.vendor} ${dispute.invoiceNumber} (${dispute.period.slice(0, 7)}) ${dispute.status}: disputed ${dispute.currency} ${dispute.amountDisputed}, credited ${dispute.creditsReceived}, outstanding ${dispute.outstanding} — ${dispute.findings.length} charge(s)\n`,
        );
      }
      return 0;
    }
    case 'export': {
      const exported = await exportDisputesCsv({ vendorId: vendor!.id, ...(status ? { status } : {}) }, deps);
      if (values.out) {
        await writeFile(values.out, exported.csv);
        output.stderr.write(
          `Wrote ${exported.rowCount} disputed charge(s) from ${exported.disputeCount} dispute(s) of ${vendor!.name} to ${values.out}.\n`,
        );
      } else {
        output.stdout.write(exported.csv);
      }
      return 0;
    }
    default: {
      const [idText, next] = rest;
      const disputeId = Number(idText);
      if (!Number.isInteger(disputeId) || !isStatus(next)) {
        output.stderr.write(usage + '\n');
        return 1;
      }
      const updated = await setDisputeStatus({ disputeId, status: next }, deps);
      output.stdout.write(`Dispute #${updated.id} is now ${updated.status}.\n`);
      return 0;
    }
  }
}
