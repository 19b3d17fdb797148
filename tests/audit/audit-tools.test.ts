import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditInvoicesTool } from '../../src/domain/audit/audit-invoices.js';
import { findBilledAfterDisconnectTool } from '../../src/domain/audit/find-billed-after-disconnect.js';
import { openDisputes } from '../../src/domain/disputes/open-disputes.js';
import { listDisputesTool } from '../../src/domain/disputes/list-disputes.js';
import { findSavingsTool } from '../../src/domain/savings/find-savings.js';
import type { ToolContext } from '../../src/domain/tools/define-tool.js';
import type { Viewer } from '../../src/domain/shared/viewer.js';
import { headers, openAuditTest, type AuditTest } from './audit-test-support.js';
import { loadMeridian } from './meridian-fixture.js';

const analyst: Viewer = { displayName: 'Ana Lyst', role: 'viewer', costCenterScope: '*' };

describe('audit, savings and dispute tools', () => {
  let test: AuditTest;
  let context: ToolContext;
  beforeAll(async () => {
    test = await openAuditTest();
    await loadMeridian(test);
    await test.importRows('usage', headers.usage, ['312-555-0101,2026-10,10,1,1']);
    context = { ...test.deps, viewer: analyst, asOf: new Date('2026-11-26T12:00:00Z') };
  });
  afterAll(async () => test.close());

  it('audit_invoices answers "has Meridian overbilled us?" with the amount at stake and evidence', async () => {
    const input = auditInvoicesTool.input.parse({ vendors: ['meridian'] });
    const result = await auditInvoicesTool.run(input, context);
    expect(result.period).toMatchObject({ start: '2025-11-01', end: '2026-11-01' });
    expect(result.filters).toEqual({ vendors: ['Meridian Telecom'] });
    expect(result.totalAtStake).toEqual([{ currency: 'USD', amount: '248.20' }]);
    expect(result.findingCount).toBe(5);
    expect(result.findings[0]).toMatchObject({ kind: 'rate_variance', identifier: 'CIR-001', amountAtStake: '100.00' });
    expect(result.findings[0]?.evidence[0]).toMatchObject({
      invoiceNumber: 'MER-2026-07',
      description: 'MPLS Port 100 Mbps',
      amount: '1000.00',
    });
    const withReview = await auditInvoicesTool.run(
      auditInvoicesTool.input.parse({ vendors: ['Meridian Telecom'], includeReview: true }),
      context,
    );
    expect(withReview.byKind.map((total) => `${total.kind} ${total.count} ${total.amount}`)).toContain('month_over_month_jump 1 800.00');
  });

  it('audit_invoices audits only the newest bill when asked for the last invoice', async () => {
    // The newest Meridian invoice loaded here is July's.
    const result = await auditInvoicesTool.run(auditInvoicesTool.input.parse({ vendors: ['meridian'], latestBill: true }), context);
    expect(result.period).toMatchObject({ start: '2026-07-01', end: '2026-08-01' });
    expect(result.findings.length).toBeGreaterThan(0);
    expect(result.findings.flatMap((finding) => finding.periods).every((period) => period.startsWith('2026-07'))).toBe(true);
    const twelveMonths = await auditInvoicesTool.run(auditInvoicesTool.input.parse({ vendors: ['meridian'] }), context);
    expect(result.findingCount).toBeLessThan(twelveMonths.findingCount);
  });

  it('find_billed_after_disconnect lists the line, its disconnect date and every month still billed', async () => {
    const result = await findBilledAfterDisconnectTool.run(findBilledAfterDisconnectTool.input.parse({}), context);
    expect(result.lines).toEqual([
      expect.objectContaining({
        identifier: '312-555-0102',
        disconnectedOn: '2026-05-31',
        periodsBilled: ['2026-06-01', '2026-07-01'],
        invoiceNumbers: ['MER-2026-06', 'MER-2026-07'],
        total: '78.20',
        currency: 'USD',
      }),
    ]);
  });

  it('find_savings answers "how much could we save on mobility?"', async () => {
    const result = await findSavingsTool.run(findSavingsTool.input.parse({ domain: 'mobility' }), context);
    // 0103 and 0105 are silent through October; 0101 was used.
    expect(result.totals).toEqual([{ currency: 'USD', monthly: '70.00', annual: '840.00', count: 2 }]);
    expect(result.opportunities.map((item) => item.identifier).sort()).toEqual(['312-555-0103', '312-555-0105']);
  });

  it('a viewer limited to other cost centers sees no findings of services outside them', async () => {
    const scoped: ToolContext = { ...context, viewer: { ...analyst, costCenterScope: ['CC-999'] } };
    const result = await auditInvoicesTool.run(auditInvoicesTool.input.parse({}), scoped);
    expect(result.findingCount).toBe(0);
    expect(result.totalAtStake).toEqual([]);
  });

  it('list_disputes reports disputed, credited and outstanding amounts', async () => {
    await openDisputes({}, test.deps);
    const result = await listDisputesTool.run(listDisputesTool.input.parse({ vendors: ['Meridian'] }), context);
    expect(result.disputeCount).toBe(2);
    expect(result.totals).toEqual([{ currency: 'USD', disputed: '248.20', creditsReceived: '0.00', outstanding: '248.20' }]);
    expect(result.disputes[0]).toMatchObject({ invoiceNumber: 'MER-2026-07', status: 'open', amountDisputed: '205.00' });
  });
});
