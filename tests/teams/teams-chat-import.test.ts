import { mkdtemp, readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createAssistant } from '../../src/assistant/create-assistant.js';
import type { Database } from '../../src/db/open-database.js';
import { silentLogger } from '../../src/logger.js';
import type { RecordedActivity } from '../support/fake-teams-connector.js';
import { openTestDatabase } from '../support/test-database.js';
import { checkAdaptiveCard } from './check-adaptive-card.js';
import type { TeamsTestbed } from './teams-testbed.js';
import { loadActivity, openTeamsTestbed } from './teams-testbed.js';

// A file attached in a personal Teams chat, end to end: real-shaped activities posted to the
// running /api/messages (the Agents SDK adapter), the file served as Teams' pre-authenticated
// download URL by a local server, the card's Action.Submit buttons posted back, and the card
// replaced in place through the fake connector.

const here = path.dirname(fileURLToPath(import.meta.url));
const now = () => new Date('2026-11-26T12:00:00Z');
const adminAad = '6f1a0c2e-0000-4000-8000-00000000a001';
const viewerAad = '6f1a0c2e-0000-4000-8000-00000000b002';

let database: Database;
let testbed: TeamsTestbed;
let fileServer: Server;
let fileServerUrl = '';
const served = new Map<string, Buffer>();
const downloads: string[] = [];

beforeAll(async () => {
  database = await openTestDatabase();
  await database.prisma.user.createMany({
    data: [
      { email: 'ana@example.com', name: 'Ana Admin', role: 'admin', costCenters: ['*'], teamsUserId: adminAad },
      { email: 'val@example.com', name: 'Val Viewer', role: 'viewer', costCenters: [], teamsUserId: viewerAad },
    ],
  });
  fileServer = createServer((request, response) => {
    const pathname = new URL(request.url ?? '/', 'http://localhost').pathname;
    downloads.push(pathname);
    const content = served.get(pathname);
    if (!content) response.writeHead(404).end();
    else response.writeHead(200, { 'content-type': 'application/octet-stream' }).end(content);
  });
  await new Promise<void>((resolve) => fileServer.listen(0, '127.0.0.1', resolve));
  fileServerUrl = `http://127.0.0.1:${(fileServer.address() as AddressInfo).port}`;
  const folder = await mkdtemp(path.join(tmpdir(), 'ledgerline-teams-chat-imports-'));
  testbed = await openTeamsTestbed({
    database,
    now,
    assistant: createAssistant({ prisma: database.prisma, now, logger: silentLogger }),
    fileImports: {
      costCenterTagKeys: ['cost-center'],
      database,
      chatImports: { folder, importRoles: [], maximumBytes: 10 * 1024 * 1024, progressEveryMs: 0 },
    },
  });
});

afterAll(async () => {
  await testbed?.close();
  fileServer?.closeAllConnections();
  await new Promise<void>((resolve) => fileServer?.close(() => resolve()));
  await database?.close();
});

beforeEach(() => {
  testbed.connector.activities.length = 0;
  testbed.connector.updates.length = 0;
  downloads.length = 0;
});

/** A personal-chat message carrying a file, as Teams sends it when the manifest has supportsFiles. */
function fileMessage(input: { name: string; uniqueId: string; from: string; id?: string }) {
  return loadActivity('botbuilder-js_teams_message_personal', testbed.connector.serviceUrl, {
    id: input.id ?? `file-${input.uniqueId}`,
    text: '',
    from: { id: `29:${input.from}`, name: 'Someone', aadObjectId: input.from },
    attachments: [
      {
        contentType: 'application/vnd.microsoft.teams.file.download.info',
        contentUrl: `https://contoso-my.sharepoint.com/personal/files/${input.name}`,
        name: input.name,
        content: {
          downloadUrl: `${fileServerUrl}/download/${input.uniqueId}`,
          uniqueId: input.uniqueId,
          fileType: path.extname(input.name).slice(1),
        },
      },
    ],
  });
}

/** Pressing an Action.Submit button on the card the bot posted as `cardId`: Teams sends its data as the message's value. */
function press(data: Record<string, unknown>, cardId: string) {
  return loadActivity('botbuilder-js_teams_message_personal', testbed.connector.serviceUrl, {
    id: `press-${Math.random().toString(16).slice(2)}`,
    text: '',
    replyToId: cardId,
    value: data,
    from: { id: '29:admin', name: 'Ana Admin', aadObjectId: adminAad },
  });
}

function cardOf(recorded: RecordedActivity | undefined): {
  body: Array<{ text?: string }>;
  actions?: Array<{ type: string; title: string; data: Record<string, unknown> }>;
} {
  const attachments = recorded?.activity.attachments as Array<{ contentType: string; content: Record<string, unknown> }> | undefined;
  expect(attachments?.[0]?.contentType).toBe('application/vnd.microsoft.card.adaptive');
  const card = attachments?.[0]?.content ?? {};
  expect(checkAdaptiveCard(card)).toEqual([]);
  return card as ReturnType<typeof cardOf>;
}
const textsOf = (card: ReturnType<typeof cardOf>) => card.body.map((block) => block.text ?? '');

