import { readFile, writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { zipSync } from 'fflate';
import { z } from 'zod';
import { LedgerlineError } from '../../errors.js';
import type { CommandEnvironment } from '../command.js';

// `ledgerline teams-package --app-id <guid>`: the zip Teams accepts in "Upload a custom app" or
// the Teams admin center — manifest.json and the two icons at the root of the archive.

const usage = `Usage: ledgerline teams-package --app-id <bot app id (GUID)> [--out ledgerline-teams.zip]
                                 [--developer-name <name>] [--website-url https://…]`;

const packageRoot = new URL('../../../', import.meta.url);
const templateDirectory = new URL('teams/', packageRoot);

const optionsSchema = z.object({
  appId: z.uuid({ message: "--app-id must be the bot's Microsoft App ID (a GUID)" }),
  version: z.string().regex(/^\d+\.\d+\.\d+$/, 'version must be MAJOR.MINOR.PATCH'),
  developerName: z.string().trim().min(1).max(32),
  websiteUrl: z.url({ protocol: /^https$/, message: '--website-url must be an https:// URL' }).transform((url) => url.replace(/\/+$/, '')),
});

export type TeamsPackageOptions = z.input<typeof optionsSchema>;

/** The app package: the manifest template filled in, plus color.png (192×192) and outline.png (32×32). */
export async function buildTeamsPackage(input: TeamsPackageOptions): Promise<{ zip: Uint8Array; manifest: Record<string, unknown> }> {
  const parsed = optionsSchema.safeParse(input);
  if (!parsed.success) {
    throw new LedgerlineError('INVALID_INPUT', parsed.error.issues.map((issue) => issue.message).join('; '));
  }
  const options = parsed.data;
  const template = await readFile(new URL('manifest.json', templateDirectory), 'utf8');
  const values: Record<string, string> = {
    APP_ID: options.appId,
    VERSION: options.version,
    DEVELOPER_NAME: options.developerName,
    WEBSITE_URL: options.websiteUrl,
  };
  // Substituted inside JSON strings, so each value is escaped as a JSON string body.
  const filled = template.replace(/\{\{([A-Z_]+)\}\}/g, (placeholder, name: string) => {
    const value = values[name];
    if (value === undefined) throw new Error(`manifest template has an unknown placeholder ${placeholder}`);
    return JSON.stringify(value).slice(1, -1);
  });
  const manifest = JSON.parse(filled) as Record<string, unknown>;
  const [color, outline] = await Promise.all([
    readFile(new URL('color.png', templateDirectory)),
    readFile(new URL('outline.png', templateDirectory)),
  ]);
  const zip = zipSync({
    'manifest.json': new TextEncoder().encode(JSON.stringify(manifest, null, 2)),
    'color.png': new Uint8Array(color),
    'outline.png': new Uint8Array(outline),
  });
  return { zip, manifest };
}

async function packageVersion(): Promise<string> {
  const packageJson = JSON.parse(await readFile(new URL('package.json', packageRoot), 'utf8')) as { version: string };
  return packageJson.version;
}

export async function run(argv: string[], _environment: CommandEnvironment): Promise<number> {
  const { values } = parseArgs({
    args: argv,
    options: {
      'app-id': { type: 'string' },
      out: { type: 'string', default: 'ledgerline-teams.zip' },
      'developer-name': { type: 'string', default: 'Ledgerline' },
      'website-url': { type: 'string', default: 'https://ledgerline.example.com' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) {
    process.stdout.write(usage + '\n');
    return 0;
  }
  if (!values['app-id']) {
    process.stderr.write(`--app-id is required (the bot's Microsoft App ID, TEAMS_APP_ID).\n${usage}\n`);
    return 2;
  }
  const { zip } = await buildTeamsPackage({
    appId: values['app-id'],
    version: await packageVersion(),
    developerName: values['developer-name'],
    websiteUrl: values['website-url'],
  });
  const outputPath = resolve(values.out);
  await writeFile(outputPath, zip);
  process.stdout.write(
    `Wrote ${outputPath} (${zip.length} bytes): manifest.json, color.png, outline.png.\nUpload it in Teams → Apps → Manage your apps → Upload an app.\n`,
  );
  return 0;
}
