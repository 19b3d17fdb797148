import { parseArgs } from 'node:util';
import { auditFindingKinds, type AuditFinding } from '../../domain/audit/audit-finding.js';
import { auditInvoices } from '../../domain/audit/audit-invoices.js';
import { resolveVendors } from '../../domain/scope/resolve-named-filters.js';
import { sumDecimals } from '../../domain/shared/decimal.js';
import type { DomainDeps } from '../../domain/deps.js';
import { openRuntime } from '../../runtime.js';
import type { CommandEnvironment } from '../command.js';
import type { CommandOutput } from './disputes.js';
import { monthPeriod } from '../../domain/periods/period.js';

const usage = `Usage: ledgerline audit [--vendor <name>] [--from YYYY-MM] [--to YYYY-MM] [--json]

Checks invoices against contract rates and the inventory and prints the findings:
${auditFindingKinds.join(', ')}.
  --from, --to  billing months included (default: every imported invoice)
  --json        the findings as JSON, with their evidence lines`;

const monthPattern = /^\d{4}-\d{2}$/;

function nextMonth(month: string): string {
  const [year, monthNumber] = month.split('-').map(Number) as [number, number];
  return monthPeriod(year, monthNumber - 1).end;
}

function describeFinding(finding: AuditFinding): string {
  const where = [finding.vendor.name, finding.account, finding.invoiceNumber, finding.identifier].filter(Boolean).join(' · ');
  return `  ${finding.periods.join('→').padEnd(10)}  ${where}\n      ${finding.explanation} Billed ${finding.billed}, expected ${finding.expected}: ${finding.currency} ${finding.amountAtStake} at stake.`;
}

export async function run(argv: string[], { config }: CommandEnvironment): Promise<number> {
  if (argv.includes('--help') || argv.includes('-h')) {
    process.stdout.write(usage + '\n');
    return 0;
  }
  const runtime = await openRuntime(config);
  try {
    return await runAuditCommand(argv, runtime, process);
  } finally {
    await runtime.close();
  }
}

/** The command over injected collaborators (tests pass a test database and capture the output). */
export async function runAuditCommand(argv: string[], deps: DomainDeps, output: CommandOutput): Promise<number> {
  const { values } = parseArgs({
    args: argv,
    options: {
      vendor: { type: 'string' },
      from: { type: 'string' },
      to: { type: 'string' },
      json: { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  for (const month of [values.from, values.to]) {
    if (month !== undefined && !monthPattern.test(month)) {
      output.stderr.write(`"${month}" is not a month; write YYYY-MM.\n\n${usage}\n`);
      return 1;
    }
  }
  const vendor = values.vendor ? (await resolveVendors([values.vendor], deps.prisma))?.[0] : undefined;
  const findings = await auditInvoices(
    {
      ...(vendor ? { vendorId: vendor.id } : {}),
      ...(values.from ? { periodStart: `${values.from}-01` } : {}),
      ...(values.to ? { periodEnd: nextMonth(values.to) } : {}),
    },
    deps,
  );
  if (values.json) {
    output.stdout.write(JSON.stringify({ findings }, null, 2) + '\n');
    return 0;
  }
  if (findings.length === 0) {
    output.stdout.write('No findings: every audited charge matches the contracts and the inventory.\n');
    return 0;
  }
  for (const kind of auditFindingKinds) {
    const ofKind = findings.filter((finding) => finding.kind === kind);
    if (ofKind.length === 0) continue;
    const currencies = [...new Set(ofKind.map((finding) => finding.currency))];
    const totals = currencies.map(
      (currency) =>
        `${currency} ${sumDecimals(ofKind.filter((finding) => finding.currency === currency).map((finding) => finding.amountAtStake)).toFixed(2)}`,
    );
    output.stdout.write(`${kind.replaceAll('_', ' ')} — ${ofKind.length} finding(s), ${totals.join(' + ')}\n`);
    for (const finding of ofKind) output.stdout.write(describeFinding(finding) + '\n');
    output.stdout.write('\n');
  }
  return 0;
}
