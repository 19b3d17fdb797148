import { formatCount, formatMoney, formatMonth } from '../../shared/format.js';
import { describeRowProblem, writeProblemReport } from '../describe-row-problems.js';
import type { ImportKind, ImportProgress } from '../ingest-types.js';
import type { ImportPreview } from './preview-import-file.js';
import type { ChatImportOffer } from './receive-chat-file.js';
import type { ChatImportResult } from './run-chat-import.js';

/**
 * A chat import's message as words, for every surface: a title, lines under it, and (for a
 * rejected file) the full report to attach. Slack and Teams only lay these out.
 */
export interface ChatImportWords {
  title: string;
  lines: string[];
  report?: { fileName: string; text: string };
}

/** Problems shown in the chat message; all of them are in the attached report, as the CLI lists them. */
const problemsShownInChat = 20;

const rowNouns: Record<ImportKind, [one: string, many: string]> = {
  vendors: ['vendor', 'vendors'],
  locations: ['location', 'locations'],
  'cost-centers': ['cost center', 'cost centers'],
  inventory: ['inventory record', 'inventory records'],
  contracts: ['contract', 'contracts'],
  'contract-rates': ['contract rate', 'contract rates'],
  invoices: ['invoice line', 'invoice lines'],
  edi811: ['invoice charge (EDI 811)', 'invoice charges (EDI 811)'],
  usage: ['usage record', 'usage records'],
  budgets: ['budget line', 'budget lines'],
  users: ['person', 'people'],
  focus: ['cost row (FOCUS)', 'cost rows (FOCUS)'],
};

const countOf = (count: number, kind: ImportKind) => `${formatCount(count)} ${rowNouns[kind][count === 1 ? 0 : 1]}`;
const plural = (count: number, one: string, many = `${one}s`) => `${formatCount(count)} ${count === 1 ? one : many}`;

