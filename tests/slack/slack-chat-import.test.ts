import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createAssistant } from '../../src/assistant/create-assistant.js';
import { checkSlackLimits } from '../../src/bot/slack/check-slack-limits.js';
import type { Database } from '../../src/db/open-database.js';
import type { RecordedCall } from '../../scripts/support/fake-slack-api.js';
import { openTestDatabase } from '../support/test-database.js';
import type { CapturedButton, SlackTestbed } from './support/slack-testbed.js';
import { buttonClickRequest, buttonsOf, fileShareRequest, startSlackTestbed, textOf } from './support/slack-testbed.js';

// Files dropped in a DM with Ledgerline, end to end: real Bolt over signed HTTP, the file served
// by the local Slack (downloaded with the bot token), the import into the test database, and
// every message the person reads. Figures are the fixtures' own, added up by hand.

const here = path.dirname(fileURLToPath(import.meta.url));
const fixture = (folder: string, name: string) => readFile(path.resolve(here, '../fixtures', folder, name));

const now = () => new Date('2026-11-26T12:00:00Z');
const adminId = 'U0ADMIN01';
const viewerId = 'U0VIEWER1';
const dm = 'D0CHAT01';

let database: Database;
let slack: SlackTestbed;

beforeAll(async () => {
  database = await openTestDatabase();
  await database.prisma.user.createMany({
    data: [
      { email: 'ana@example.com', name: 'Ana Admin', role: 'admin', costCenters: ['*'], slackUserId: adminId },
      { email: 'val@example.com', name: 'Val Viewer', role: 'viewer', costCenters: [], slackUserId: viewerId },
    ],
  });
  const folder = await mkdtemp(path.join(tmpdir(), 'ledgerline-slack-chat-imports-'));
  slack = await startSlackTestbed({
    database,
    now,
    assistant: ({ logger }) => createAssistant({ prisma: database.prisma, now, logger }),
    fileImports: {
      costCenterTagKeys: ['cost-center'],
      database,
      // Every progress step shown, so a small file shows one too.
      chatImports: { folder, importRoles: [], maximumBytes: 10 * 1024 * 1024, progressEveryMs: 0 },
    },
  });
});

afterAll(async () => {
  await slack?.close();
  await database?.close();
});

afterEach(() => {
  for (const call of slack.fake.calls.filter((recorded) => recorded.method === 'chat.postMessage' || recorded.method === 'chat.update')) {
    expect(
      checkSlackLimits(call.body.blocks, { surface: 'message', text: call.body.text }),
      JSON.stringify(call.body).slice(0, 200),
    ).toEqual([]);
  }
  slack.fake.clear();
});

const posts = (calls: RecordedCall[]) => calls.filter((call) => call.method === 'chat.postMessage' && call.body.channel === dm);
const updatesOf = (calls: RecordedCall[], ts: unknown) => calls.filter((call) => call.method === 'chat.update' && call.body.ts === ts);
const counts = async () => ({
  invoices: await database.prisma.invoice.count(),
  lines: await database.prisma.invoiceLine.count(),
  batches: await database.prisma.importBatch.count({ where: { status: 'completed' } }),
});

let sequence = 0;
/** Drops a file in the DM as `user` and returns the message Ledgerline posted for it. */
async function dropFile(input: { name: string; content: Buffer | string; user?: string; eventId?: string; fileId?: string }) {
  const fileId = input.fileId ?? `F0FILE${(sequence += 1)}`;
  const { url_private_download } = slack.fake.addFile({ id: fileId, name: input.name, content: input.content });
  const request = fileShareRequest({
    eventId: input.eventId ?? `Ev-file-${fileId}`,
    file: { id: fileId, name: input.name, url_private_download },
    user: input.user ?? adminId,
    channel: dm,
  });
  const sent = await slack.send(request);
  expect(sent.status).toBe(200);
  const before = posts(slack.fake.calls).length;
  await slack.fake.waitFor((calls) => posts(calls).length > before);
  const post = posts(slack.fake.calls).at(-1);
  return { post, request, fileId, ts: post?.response?.ts };
}

const click = (button: CapturedButton | undefined, ts: unknown, user = adminId) => {
  if (!button) throw new Error('no such button');
  return slack.send(buttonClickRequest({ button, responseUrl: slack.fake.responseUrl('click'), user, channel: dm, messageTs: String(ts) }));
};
const buttonNamed = (blocks: unknown, name: string) => buttonsOf(blocks).find((button) => button.text.text === name);

