import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

// The rules of eslint.config.js fail on a file that breaks them: each case lints a few lines as if
// they were a file at that path in src/ and expects the rule's message (or none for an allowed import).

const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const eslint = new ESLint({ cwd: projectRoot });

async function messagesFor(filePath: string, source: string): Promise<string[]> {
  const [result] = await eslint.lintText(source, { filePath: path.join(projectRoot, filePath) });
  return (result?.messages ?? [])
    .filter((message) => message.ruleId === 'no-restricted-imports' || message.ruleId === 'no-restricted-properties')
    .map((message) => message.message);
}

describe('architecture rules in eslint.config.js', () => {
  it.each([
    ['src/cli/commands/bench.ts', "import { run } from '../../../scripts/bench-slack.js';\nexport { run };\n"],
    [
      'src/domain/spend/get-spend.ts',
      "import type { Server } from '../../../tests/support/product-samples.js';\nexport type S = Server;\n",
    ],
    ['src/bench/run-answer-benchmark.ts', "import { x } from '../../tests/eval/eval-support.js';\nexport { x };\n"],
  ])('src/ may not import scripts/ or tests/ (%s)', async (filePath, source) => {
    expect(await messagesFor(filePath, source)).toEqual([expect.stringContaining('never imports scripts/ or tests/')]);
  });

  it.each([
    [
      'src/domain/spend/get-spend.ts',
      "import { createAssistant } from '../../assistant/create-assistant.js';\nexport { createAssistant };\n",
      'domain/ is the business',
    ],
    ['src/domain/spend/get-spend.ts', "import { App } from '@slack/bolt';\nexport { App };\n", 'domain/ is the business'],
    [
      'src/domain/spend/get-spend.ts',
      "import { run } from '../../bench/run-answer-benchmark.js';\nexport { run };\n",
      'domain/ is the business',
    ],
    ['src/db/migrate.ts', "import { getSpend } from '../domain/spend/get-spend.js';\nexport { getSpend };\n", 'db/ is the bottom layer'],
    [
      'src/assistant/assistant.ts',
      "import { startServer } from '../bot/http-server.js';\nexport { startServer };\n",
      'assistant/ is platform-neutral',
    ],
    [
      'src/bench/run-answer-benchmark.ts',
      "import { startServer } from '../bot/http-server.js';\nexport { startServer };\n",
      'bench/ measures',
    ],
  ])('a layer may not import what the dependency rule forbids (%s: %s)', async (filePath, source, message) => {
    expect(await messagesFor(filePath, source)).toEqual([expect.stringContaining(message)]);
  });

  it('only src/config.ts reads process.env', async () => {
    const source = 'export const level = process.env.LEDGERLINE_LOG_LEVEL;\n';
    expect(await messagesFor('src/logger.ts', source)).toEqual([expect.stringContaining('Read configuration in src/config.ts only.')]);
    expect(await messagesFor('src/config.ts', source)).toEqual([]);
  });

  it.each([
    [
      'src/bench/run-answer-benchmark.ts',
      "import { createAssistant } from '../assistant/create-assistant.js';\nexport { createAssistant };\n",
    ],
    [
      'src/cli/commands/bench.ts',
      "import { runAnswerBenchmark } from '../../bench/run-answer-benchmark.js';\nexport { runAnswerBenchmark };\n",
    ],
    ['scripts/bench-slack.ts', "import { startFakeSlackApi } from './support/fake-slack-api.js';\nexport { startFakeSlackApi };\n"],
    [
      'tests/slack/slack-app.test.ts',
      "import { startFakeSlackApi } from '../../scripts/support/fake-slack-api.js';\nexport { startFakeSlackApi };\n",
    ],
  ])('allows what the rule allows (%s)', async (filePath, source) => {
    expect(await messagesFor(filePath, source)).toEqual([]);
  });
});