function listNames(names: readonly string[]): string {
  if (names.length <= 1) return names[0] ?? '';
  return `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
}

/** "from Verizon", "from AT&T and Verizon", "from 7 vendors (AT&T, Lumen, Verizon, …)". */
function fromVendors(preview: ImportPreview): string {
  if (preview.vendorCount === 0) return '';
  if (preview.vendorCount <= 3) return ` from ${listNames(preview.vendors)}`;
  return ` from ${preview.vendorCount} vendors (${preview.vendors.slice(0, 3).join(', ')}, …)`;
}

/** "Oct 2026", "Sep 2026 – Nov 2026". */
function describeMonths(months: readonly string[]): string {
  const first = months[0];
  const last = months[months.length - 1];
  if (!first || !last) return '';
  return first === last ? formatMonth(first) : `${formatMonth(first)} – ${formatMonth(last)}`;
}

/** "Import 1,204 invoice lines from Verizon, Oct 2026?" and what else the person should know first. */
export function describeOffer(offer: ChatImportOffer): ChatImportWords {
  const { preview } = offer;
  const months = describeMonths(preview.months);
  const title = `Import ${countOf(preview.rows, preview.kind)}${fromVendors(preview)}${months ? `, ${months}` : ''}?`;
  const lines = [`${offer.fileName}, read as ${preview.kind === 'edi811' ? 'an EDI 811 bill' : `a ${preview.kind} file`}.`];
  const totals = preview.totals.map((total) => formatMoney(total.amount, total.currency)).join(', ');
  if (preview.invoiceCount !== undefined) lines.push(`${plural(preview.invoiceCount, 'invoice')}${totals ? `, ${totals} in all` : ''}.`);
  else if (totals) lines.push(`${totals} in all.`);
  if (offer.replaced.length > 0) {
    const listed = offer.replaced
      .slice(0, 5)
      .map((invoice) => `${invoice.vendorName} ${invoice.invoiceNumber} (${formatMoney(invoice.total, invoice.currency)})`);
    const more = offer.replaced.length > 5 ? `, and ${offer.replaced.length - 5} more` : '';
    lines.push(`Replaces ${plural(offer.replaced.length, 'invoice')} already in the ledger: ${listed.join(', ')}${more}.`);
  } else if (preview.invoiceCount !== undefined) {
    lines.push('No invoice in it is in the ledger yet: nothing is replaced.');
  }
  if (preview.isIncomplete) lines.push('Part of the file could not be read; the import will name where.');
  return { title, lines };
}

export function describeProgress(progress: ImportProgress & { fileName: string }): ChatImportWords {
  const percent = progress.totalBytes > 0 ? Math.min(100, Math.floor((progress.bytesRead / progress.totalBytes) * 100)) : 0;
  return { title: `Importing ${progress.fileName}…`, lines: [`${formatCount(progress.rowsRead)} rows read (${percent}% of the file).`] };
}

export function describeCancelled(fileName: string): ChatImportWords {
  return { title: `Cancelled: ${fileName} was not imported.`, lines: [] };
}

/** The summary the person reads after the import: figures, replaced invoices, audit findings — or the row report. */
export function describeResult(result: ChatImportResult): ChatImportWords {
  if (result.status === 'rejected') return describeRejection(result);
  if (result.status === 'unchanged') {
    return { title: `Unchanged: ${result.fileName} was already imported; nothing was written.`, lines: [] };
  }
  const lines: string[] = [];
  if (result.invoices) {
    for (const total of result.invoices.totals) {
      lines.push(
        `${total.vendor}, ${formatMonth(total.month)}: ${plural(total.invoices, 'invoice')}, ${plural(total.lines, 'line')}, ${formatMoney(total.amount, total.currency)}`,
      );
    }
    for (const replaced of result.invoices.replaced) {
      lines.push(
        `Replaced ${replaced.vendor} ${replaced.invoiceNumber}: ${formatMoney(replaced.before, replaced.currency)} before, ${formatMoney(replaced.after, replaced.currency)} now.`,
      );
    }
    lines.push(...describeAudit(result));
  } else {
    const months = describeMonths(result.preview.months);
    const totals = result.preview.totals.map((total) => formatMoney(total.amount, total.currency)).join(', ');
    const where = [fromVendors(result.preview).trim(), months].filter(Boolean).join(', ');
    if (where || totals) lines.push([where, totals ? `${totals} in all` : ''].filter(Boolean).join(': ') + '.');
  }
  return { title: `Imported ${result.fileName}: ${countOf(result.rowsAccepted, result.kind)}.`, lines };
}

function describeAudit(result: ChatImportResult): string[] {
  if (result.auditFailure) {
    return [
      `The invoice audit did not finish (${result.auditFailure}); the invoices are imported and the audit runs again within five minutes.`,
    ];
  }
  const disputes = result.invoices?.disputes ?? [];
  if (disputes.length === 0) return ['Audit: no findings on these invoices.'];
  const findings = disputes.reduce((sum, dispute) => sum + dispute.findings, 0);
  return [
    `Audit: ${plural(findings, 'finding')} on ${plural(disputes.length, 'invoice')}:`,
    ...disputes.map(
      (dispute) =>
        `${dispute.vendor} ${dispute.invoiceNumber}: ${plural(dispute.findings, 'finding')}, ${formatMoney(dispute.amountDisputed, dispute.currency)} disputed (${dispute.status}).`,
    ),
  ];
}

function describeRejection(result: ChatImportResult): ChatImportWords {
  const unit = result.kind === 'edi811' ? 'segment' : 'row';
  const shown = result.problems.slice(0, problemsShownInChat).map((problem) => describeRowProblem(problem, result.kind));
  const isLonger = result.problems.length > problemsShownInChat;
  const rejected =
    result.rowsRejected > 0 ? `${plural(result.rowsRejected, `${unit} has`, `${unit}s have`)} problems` : 'the file has a problem';
  return {
    title: `Rejected ${result.fileName}: nothing was written — ${rejected}.`,
    lines: [
      ...shown,
      ...(isLonger ? [`… and ${formatCount(result.problems.length - problemsShownInChat)} more in the attached report.`] : []),
      `Fix the ${unit}s listed and send the file again.`,
    ],
    ...(result.problems.length > 0
      ? {
          report: {
            fileName: `${result.fileName}.problems.txt`,
            text: writeProblemReport({
              fileName: result.fileName,
              kind: result.kind,
              problems: result.problems,
              rowsRejected: result.rowsRejected,
            }),
          },
        }
      : {}),
  };
}
