import { parseArgs } from 'node:util';
import { auditFindingKinds, type AuditFinding } from '../../domain/audit/audit-finding.js';
import { auditInvoices } from '../../domain/audit/audit-invoices.js';
import { resolveVendors } from '../../domain/scope/resolve-named-filters.js';
import { sumDecimals } from '../../domain/shared/decimal.js';
import { openRuntime } from '../../runtime.js';
import type { CommandEnvironment } from '../command.js';

const usage = `Usage: ledgerline audit [--vendor <name>] [--from YYYY-MM] [--to YYYY-MM] [--json]

Checks invoices against contract rates and the inventory and prints the findings:
${auditFindingKinds.join(', ')}.
  --from, --to  billing months included (default: every imported invoice)
  --json        the findings as JSON, with their evidence lines`;

const monthPattern = /^\d{4}-\d{2}$/;

function nextMonth(month: string): string {
  const [year, monthNumber] = month.split('-').map(Number) as [number, number];
  return new Date(Date.UTC(year, monthNumber, 1)).toISOString().slice(0, 10);
}

function describeFinding(finding: AuditFinding): string {
  const where = [finding.vendor.name, finding.account, finding.invoiceNumber, finding.identifier].filter(Boolean).join(' · ');
  return `  ${finding.periods.join('→').padEnd(10)}  ${where}\n      ${finding.explanation} Billed ${finding.billed}, expected ${finding.expected}: ${finding.currency} ${finding.amountAtStake} at stake.`;
}

export async function run(argv: string[], { config }: CommandEnvironment): Promise<number> {
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
  if (values.help) {
    process.stdout.write(usage + '\n');
    return 0;
  }
  for (const month of [values.from, values.to]) {
    if (month !== undefined && !monthPattern.test(month)) {
      process.stderr.write(`"${month}" is not a month; write YYYY-MM.\n\n${usage}\n`);
      return 1;
    }
  }
  const runtime = await openRuntime(config);
  try {
    const vendor = values.vendor ? (await resolveVendors([values.vendor], runtime.prisma))?.[0] : undefined;
    const findings = await auditInvoices(
      {
        ...(vendor ? { vendorId: vendor.id } : {}),
        ...(values.from ? { periodStart: `${values.from}-01` } : {}),
        ...(values.to ? { periodEnd: nextMonth(values.to) } : {}),
      },
      runtime,
    );
    if (values.json) {
      process.stdout.write(JSON.stringify({ findings }, null, 2) + '\n');
      return 0;
    }
    if (findings.length === 0) {
      process.stdout.write('No findings: every audited charge matches the contracts and the inventory.\n');
      return 0;
    }
    for (const kind of auditFindingKinds) {
      const ofKind = findings.filter((finding) => finding.kind === kind);
      if (ofKind.length === 0) continue;
      const currencies = [...new Set(ofKind.map((finding) => finding.currency))];
      const totals = currencies.map((currency) => `${currency} ${sumDecimals(ofKind.filter((finding) => finding.currency === currency).map((finding) => finding.amountAtStake)).toFixed(2)}`);
      process.stdout.write(`${kind.replaceAll('_', ' ')} — ${ofKind.length} finding(s), ${totals.join(' + ')}\n`);
      for (const finding of ofKind) process.stdout.write(describeFinding(finding) + '\n');
      process.stdout.write('\n');
    }
    return 0;
  } finally {
    await runtime.close();
  }
}
