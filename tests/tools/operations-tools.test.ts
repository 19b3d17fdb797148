import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { presentAnswer } from '../../src/assistant/present/present-answer.js';
import { formatMoney } from '../../src/domain/shared/format.js';
import type { Database } from '../../src/db/open-database.js';
import { needsChannelMessage } from '../../src/domain/alerts/chat-subscription-rules.js';
import { Decimal, sumDecimals } from '../../src/domain/shared/decimal.js';
import type { ToolContext } from '../../src/domain/tools/define-tool.js';
import { findTool, tools } from '../../src/domain/tools/registry.js';
import { isLedgerlineError } from '../../src/errors.js';
import { openTestDatabase } from '../support/test-database.js';
import { fixtureServices, fixtureUsage, loadFixtureEnterprise } from './support/fixture-enterprise.js';
import { everyone, toolContext } from './support/tool-context.js';

// The newer tools through the registry and the presenters, on the fixture enterprise: what a
// person reads is what the tool computed.

let database: Database;
let context: ToolContext;

async function answer(tool: string, input: Record<string, unknown>, on: ToolContext = context) {
  const definition = findTool(tool);
  if (!definition) throw new Error(`${tool} is not registered`);
  const result = await definition.run(definition.input.parse(input), on);
  return { result, presented: presentAnswer({ question: tool, calls: [{ tool, arguments: input, result }] }) };
}

beforeAll(async () => {
  database = await openTestDatabase();
  await loadFixtureEnterprise(database.prisma);
  context = toolContext(database.prisma);
});
afterAll(async () => database.close());

describe('newer tools in the registry', () => {
  it('registers every audit, savings, dispute, MACD and alert tool once', () => {
    const names = tools.map((tool) => tool.name);
    for (const name of [
      'audit_invoices',
      'find_billed_after_disconnect',
      'find_savings',
      'list_disputes',
      'list_my_requests',
      'get_request_status',
      'summarize_disconnects',
      'subscribe_channel',
      'unsubscribe_channel',
      'list_channel_subscriptions',
      'list_alerts',
    ]) {
      expect(
        names.filter((candidate) => candidate === name),
        name,
      ).toHaveLength(1);
    }
  });

  it('presents the zero-usage saving with its monthly and annual figures', async () => {
    // The fixture's line with no data, minutes or messages in its three usage months.
    const idleKeys = new Set(fixtureUsage.map((row) => row[0]));
    const idle = fixtureServices.filter((service) => {
      const key = service.identifier.replace(/\D/g, '');
      return (
        idleKeys.has(key as never) &&
        fixtureUsage.filter((row) => row[0] === key).every((row) => row[2] === '0' && row[3] === 0 && row[4] === 0)
      );
    });
    expect(idle.map((service) => service.externalId)).toEqual(['S2']);
    const { presented } = await answer('find_savings', { domain: 'mobility' });
    const monthly = new Decimal(idle[0]!.monthlyCost);
    expect(presented.text).toContain(`${formatMoney(monthly, 'USD')} a month (${formatMoney(monthly.times(12), 'USD')} a year)`);
    expect(presented.table?.rows.map((row) => row.identifier)).toContain(idle[0]!.identifier);
  });

  it('presents the audit total as the sum of its findings', async () => {
    const { result, presented } = await answer('audit_invoices', { includeReview: true });
    const audit = result as { findingCount: number; findings: Array<{ amountAtStake: string; severity: string; currency: string }> };
    const errors = audit.findings.filter((finding) => finding.severity === 'billing_error');
    if (errors.length > 0)
      expect(presented.text).toContain(
        `${formatMoney(sumDecimals(errors.map((finding) => finding.amountAtStake)), errors[0]!.currency)} overbilled`,
      );
    expect(presented.text).toMatch(audit.findingCount === 0 ? /^No billing errors/ : /finding|billing error/);
  });

  it('says plainly when nothing is billed after disconnect and no dispute is open', async () => {
    expect((await answer('find_billed_after_disconnect', {})).presented.text).toMatch(/^No — no disconnected service was billed/);
    expect((await answer('list_disputes', { status: ['open'] })).presented.text).toMatch(/^No open disputes/);
  });

  it('alert tools need the channel they are asked in', async () => {
    for (const tool of ['subscribe_channel', 'unsubscribe_channel', 'list_channel_subscriptions']) {
      const input = tool === 'subscribe_channel' ? { kinds: ['anomaly'] } : {};
      expect((await answer(tool, input)).presented.text, tool).toBe(needsChannelMessage);
    }
    const error = await findTool('list_alerts')!
      .run({ channel: 'this' }, context)
      .catch((caught: unknown) => caught);
    expect(isLedgerlineError(error) && error.code).toBe('INVALID_INPUT');
  });

  it('subscribes on the place, not on anything the arguments say', async () => {
    const place = { platform: 'console' as const, channelId: 'console' };
    const inConsole = { ...toolContext(database.prisma, everyone), place };
    const definition = findTool('subscribe_channel')!;
    // A channel in the arguments is not part of the schema: it is dropped, the place decides.
    const parsed = definition.input.parse({ kinds: ['budget'], channelId: 'C-SOMEWHERE-ELSE', platform: 'slack' });
    await definition.run(parsed, inConsole);
    expect(await database.prisma.subscription.findMany({ select: { platform: true, channelId: true, alertKinds: true } })).toEqual([
      { platform: 'console', channelId: 'console', alertKinds: ['budget'] },
    ]);
    const viewerContext = { ...toolContext(database.prisma, { displayName: 'V', role: 'requester', costCenterScope: '*' }), place };
    const refused = await definition.run(parsed, viewerContext).catch((caught: unknown) => caught);
    expect(isLedgerlineError(refused) && refused.code).toBe('FORBIDDEN');
  });
});
