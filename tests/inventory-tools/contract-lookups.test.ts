import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { presentAnswer } from '../../src/assistant/present/present-answer.js';
import type { FindNoticeDeadlinesResult } from '../../src/domain/contracts/find-notice-deadlines.js';
import type { GetContractResult } from '../../src/domain/contracts/get-contract.js';
import type { ListContractsResult } from '../../src/domain/contracts/list-contracts.js';
import { formatDate } from '../../src/domain/shared/format.js';
import { isLedgerlineError } from '../../src/errors.js';
import { callTool, openDemoBed, type DemoBed } from './support/demo-tool-context.js';

// Contract lookups as people ask them, on the demo enterprise (asked on 26 Nov 2026) plus a
// carrier added here whose name's first word is not the one people use.

const date = (iso: string) => new Date(`${iso}T00:00:00Z`);

describe('contract lookups', () => {
  let bed: DemoBed;
  beforeAll(async () => {
    bed = await openDemoBed();
    const prisma = bed.database.prisma;
    const carrier = await prisma.vendor.create({ data: { name: 'Northwind Bluewater Telecom', key: 'northwindbluewatertelecom' } });
    const contract = (
      externalId: string,
      name: string,
      startDate: string,
      endDate: string,
      autoRenew: boolean,
      noticeDays: number,
      vendorId = carrier.id,
    ) =>
      prisma.contract.create({
        data: {
          externalId,
          vendorId,
          name,
          startDate: date(startDate),
          endDate: date(endDate),
          autoRenew,
          noticeDays,
          committedAnnual: autoRenew ? '120000.00' : null,
        },
      });
    await contract('BW-2021', 'Bluewater Voice and Data Agreement', '2021-04-01', '2024-03-31', false, 60);
    // Auto-renews on 30 Mar 2027 unless notice 90 days before: the last day is 30 Dec 2026.
    await contract('BW-2024', 'Bluewater Voice and Data Agreement 2024', '2024-04-01', '2027-03-30', true, 90);
    // Ends on 1 Jan 2027 without renewal: the notice deadline is that day, outside "this year".
    const other = await prisma.vendor.create({ data: { name: 'Alpha Harbor Networks', key: 'alphaharbornetworks' } });
    await contract('AH-2025', 'Alpha Harbor fibre', '2025-01-02', '2027-01-01', false, 30, other.id);
    await prisma.vendor.create({ data: { name: 'Beta Harbor Fiber', key: 'betaharborfiber' } });
  }, 600_000);
  afterAll(async () => {
    await bed.database.close();
  });

  it('"<carrier> contract end date" no longer reads as "No active contracts found" when the contract ends later than the window', async () => {
    // What the offline planner sent for "Verizon contract end date?": the end-date window it
    // assumed (90 days) hid the one active contract, and the answer said none was active.
    const [verizon] = await bed.database.prisma.$queryRaw<Array<{ endDate: Date; externalId: string }>>`
      SELECT c."endDate", c."externalId" FROM "Contract" c JOIN "Vendor" v ON v.id = c."vendorId" WHERE v.name = 'Verizon' AND c."endDate" >= ${date('2026-11-26')}`;
    const windowed = await callTool<ListContractsResult>('list_contracts', { vendors: ['Verizon'], endingWithinDays: 90 }, bed.context());
    const text = presentAnswer({
      question: 'Verizon contract end date?',
      calls: [{ tool: 'list_contracts', arguments: {}, result: windowed }],
    }).text;
    expect(text).not.toBe('No active contracts found.');
    expect(text).toContain('No active contracts with Verizon ending in the next 90 days');
    expect(text).toContain(`ends ${formatDate(verizon!.endDate.toISOString())}: ${verizon!.externalId}`);

    const result = await callTool<GetContractResult>('get_contract', { vendor: 'verizon' }, bed.context());
    expect(result.contracts[0]).toMatchObject({
      contractId: verizon!.externalId,
      status: 'active',
      endDate: verizon!.endDate.toISOString().slice(0, 10),
    });
  });

  it('finds a carrier by a distinctive word of its name and leads with its active contract and notice deadline', async () => {
    const [expected] = await bed.database.prisma.$queryRaw<Array<{ externalId: string; endDate: Date; deadline: Date }>>`
      SELECT c."externalId", c."endDate", CASE WHEN c."autoRenew" THEN c."endDate" - c."noticeDays" ELSE c."endDate" END AS deadline
      FROM "Contract" c JOIN "Vendor" v ON v.id = c."vendorId"
      WHERE v.name = 'Northwind Bluewater Telecom' AND c."startDate" <= ${date('2026-11-26')} AND c."endDate" >= ${date('2026-11-26')}`;
    const result = await callTool<GetContractResult>('get_contract', { vendor: 'bluewater' }, bed.context());
    expect(result.filters.vendor).toBe('Northwind Bluewater Telecom');
    expect(result.contracts.map((contract) => [contract.contractId, contract.status])).toEqual([
      [expected!.externalId, 'active'],
      ['BW-2021', 'expired'],
    ]);
    expect(result.contracts[0]!.noticeDeadline).toBe(expected!.deadline.toISOString().slice(0, 10));
    expect(result.contracts[0]!.noticeDeadline).toBe('2026-12-30');

    const answer = presentAnswer({ question: 'bluewater contract end date?', calls: [{ tool: 'get_contract', arguments: {}, result }] });
    expect(answer.text.split('\n')[0]).toBe(
      'BW-2024 Northwind Bluewater Telecom — Bluewater Voice and Data Agreement 2024 (active): ends 30 Mar 2027 (in 124 days).',
    );
    expect(answer.text).toContain(
      'Notice deadline 30 Dec 2026 (in 34 days): it auto-renews unless notice is given 90 days before the end.',
    );
    expect(answer.text).toContain('Commitment: USD 120,000.00 a year.');
    expect(answer.text).toContain('BW-2021 — Bluewater Voice and Data Agreement: expired, ended 31 Mar 2024');
    expect(answer.facts.slice(0, 3).map((fact) => [fact.label, fact.raw ?? fact.value])).toEqual([
      ['End date', '2027-03-30'],
      ['Notice deadline', '2026-12-30'],
      ['Auto-renews', 'yes'],
    ]);
  });

  it('finds a contract by id, by words of its name, and by a vendor word given as the contract', async () => {
    const byId = await callTool<GetContractResult>('get_contract', { contract: 'bw-2021' }, bed.context());
    expect(byId.contracts.map((contract) => contract.contractId)).toEqual(['BW-2021']);
    const byWords = await callTool<GetContractResult>('get_contract', { contract: 'voice data agreement 2024' }, bed.context());
    expect(byWords.contracts.map((contract) => contract.contractId)).toEqual(['BW-2024']);
    const byVendorWord = await callTool<GetContractResult>('get_contract', { contract: 'northwind' }, bed.context());
    expect(byVendorWord.contracts[0]?.contractId).toBe('BW-2024');
  });

  it('asks which vendor when a word names two, and says when a name matches none', async () => {
    const failure = async (vendor: string) => {
      try {
        await callTool('get_contract', { vendor }, bed.context());
      } catch (error) {
        if (isLedgerlineError(error)) return { code: error.code, details: error.details };
        throw error;
      }
      throw new Error('expected a refusal');
    };
    expect(await failure('harbor')).toEqual({ code: 'AMBIGUOUS', details: { choices: ['Alpha Harbor Networks', 'Beta Harbor Fiber'] } });
    expect((await failure('telecom')).code).toBe('NOT_FOUND');
  });

  it('"notice deadlines this year" = through next January 1: late December in, January out', async () => {
    const expected = await bed.database.prisma.$queryRaw<Array<{ externalId: string }>>`
      SELECT "externalId" FROM "Contract"
      WHERE (CASE WHEN "autoRenew" THEN "endDate" - "noticeDays" ELSE "endDate" END) >= ${date('2026-11-26')}
        AND (CASE WHEN "autoRenew" THEN "endDate" - "noticeDays" ELSE "endDate" END) < ${date('2027-01-01')}
      ORDER BY (CASE WHEN "autoRenew" THEN "endDate" - "noticeDays" ELSE "endDate" END), "externalId"`;
    const result = await callTool<FindNoticeDeadlinesResult>('find_notice_deadlines', { through: '2027-01-01' }, bed.context());
    expect(result.contracts.map((contract) => contract.contractId)).toEqual(expected.map((row) => row.externalId));
    expect(result.contracts.map((contract) => contract.contractId)).toContain('BW-2024');
    expect(result.contracts.map((contract) => contract.contractId)).not.toContain('AH-2025');
    const answer = presentAnswer({
      question: 'renewal decisions due this year?',
      calls: [{ tool: 'find_notice_deadlines', arguments: {}, result }],
    });
    expect(answer.text.split('\n')[0]).toBe(`${expected.length} contracts with a notice deadline before 1 January 2027:`);
    expect(answer.text).not.toContain('365');
    expect(answer.text).toContain('30 Dec 2026 (in 34 days): BW-2024');
    await expect(callTool('find_notice_deadlines', { through: '2027-01-01', withinDays: 30 }, bed.context())).rejects.toThrow('not both');
    const carrierOnly = await callTool<FindNoticeDeadlinesResult>(
      'find_notice_deadlines',
      { through: '2027-01-01', vendors: ['bluewater'] },
      bed.context(),
    );
    expect(carrierOnly.contracts.map((contract) => [contract.contractId, contract.noticeDeadline])).toEqual([['BW-2024', '2026-12-30']]);
  });

  it('"contracts ending this year" = end dates before next January 1', async () => {
    const expected = await bed.database.prisma.$queryRaw<Array<{ externalId: string }>>`
      SELECT "externalId" FROM "Contract" WHERE "endDate" >= ${date('2026-11-26')} AND "endDate" < ${date('2027-01-01')} ORDER BY "endDate", "externalId"`;
    const result = await callTool<ListContractsResult>('list_contracts', { through: '2027-01-01' }, bed.context());
    expect(result.contracts.map((contract) => contract.contractId)).toEqual(expected.map((row) => row.externalId));
    expect(result.contracts.map((contract) => contract.contractId)).not.toContain('AH-2025');
    const answer = presentAnswer({ question: 'contracts ending this year', calls: [{ tool: 'list_contracts', arguments: {}, result }] });
    expect(answer.text.split('\n')[0]).toBe(
      `${expected.length} active ${expected.length === 1 ? 'contract' : 'contracts'} ending before 1 January 2027:`,
    );
  });
});
