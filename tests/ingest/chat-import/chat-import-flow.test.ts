import { access, mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ChatImportDeps } from '../../../src/domain/ingest/chat-import/chat-import-deps.js';
import { describeResult } from '../../../src/domain/ingest/chat-import/describe-chat-import.js';
import { findInvoicesToReplace } from '../../../src/domain/ingest/chat-import/find-invoices-to-replace.js';
import type { ChatFile } from '../../../src/domain/ingest/chat-import/receive-chat-file.js';
import { receiveChatFile } from '../../../src/domain/ingest/chat-import/receive-chat-file.js';
import { cancelChatImport, runChatImport } from '../../../src/domain/ingest/chat-import/run-chat-import.js';
import type { Viewer } from '../../../src/domain/shared/viewer.js';
import { fixture, openIngestTest, type IngestTest } from '../ingest-test-support.js';

// The chat import's steps on the database (both engines): a file is recorded once, confirmed,
// imported once through importFile, and summarized from the ledger — or refused, with nothing written.

let test: IngestTest;
let deps: ChatImportDeps;
const admin: Viewer = { userId: 1, displayName: 'Ana Admin', role: 'admin', costCenterScope: '*' };
const viewer: Viewer = {
  displayName: 'Val Viewer',
  role: 'viewer',
  costCenterScope: [],
  identity: { platform: 'slack', userId: 'U0VIEWER' },
};

beforeAll(async () => {
  test = await openIngestTest();
  const folder = await mkdtemp(path.join(tmpdir(), 'ledgerline-chat-imports-'));
  deps = { ...test.deps, chatImports: { folder, importRoles: [], maximumBytes: 1024 * 1024, progressEveryMs: 0 } };
  await test.database.prisma.user.create({ data: { email: 'ana@example.com', name: 'Ana Admin', role: 'admin', costCenters: ['*'] } });
});

afterAll(async () => {
  await test?.database.close();
});

let sequence = 0;
/** A file as a chat platform would hand it over: its id, its name, and a download of its bytes. */
function chatFile(content: string | Buffer, fileName: string, fileKey = `slack:F${(sequence += 1)}`): ChatFile & { downloads: number } {
  const file = {
    platform: 'slack' as const,
    conversationId: 'D1',
    userId: 'U1',
    fileKey,
    fileName,
    downloads: 0,
    download: async () => {
      file.downloads += 1;
      const bytes = Buffer.from(content);
      // Two chunks, as a network stream delivers them.
      return (async function* () {
        yield bytes.subarray(0, 10);
        yield bytes.subarray(10);
      })();
    },
  };
  return file;
}

const counts = async () => ({
  invoices: await test.database.prisma.invoice.count(),
  lines: await test.database.prisma.invoiceLine.count(),
  batches: await test.database.prisma.importBatch.count(),
});

