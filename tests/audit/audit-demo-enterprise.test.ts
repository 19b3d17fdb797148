import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AuditFinding } from '../../src/domain/audit/audit-finding.js';
import { auditInvoices } from '../../src/domain/audit/audit-invoices.js';
import type { DemoAnswerKey } from '../../src/demo/demo-answer-key.js';
import { loadDemoEnterprise } from '../../src/demo/load-demo-enterprise.js';
import { findSavings } from '../../src/domain/savings/find-savings.js';
import { Decimal, sumDecimals } from '../../src/domain/shared/decimal.js';
import { openAuditTest, type AuditTest } from './audit-test-support.js';

// The demo enterprise plants billing errors and zero-usage lines and lists them in its answer key,
// computed by the generator from its own data. The audit must find each one with its amount and
// flag nothing else. Scale 0.05 keeps the test fast; the full enterprise is checked the same way
// (figures in the report of issue 8).

const asOf = new Date('2026-11-26T00:00:00Z');

/** One expected finding per invoice: `kind invoice identifier amount`. */
function expectedBillingErrors(answerKey: DemoAnswerKey): string[] {
  const { overbilling, duplicateCharges, disconnectedStillBilled } = answerKey.findings;
  return [
    ...overbilling.flatMap((item) =>
      item.months.map((month) => `rate_variance ${month.invoiceNumber} ${item.identifier} ${item.excessPerMonth}`),
    ),
    ...duplicateCharges.map((item) => `duplicate_charge ${item.invoiceNumber} ${item.identifier} ${item.amount}`),
    ...disconnectedStillBilled.flatMap((item) =>
      item.months.map((month) => `billed_after_disconnect ${month.invoiceNumber} ${item.identifier} ${item.monthlyAmount}`),
    ),
  ].sort();
}

const describeFinding = (finding: AuditFinding) =>
  `${finding.kind} ${finding.invoiceNumber} ${finding.identifier} ${finding.amountAtStake}`;

describe('audit of the demo enterprise (as of 2026-11-26, seed 42)', () => {
  let test: AuditTest;
  let answerKey: DemoAnswerKey;
  let findings: AuditFinding[];
  beforeAll(async () => {
    test = await openAuditTest(asOf);
    ({ answerKey } = await loadDemoEnterprise({ asOf, seed: 42, scale: 0.05 }, test.deps));
    findings = await auditInvoices({}, test.deps);
    // Generating and importing two years of a (small) enterprise; slow only on a crowded machine.
  }, 600_000);
  afterAll(async () => test.close());

  it('finds every planted billing error with its amount, and nothing else', () => {
    const expected = expectedBillingErrors(answerKey);
    expect(expected.length).toBeGreaterThan(10);
    expect(findings.map(describeFinding).sort()).toEqual(expected);
  });

  it('totals per planted error match the answer key', () => {
    for (const item of answerKey.findings.overbilling) {
      const found = findings.filter((finding) => finding.kind === 'rate_variance' && finding.identifier === item.identifier);
      expect(sumDecimals(found.map((finding) => finding.amountAtStake)).toFixed(2), item.identifier).toBe(
        new Decimal(item.totalExcess).toFixed(2),
      );
    }
    for (const item of answerKey.findings.disconnectedStillBilled) {
      const found = findings.filter((finding) => finding.kind === 'billed_after_disconnect' && finding.identifier === item.identifier);
      expect(sumDecimals(found.map((finding) => finding.amountAtStake)).toFixed(2), item.identifier).toBe(
        new Decimal(item.total).toFixed(2),
      );
    }
  });

  it('lists exactly the planted zero-usage lines, each saving its monthly cost', async () => {
    const savings = await findSavings({ months: 3, domain: 'mobility' }, test.deps);
    const idle = savings.opportunities.filter((item) => item.kind === 'zero_usage_line');
    const planted = answerKey.findings.zeroUsageLines.filter((line) => line.zeroMonths >= 3);
    expect(planted.length).toBeGreaterThan(0);
    expect(idle.map((item) => `${item.identifier} ${item.monthlySaving}`).sort()).toEqual(
      planted.map((line) => `${line.identifier} ${new Decimal(line.monthlyCost).toFixed(2)}`).sort(),
    );
  });
});