describe('files dropped in a Slack DM', () => {
  it('asks to confirm an EDI 811 bill, imports it once for a retried event and a double click, and summarizes it', async () => {
    const bill = await fixture('edi811', 'wireline-circuits.x12');
    const before = await counts();
    const dropped = await dropFile({ name: 'keystone-october.x12', content: bill, fileId: 'F0BILL' });

    // The download used the bot token; nothing is imported before Import is pressed.
    expect(slack.fake.callsTo('file_download').map((call) => call.body.authorization)).toEqual(['Bearer xoxb-test']);
    expect(dropped.post?.body.text).toBe('Import 9 invoice charges (EDI 811) from Keystone Telecom, Oct 2026?');
    const offer = textOf(dropped.post?.body.blocks);
    expect(offer).toContain('keystone-october.x12, read as an EDI 811 bill.');
    expect(offer).toContain('2 invoices, USD 3,415.71 in all.');
    expect(buttonsOf(dropped.post?.body.blocks).map((button) => button.text.text)).toEqual(['Import', 'Cancel']);
    expect(await counts()).toEqual(before);

    // Slack's retry of the event, and a second event for the same file: no second message, no second download.
    await slack.send(dropped.request, { retryNum: 1 });
    await slack.send(
      fileShareRequest({
        eventId: 'Ev-file-again',
        file: { id: 'F0BILL', name: 'keystone-october.x12', url_private_download: 'http://127.0.0.1:1/unused' },
        user: adminId,
        channel: dm,
      }),
    );
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(posts(slack.fake.calls)).toHaveLength(1);
    expect(slack.fake.callsTo('file_download')).toHaveLength(1);

    // Two presses of Import at once.
    const importButton = buttonNamed(dropped.post?.body.blocks, 'Import');
    await Promise.all([click(importButton, dropped.ts), click(importButton, dropped.ts)]);
    await slack.fake.waitFor((calls) => updatesOf(calls, dropped.ts).some((call) => String(call.body.text).startsWith('Imported')));
    await new Promise((resolve) => setTimeout(resolve, 300));

    // The wireline fixture by hand: two invoices, nine charges, USD 3,415.71.
    expect(await counts()).toEqual({ invoices: before.invoices + 2, lines: before.lines + 9, batches: before.batches + 1 });
    const updates = updatesOf(slack.fake.calls, dropped.ts);
    expect(updates[0]?.body.text).toBe('Importing keystone-october.x12…');
    const summaries = updates.filter((call) => String(call.body.text).startsWith('Imported'));
    expect(summaries).toHaveLength(1);
    expect(updates.at(-1)).toBe(summaries[0]);
    const summary = textOf(summaries[0]?.body.blocks);
    expect(summaries[0]?.body.text).toBe('Imported keystone-october.x12: 9 invoice charges (EDI 811).');
    expect(summary).toContain('Keystone Telecom, Oct 2026: 2 invoices, 9 lines, USD 3,415.71');
    // The audit ran on the new invoices: none of their circuits is in the (empty) inventory.
    expect(summary).toMatch(/Audit: \d+ findings? on 2 invoices/);
    expect(summary).toContain('Keystone Telecom KT-88120-2610:');
    expect(await database.prisma.dispute.count({ where: { invoiceNumber: { in: ['KT-88120-2610', 'KT-88455-2610'] } } })).toBe(2);
    expect(buttonsOf(summaries[0]?.body.blocks)).toEqual([]);
  });

  it('cancels a waiting file, then imports a CSV and names the invoice a corrected file replaces', async () => {
    const invoices = await fixture('ingest', 'invoices.csv');
    const before = await counts();
    const cancelled = await dropFile({ name: 'invoices.csv', content: invoices });
    expect(cancelled.post?.body.text).toBe('Import 6 invoice lines from AT&T and Verizon Wireless, Jan 2025?');
    await click(buttonNamed(cancelled.post?.body.blocks, 'Cancel'), cancelled.ts);
    await slack.fake.waitFor((calls) => updatesOf(calls, cancelled.ts).length === 1);
    expect(updatesOf(slack.fake.calls, cancelled.ts)[0]?.body.text).toBe('Cancelled: invoices.csv was not imported.');
    // Import on the cancelled message (still on screen in another client) imports nothing.
    await click(buttonNamed(cancelled.post?.body.blocks, 'Import'), cancelled.ts);
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(updatesOf(slack.fake.calls, cancelled.ts)).toHaveLength(1);
    expect(await counts()).toEqual(before);

    const first = await dropFile({ name: 'invoices.csv', content: invoices });
    await click(buttonNamed(first.post?.body.blocks, 'Import'), first.ts);
    await slack.fake.waitFor((calls) => updatesOf(calls, first.ts).some((call) => String(call.body.text).startsWith('Imported')));
    const firstSummary = textOf(updatesOf(slack.fake.calls, first.ts).at(-1)?.body.blocks);
    // invoices.csv by hand: INV-1001 1250.50 + 38.20 + 61.0333 − 100.00; VZ-55 45.00 + 12.05 (the ledger calls the vendor Verizon).
    expect(firstSummary).toContain('AT&amp;T, Jan 2025: 1 invoice, 4 lines, USD 1,249.73');
    expect(firstSummary).toContain('Verizon, Jan 2025: 1 invoice, 2 lines, USD 57.05');

    const corrected = await dropFile({ name: 'invoices-corrected.csv', content: await fixture('ingest', 'invoices-corrected.csv') });
    expect(textOf(corrected.post?.body.blocks)).toContain('Replaces 1 invoice already in the ledger: AT&amp;T INV-1001 (USD 1,249.73).');
    await click(buttonNamed(corrected.post?.body.blocks, 'Import'), corrected.ts);
    await slack.fake.waitFor((calls) => updatesOf(calls, corrected.ts).some((call) => String(call.body.text).startsWith('Imported')));
    expect(textOf(updatesOf(slack.fake.calls, corrected.ts).at(-1)?.body.blocks)).toContain(
      'Replaced AT&amp;T INV-1001: USD 1,249.73 before, USD 1,155.00 now.',
    );
    const inv1001 = await database.prisma.invoice.findFirstOrThrow({ where: { invoiceNumber: 'INV-1001' } });
    expect(inv1001.total.toFixed(2)).toBe('1155.00');
  });

  it('refuses a viewer in words, without downloading or writing anything', async () => {
    const before = await counts();
    const chatImports = await database.prisma.chatImport.count();
    const dropped = await dropFile({ name: 'invoices.csv', content: await fixture('ingest', 'invoices.csv'), user: viewerId });
    expect(dropped.post?.body.text).toBe(
      'Only admins can import files into Ledgerline, so I did not read this one — ask an admin (Ana Admin) to import it, or for the right to import. Your Slack id is U0VIEWER1 and your e-mail is val@example.com.',
    );
    expect(buttonsOf(dropped.post?.body.blocks)).toEqual([]);
    expect(slack.fake.callsTo('file_download')).toEqual([]);
    expect(await database.prisma.chatImport.count()).toBe(chatImports);
    expect(await counts()).toEqual(before);
  });

  it('rejects a file with bad rows: the first 20 problems in the message, the full report uploaded as a file', async () => {
    const header =
      'invoice_number,vendor,account,invoice_date,period_start,period_end,identifier,charge_type,description,quantity,unit_price,amount,currency';
    const rows = Array.from(
      { length: 25 },
      (_, index) => `R-${index},Alpha,A-1,2026-02-05,2026-01-01,2026-01-31,L-${index},recurring,Plan,1,10.00,ten${index},USD`,
    );
    const before = await counts();
    const dropped = await dropFile({ name: 'bad.csv', content: [header, ...rows].join('\n') + '\n' });
    expect(dropped.post?.body.text).toBe('Import 25 invoice lines from Alpha, Jan 2026?');
    await click(buttonNamed(dropped.post?.body.blocks, 'Import'), dropped.ts);
    await slack.fake.waitFor((calls) => calls.some((call) => call.method === 'file_upload'));
    expect(await counts()).toEqual(before);

    const rejection = updatesOf(slack.fake.calls, dropped.ts).at(-1);
    expect(rejection?.body.text).toBe('Rejected bad.csv: nothing was written — 25 rows have problems.');
    const shown = textOf(rejection?.body.blocks).match(/• line \d+, amount/g) ?? [];
    expect(shown).toHaveLength(20);
    expect(textOf(rejection?.body.blocks)).toContain('… and 5 more in the attached report.');
    await slack.fake.waitFor((calls) => calls.some((call) => call.method === 'files.completeUploadExternal'));
    const upload = slack.fake.callsTo('file_upload')[0];
    const report = String(upload?.body.text);
    expect(report.match(/line \d+, amount "ten\d+"/g)).toHaveLength(25);
    expect(report).toContain('line 26, amount "ten24"');
    expect(JSON.stringify(slack.fake.callsTo('files.completeUploadExternal')[0]?.body)).toContain(dm);
  });

  it('says why it does not import a file of no known kind', async () => {
    const dropped = await dropFile({ name: 'notes.csv', content: 'date,note\n2026-01-01,call the carrier\n' });
    expect(dropped.post?.body.text).toContain('I did not import notes.csv: Its header (date,note) matches no import kind');
    expect(buttonsOf(dropped.post?.body.blocks)).toEqual([]);
  });
});
