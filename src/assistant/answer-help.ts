import type { DomainDeps } from '../domain/deps.js';
import type { Viewer } from '../domain/shared/viewer.js';
import type { Answer } from './answer.js';
import type { Surface } from './assistant.js';

// "help" is answered before planning, like "whoami": it is about Ledgerline, not a follow-up to
// the last answer. Its examples name this database's own vendors and cost centers, so each one
// is a question that works here.
const helpPattern =
  /^(?:\/?ledger\s+)?(?:\/?help|h[ae]lp me|what can you do|what (?:can|do) you (?:answer|know)|what can i ask(?: you)?|what do you do|how (?:do i|can i|to) use (?:this|you|ledgerline)|commands|usage|\?)[\s?.!]*$/i;

export function isHelpQuestion(question: string): boolean {
  return helpPattern.test(question.trim());
}

const howToAsk: Record<Surface, string> = {
  slack: 'Ask in a direct message, mention me in a channel, or type `/ledger` and a question (only you see that answer).',
  teams: 'Ask in this chat, or mention me in a channel or group chat.',
  console: 'Type a question; "new" starts a new conversation, "exit" leaves.',
  cli: 'Run `ledgerline ask "<question>"`.',
};

interface Names {
  vendor: string | undefined;
  costCenter: string | undefined;
}

/** The vendor and the cost center with the most services: names a person here recognizes. */
async function readNames(viewer: Viewer, { prisma }: Pick<DomainDeps, 'prisma'>): Promise<Names> {
  const scoped = viewer.costCenterScope === '*' || viewer.costCenterScope.includes('*') ? undefined : viewer.costCenterScope;
  const [vendor, costCenter] = await Promise.all([
    prisma.vendor.findFirst({ orderBy: [{ services: { _count: 'desc' } }, { name: 'asc' }], select: { name: true } }),
    prisma.costCenter.findFirst({
      where: scoped ? { code: { in: scoped, mode: 'insensitive' } } : {},
      orderBy: [{ services: { _count: 'desc' } }, { code: 'asc' }],
      select: { code: true },
    }),
  ]);
  return { vendor: vendor?.name, costCenter: costCenter?.code };
}

/** Questions that work on this database, the names in them read from it. */
async function helpExamples(viewer: Viewer, deps: Pick<DomainDeps, 'prisma'>): Promise<string[]> {
  const names = await readNames(viewer, deps);
  return [
    names.vendor ? `What did we spend with ${names.vendor} last month?` : 'What did we spend last month?',
    names.costCenter ? `Spend for ${names.costCenter} last quarter` : 'Top 5 vendors by spend this year',
    'Active mobile lines by location',
    'Which contracts have a notice deadline in the next 90 days?',
    names.costCenter ? `Budget status for ${names.costCenter}` : 'Are we over budget this month?',
    names.vendor ? `Show the monthly trend for ${names.vendor}` : 'Show the monthly trend of spend',
  ];
}

export interface HelpInput {
  viewer: Viewer;
  surface: Surface;
  /** A first line before the help ("Hi, I'm Ledgerline…" when welcoming). */
  greeting?: string;
}

export async function answerHelp(input: HelpInput, deps: Pick<DomainDeps, 'prisma'>): Promise<Answer> {
  const examples = await helpExamples(input.viewer, deps);
  const lines = [
    input.greeting ?? 'I answer questions about your telecom, mobility, cloud and SaaS costs from the data imported into Ledgerline:',
    '• Spend by vendor, cost center, location or service, for any month, quarter or year; trends, comparisons, forecasts and unusual changes',
    '• Inventory: lines, circuits and subscriptions — counts, lists, usage, lines without usage',
    '• Contracts: notice deadlines, renewals, commitments against actual spend',
    '• Budgets, billing audits and disputes, savings, alerts for a channel, and service change requests',
    howToAsk[input.surface],
    'For example:',
    ...examples.map((example) => `• ${example}`),
    'Ask "whoami" to see what you have access to.',
  ];
  return { text: lines.join('\n'), facts: [], toolCalls: [], followUps: examples.slice(0, 4), context: {}, plannedBy: 'offline' };
}
