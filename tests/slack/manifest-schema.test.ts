import { readFileSync } from 'node:fs';
import { Ajv } from 'ajv';
import { describe, expect, it } from 'vitest';

// slack/manifest.json against Slack's own published manifest schema (vendored with its source in
// tests/fixtures/slack/manifest-schema/README.md): what Slack's app settings would refuse on upload.

const readJson = (path: string): Record<string, unknown> =>
  JSON.parse(readFileSync(new URL(path, import.meta.url), 'utf8')) as Record<string, unknown>;

const schemaFolder = '../fixtures/slack/manifest-schema/';
const versionedSchemaUrl = (version: string) =>
  `https://raw.githubusercontent.com/slackapi/manifest-schema/v0.5.0/schemas/manifest.schema.${version}.json`;

function manifestValidator() {
  // allErrors: a failing manifest lists every problem at once. strict: false because Slack's schema
  // carries annotations of its own ("_note") that ajv's strict mode refuses as unknown keywords; it
  // changes how the schema is read, not what a manifest must satisfy. The schema's only format is
  // "uri" (on "$schema"), which our manifest does not set; ajv-formats is not a dependency.
  const ajv = new Ajv({ allErrors: true, strict: false, validateFormats: false });
  for (const version of ['1.0.0', '2.0.0'])
    ajv.addSchema(readJson(`${schemaFolder}schemas/manifest.schema.${version}.json`), versionedSchemaUrl(version));
  return ajv.compile(readJson(`${schemaFolder}manifest.schema.json`));
}

const validate = manifestValidator();
const problems = (manifest: unknown): string[] =>
  validate(manifest) ? [] : (validate.errors ?? []).map((error) => `${error.instancePath || '/'} ${error.message ?? ''}`);

describe("slack/manifest.json against Slack's manifest schema", () => {
  it('is a valid manifest', () => {
    expect(problems(readJson('../../slack/manifest.json'))).toEqual([]);
  });

  it('would catch what Slack refuses: a misspelt settings key and a command description over its limit', () => {
    const manifest = readJson('../../slack/manifest.json') as {
      features: { slash_commands: Array<{ description: string }> };
      settings: Record<string, unknown>;
    };
    const broken = structuredClone(manifest);
    broken.features.slash_commands[0]!.description = 'x'.repeat(2_001);
    broken.settings.event_subscription = { request_url: 'https://example.com' };
    expect(problems(broken)).toEqual(
      expect.arrayContaining([
        '/features/slash_commands/0/description must NOT have more than 2000 characters',
        '/settings must NOT have additional properties',
      ]),
    );
  });
});