describe('chat import', () => {
  it('refuses a viewer in words naming the admins, and writes nothing', async () => {
    const file = chatFile(await readFile(fixture('invoices.csv')), 'invoices.csv');
    const received = await receiveChatFile({ file, viewer }, deps);
    expect(received).toEqual({
      outcome: 'refused',
      text: 'Only admins can import files into Ledgerline, so I did not read this one — ask an admin (Ana Admin) to import it, or for the right to import. Your Slack id is U0VIEWER.',
    });
    expect(file.downloads).toBe(0);
    expect(await test.database.prisma.chatImport.count()).toBe(0);
    // A role the configuration names may import.
    const approvers = { ...deps, chatImports: { ...deps.chatImports, importRoles: ['approver' as const] } };
    const approver = await receiveChatFile(
      { file: chatFile('date,note\n1,2\n', 'notes.csv'), viewer: { ...viewer, role: 'approver' } },
      approvers,
    );
    expect(approver.outcome).toBe('discarded');
    // Someone who is an admin only because the database holds just the demo may not.
    expect((await receiveChatFile({ file: chatFile('x', 'x.csv'), viewer: { ...admin, isDemoAccess: true } }, deps)).outcome).toBe(
      'refused',
    );
  });

  it('offers, imports once for two clicks at once, and summarizes from the ledger; a retried event does nothing', async () => {
    const before = await counts();
    const file = chatFile(await readFile(fixture('invoices.csv')), 'invoices.csv', 'slack:FINVOICES');
    const received = await receiveChatFile({ file, viewer: admin }, deps);
    if (received.outcome !== 'offered') throw new Error(`expected an offer, got ${JSON.stringify(received)}`);
    expect(received.offer.preview).toMatchObject({ kind: 'invoices', rows: 6, invoiceCount: 2 });
    expect(await counts()).toEqual(before);

    // The same file announced again (a retried event, Slack's second event for one file).
    expect(await receiveChatFile({ file, viewer: admin }, deps)).toEqual({ outcome: 'repeated' });
    expect(file.downloads).toBe(1);

    const progress: number[] = [];
    const [first, second] = await Promise.all([
      runChatImport(
        { chatImportId: received.offer.chatImportId, viewer: admin, onProgress: async (step) => void progress.push(step.rowsRead) },
        deps,
      ),
      runChatImport({ chatImportId: received.offer.chatImportId, viewer: admin }, deps),
    ]);
    const outcomes = [first.outcome, second.outcome].sort();
    expect(outcomes).toEqual(['finished', 'taken']);
    const finished = first.outcome === 'finished' ? first : second;
    if (finished.outcome !== 'finished') throw new Error('unreachable');
    expect(await counts()).toEqual({ invoices: before.invoices + 2, lines: before.lines + 6, batches: before.batches + 1 });
    // Read back from the ledger: "Verizon Wireless" is the vendor the ledger knows as Verizon.
    expect(finished.result.invoices?.totals).toEqual([
      { vendor: 'AT&T', month: '2025-01', currency: 'USD', invoices: 1, lines: 4, amount: '1249.73' },
      { vendor: 'Verizon', month: '2025-01', currency: 'USD', invoices: 1, lines: 2, amount: '57.05' },
    ]);
    const words = describeResult(finished.result);
    expect(words.title).toBe('Imported invoices.csv: 6 invoice lines.');
    expect(words.lines.slice(0, 2)).toEqual([
      'AT&T, Jan 2025: 1 invoice, 4 lines, USD 1,249.73',
      'Verizon, Jan 2025: 1 invoice, 2 lines, USD 57.05',
    ]);
    expect(words.lines[2]).toMatch(/^Audit: /);
    expect(progress.length).toBeGreaterThan(0);
    expect((await test.database.prisma.chatImport.findUniqueOrThrow({ where: { id: received.offer.chatImportId } })).state).toBe(
      'imported',
    );
    // The download is gone once imported; a third click and a late Cancel change nothing.
    await expect(access(path.join(deps.chatImports.folder, 'slack_FINVOICES'))).rejects.toThrow();
    expect(await runChatImport({ chatImportId: received.offer.chatImportId, viewer: admin }, deps)).toEqual({
      outcome: 'taken',
      state: 'imported',
    });
    expect(await cancelChatImport({ chatImportId: received.offer.chatImportId }, deps)).toEqual({ isCancelled: false });
    expect(await counts()).toEqual({ invoices: before.invoices + 2, lines: before.lines + 6, batches: before.batches + 1 });
  });

  it('names the invoices a corrected file replaces (vendor by alias), and their figures before and after', async () => {
    expect(
      await findInvoicesToReplace(
        [
          { vendor: 'ATT', invoiceNumber: 'INV-1001' },
          { vendor: 'Lumen', invoiceNumber: 'INV-1001' },
        ],
        deps,
      ),
    ).toEqual([{ vendorId: expect.any(Number), vendorName: 'AT&T', invoiceNumber: 'INV-1001', currency: 'USD', total: '1249.73' }]);
    const received = await receiveChatFile(
      { file: chatFile(await readFile(fixture('invoices-corrected.csv')), 'invoices-corrected.csv'), viewer: admin },
      deps,
    );
    if (received.outcome !== 'offered') throw new Error(`expected an offer, got ${JSON.stringify(received)}`);
    expect(received.offer.replaced.map((invoice) => `${invoice.vendorName} ${invoice.invoiceNumber} ${invoice.total}`)).toEqual([
      'AT&T INV-1001 1249.73',
    ]);
    const run = await runChatImport({ chatImportId: received.offer.chatImportId, viewer: admin }, deps);
    if (run.outcome !== 'finished') throw new Error(`expected an import, got ${JSON.stringify(run)}`);
    // invoices-corrected.csv: 1100.00 + 55.00.
    expect(run.result.invoices?.replaced).toEqual([
      { vendor: 'AT&T', invoiceNumber: 'INV-1001', currency: 'USD', before: '1249.73', after: '1155.00' },
    ]);
    expect(describeResult(run.result).lines).toContain('Replaced AT&T INV-1001: USD 1,249.73 before, USD 1,155.00 now.');
  });

  it('rejects a file with bad rows whole: the first 20 problems in words, all of them in the report', async () => {
    const header =
      'invoice_number,vendor,account,invoice_date,period_start,period_end,identifier,charge_type,description,quantity,unit_price,amount,currency';
    const rows = Array.from(
      { length: 25 },
      (_, index) => `R-${index},Alpha,A-1,2026-02-05,2026-01-01,2026-01-31,L-${index},recurring,Plan,1,10.00,ten${index},USD`,
    );
    const before = await counts();
    const received = await receiveChatFile({ file: chatFile([header, ...rows].join('\n') + '\n', 'bad.csv'), viewer: admin }, deps);
    if (received.outcome !== 'offered') throw new Error(`expected an offer, got ${JSON.stringify(received)}`);
    const run = await runChatImport({ chatImportId: received.offer.chatImportId, viewer: admin }, deps);
    if (run.outcome !== 'finished') throw new Error(`expected a result, got ${JSON.stringify(run)}`);
    expect(run.result.status).toBe('rejected');
    expect(await counts()).toEqual(before);
    const words = describeResult(run.result);
    expect(words.title).toBe('Rejected bad.csv: nothing was written — 25 rows have problems.');
    const problemLines = words.lines.filter((line) => line.startsWith('line '));
    expect(problemLines).toHaveLength(20);
    expect(problemLines[0]).toMatch(/^line 2, amount "ten0": /);
    expect(words.lines).toContain('… and 5 more in the attached report.');
    expect(words.report?.fileName).toBe('bad.csv.problems.txt');
    expect(words.report?.text.split('\n').filter((line) => line.startsWith('line '))).toHaveLength(25);
    expect(words.report?.text).toContain('line 26, amount "ten24"');
  });

  it('discards what it cannot import, saying why: an unknown kind, a file over the size limit', async () => {
    const unknown = await receiveChatFile({ file: chatFile('date,note\n2026-01-01,hello\n', 'notes.csv'), viewer: admin }, deps);
    expect(unknown).toEqual({
      outcome: 'discarded',
      text: expect.stringContaining('I did not import notes.csv: Its header (date,note) matches no import kind'),
    });
    const big = await receiveChatFile({ file: chatFile(Buffer.alloc(2 * 1024 * 1024, 'a'), 'big.csv'), viewer: admin }, deps);
    expect(big).toEqual({
      outcome: 'discarded',
      text: 'I did not import big.csv: The file is larger than 1.0 MB, the most I import from chat. Import it with `ledgerline import` instead.',
    });
    const states = await test.database.prisma.chatImport.findMany({
      where: { fileName: { in: ['notes.csv', 'big.csv'] } },
      select: { state: true },
    });
    expect(states.map((row) => row.state)).toEqual(['discarded', 'discarded', 'discarded']);
  });

  it('cancels a waiting file: nothing imported, and Import afterwards does nothing', async () => {
    const before = await counts();
    const received = await receiveChatFile({ file: chatFile(await readFile(fixture('invoices.csv')), 'again.csv'), viewer: admin }, deps);
    if (received.outcome !== 'offered') throw new Error('expected an offer');
    expect(await cancelChatImport({ chatImportId: received.offer.chatImportId }, deps)).toEqual({
      isCancelled: true,
      fileName: 'again.csv',
    });
    expect(await runChatImport({ chatImportId: received.offer.chatImportId, viewer: admin }, deps)).toEqual({
      outcome: 'taken',
      state: 'cancelled',
    });
    expect(await counts()).toEqual(before);
  });
});
