import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listDisputes } from '../../src/domain/disputes/list-disputes.js';
import { reconcileDisputes } from '../../src/domain/disputes/reconcile-disputes.js';
import { openAuditTest, type AuditTest } from '../audit/audit-test-support.js';
import { loadMeridian } from '../audit/meridian-fixture.js';

// What `ledgerline import invoices` runs after every successful invoice import.
describe('reconcileDisputes', () => {
  let test: AuditTest;
  beforeAll(async () => {
    test = await openAuditTest();
    await loadMeridian(test);
  });
  afterAll(async () => test.close());

  it('opens one dispute per invoice with billing errors, with the amounts at stake', async () => {
    const result = await reconcileDisputes(test.deps);
    expect(result).toMatchObject({ created: 2, updated: 0, withdrawn: 0, credited: [] });
    const disputes = await listDisputes({}, test.deps);
    expect(disputes.map((dispute) => [dispute.invoiceNumber, dispute.amountDisputed])).toEqual([
      ['MER-2026-06', '43.20'],
      ['MER-2026-07', '205.00'],
    ]);
  });

  it('changes nothing when run again on the same invoices (a re-import of the same file)', async () => {
    const result = await reconcileDisputes(test.deps);
    expect(result).toMatchObject({ created: 0, updated: 0, withdrawn: 0, credited: [] });
    expect(await listDisputes({}, test.deps)).toHaveLength(2);
  });
});