const counts = async () => ({ invoices: await database.prisma.invoice.count(), lines: await database.prisma.invoiceLine.count() });

describe('files attached in a personal Teams chat', () => {
  it('confirms an EDI 811 bill on a card, imports it once for a repeated message and two presses, and replaces the card with the summary', async () => {
    served.set('/download/bill-1', await readFile(path.resolve(here, '../fixtures/edi811/wireline-circuits.x12')));
    const before = await counts();
    expect((await testbed.post(fileMessage({ name: 'keystone.x12', uniqueId: 'bill-1', from: adminAad }))).status).toBe(200);
    const [offered] = await testbed.connector.waitForActivities(1);
    const offer = cardOf(offered);
    expect(textsOf(offer)).toEqual([
      'Import 9 invoice charges (EDI 811) from Keystone Telecom, Oct 2026?',
      'keystone.x12, read as an EDI 811 bill.',
      '2 invoices, USD 3,415.71 in all.',
      'No invoice in it is in the ledger yet: nothing is replaced.',
    ]);
    expect(offer.actions?.map((action) => `${action.type} ${action.title}`)).toEqual(['Action.Submit Import', 'Action.Submit Cancel']);
    expect(downloads).toEqual(['/download/bill-1']);

    // Teams delivers the same message again: no second card, no second download.
    await testbed.post(fileMessage({ name: 'keystone.x12', uniqueId: 'bill-1', from: adminAad }));
    expect(testbed.connector.activities).toHaveLength(1);
    expect(downloads).toHaveLength(1);

    const cardId = 'activity-1';
    const importData = offer.actions?.find((action) => action.title === 'Import')?.data ?? {};
    const presses = await Promise.all([testbed.post(press(importData, cardId)), testbed.post(press(importData, cardId))]);
    expect(presses.map((response) => response.status)).toEqual([200, 200]);

    // The wireline fixture by hand: two invoices, nine charges, USD 3,415.71.
    expect(await counts()).toEqual({ invoices: before.invoices + 2, lines: before.lines + 9 });
    const updates = testbed.connector.updates.filter((update) => update.replyToId === cardId).map((update) => cardOf(update));
    expect(textsOf(updates[0]!)[0]).toBe('Importing keystone.x12…');
    const summaries = updates.filter((card) => textsOf(card)[0]?.startsWith('Imported'));
    expect(summaries).toHaveLength(1);
    expect(updates.at(-1)).toEqual(summaries[0]);
    expect(textsOf(summaries[0]!)).toEqual(
      expect.arrayContaining([
        'Imported keystone.x12: 9 invoice charges (EDI 811).',
        'Keystone Telecom, Oct 2026: 2 invoices, 9 lines, USD 3,415.71',
        expect.stringMatching(/^Audit: \d+ findings? on 2 invoices/),
      ]),
    );
    expect(summaries[0]?.actions).toBeUndefined();
    expect(testbed.connector.activities).toHaveLength(1);
  });

  it('cancels a waiting file: the card says so and nothing is imported', async () => {
    served.set('/download/csv-1', await readFile(path.resolve(here, '../fixtures/ingest/invoices.csv')));
    const before = await counts();
    await testbed.post(fileMessage({ name: 'invoices.csv', uniqueId: 'csv-1', from: adminAad }));
    const [offered] = await testbed.connector.waitForActivities(1);
    const offer = cardOf(offered);
    expect(textsOf(offer)[0]).toBe('Import 6 invoice lines from AT&T and Verizon Wireless, Jan 2025?');
    await testbed.post(press(offer.actions?.find((action) => action.title === 'Cancel')?.data ?? {}, 'activity-1'));
    await testbed.post(press(offer.actions?.find((action) => action.title === 'Import')?.data ?? {}, 'activity-1'));
    expect(testbed.connector.updates.map((update) => textsOf(cardOf(update))[0])).toEqual(['Cancelled: invoices.csv was not imported.']);
    expect(await counts()).toEqual(before);
  });

  it('refuses a viewer in words without downloading the file', async () => {
    served.set('/download/csv-2', await readFile(path.resolve(here, '../fixtures/ingest/invoices.csv')));
    const chatImports = await database.prisma.chatImport.count();
    await testbed.post(fileMessage({ name: 'invoices.csv', uniqueId: 'csv-2', from: viewerAad }));
    const [refusal] = await testbed.connector.waitForActivities(1);
    expect(refusal?.activity.text).toBe(
      'Only admins can import files into Ledgerline, so I did not read this one — ask an admin (Ana Admin) to import it, or for the right to import. Your e-mail is val@example.com.',
    );
    expect(downloads).toEqual([]);
    expect(await database.prisma.chatImport.count()).toBe(chatImports);
  });
});
