import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { unzipSync } from 'fflate';
import { afterAll, describe, expect, it } from 'vitest';
import { buildTeamsPackage, run } from '../../src/cli/commands/teams-package.js';
import { loadConfig } from '../../src/config.js';
import { isLedgerlineError } from '../../src/errors.js';

const appId = '6c1f1a4e-3c1b-4a53-9c57-2b1b2b0c9d11';

function pngSize(bytes: Uint8Array): { width: number; height: number } {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  return { width: view.getUint32(16), height: view.getUint32(20) };
}

const outputDirectories: string[] = [];
afterAll(async () => {
  for (const directory of outputDirectories) await rm(directory, { recursive: true, force: true });
});

describe('teams-package', () => {
  it('writes a zip with the manifest and both icons at its root, the app id filled in', async () => {
    const directory = await mkdtemp(join(tmpdir(), 'ledgerline-teams-'));
    outputDirectories.push(directory);
    const out = join(directory, 'app.zip');
    expect(await run(['--app-id', appId, '--out', out], { config: loadConfig({}) })).toBe(0);

    const files = unzipSync(new Uint8Array(await readFile(out)));
    expect(Object.keys(files).sort()).toEqual(['color.png', 'manifest.json', 'outline.png']);
    const manifest = JSON.parse(new TextDecoder().decode(files['manifest.json'])) as {
      manifestVersion: string;
      id: string;
      version: string;
      icons: { color: string; outline: string };
      bots: Array<{ botId: string; scopes: string[]; commandLists: Array<{ commands: Array<{ title: string }> }> }>;
    };
    expect(manifest.manifestVersion).toBe('1.17');
    expect(manifest.id).toBe(appId);
    expect(manifest.version).toMatch(/^\d+\.\d+\.\d+$/);
    expect(manifest.bots[0]?.botId).toBe(appId);
    expect(manifest.bots[0]?.scopes).toEqual(['personal', 'team', 'groupChat']);
    // Teams rejects command titles longer than 32 characters.
    for (const command of manifest.bots[0]?.commandLists[0]?.commands ?? []) expect(command.title.length).toBeLessThanOrEqual(32);
    expect(JSON.stringify(manifest)).not.toContain('{{');
    expect(pngSize(files['color.png'] ?? new Uint8Array())).toEqual({ width: 192, height: 192 });
    expect(pngSize(files['outline.png'] ?? new Uint8Array())).toEqual({ width: 32, height: 32 });
  });

  it('refuses an app id that is not a GUID', async () => {
    const failure = await buildTeamsPackage({
      appId: 'my-bot',
      version: '1.0.0',
      developerName: 'Ledgerline',
      websiteUrl: 'https://example.com',
    }).catch((error: unknown) => error);
    expect(isLedgerlineError(failure) && failure.code).toBe('INVALID_INPUT');
  });
});
