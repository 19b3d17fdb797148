import tseslint from 'typescript-eslint';

// The dependency rule (ARCHITECTURE.md) is enforced here, not remembered:
// bot, jobs, cli → assistant → domain → db; demo → domain, db (and nothing imports demo but cli,
// the runtime's first-run load, bench, tests and scripts); nothing but src/config.ts reads process.env.
// Shipped code never reaches into scripts/ or tests/. Import cycles (type-only imports included)
// are found by madge in tests/lint/no-import-cycles.test.ts; tests/lint/architecture-rules.test.ts
// proves each rule here fails on a file that breaks it.
const shippedCodeOnly = {
  group: ['**/scripts/**', '**/tests/**'],
  message: 'src/ is what ships: it never imports scripts/ or tests/ (they may import src/).',
};

// One no-restricted-imports per file: a later block replaces an earlier one, so every layer
// repeats the src-wide patterns.
const layer = (files, forbidden, message) => ({
  files,
  rules: {
    'no-restricted-imports': ['error', { patterns: [...forbidden.map((group) => ({ group: [group], message })), shippedCodeOnly] }],
  },
});

const chatAndLlmSdks = ['@slack/*', '@microsoft/*', 'openai', 'openai/*', 'langchain', 'langchain/*', '@langchain/*'];

export default tseslint.config(
  { ignores: ['node_modules/**', 'src/db/generated/**', 'data/**', 'coverage/**'] },
  {
    files: ['**/*.ts'],
    extends: [tseslint.configs.base],
    languageOptions: { parserOptions: { projectService: true } },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/switch-exhaustiveness-check': 'error',
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-explicit-any': 'error',
    },
  },
  layer(['src/**/*.ts'], [], ''),
  layer(
    ['src/domain/**/*.ts'],
    ['**/assistant/**', '**/bot/**', '**/jobs/**', '**/cli/**', '**/demo/**', '**/bench/**', ...chatAndLlmSdks],
    'domain/ is the business: it imports only db/ and shared code, never a surface, an SDK, the assistant or the demo.',
  ),
  layer(
    ['src/demo/**/*.ts'],
    ['**/assistant/**', '**/bot/**', '**/jobs/**', '**/cli/**', '**/bench/**', ...chatAndLlmSdks],
    'demo/ is seed data and its answer key: it may import domain/ and db/, never a surface, a job, the CLI or the assistant.',
  ),
  layer(
    ['src/db/**/*.ts'],
    ['**/domain/**', '**/demo/**', '**/assistant/**', '**/bot/**', '**/jobs/**', '**/cli/**', '**/bench/**'],
    'db/ is the bottom layer.',
  ),
  layer(
    ['src/assistant/**/*.ts'],
    ['**/bot/**', '**/jobs/**', '**/cli/**', '**/bench/**', '@slack/*', '@microsoft/*'],
    'assistant/ is platform-neutral: no chat SDKs, no surfaces.',
  ),
  layer(
    ['src/bot/shared/**/*.ts'],
    ['**/bot/slack/**', '**/bot/teams/**', '../slack/*', '../teams/*', '@slack/*', '@microsoft/*'],
    'bot/shared/ is what the chat surfaces share: it speaks neutral types, never one platform.',
  ),
  layer(
    ['src/bench/**/*.ts'],
    ['**/bot/**', '**/jobs/**', '**/cli/**', '@slack/*', '@microsoft/*'],
    'bench/ measures the assistant and the domain in process: no surfaces, no chat SDKs.',
  ),
  {
    files: ['src/**/*.ts'],
    ignores: ['src/config.ts'],
    rules: {
      'no-restricted-properties': ['error', { object: 'process', property: 'env', message: 'Read configuration in src/config.ts only.' }],
    },
  },
);
