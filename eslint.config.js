import tseslint from 'typescript-eslint';

// The dependency rule (ARCHITECTURE.md) is enforced here, not remembered:
// bot, jobs, cli → assistant → domain → db; demo → domain, db (and nothing imports demo but cli,
// the runtime's first-run load, tests and scripts); nothing but src/config.ts reads process.env.
const layer = (files, forbidden, message) => ({
  files,
  rules: {
    'no-restricted-imports': ['error', { patterns: forbidden.map((group) => ({ group: [group], message })) }],
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
  layer(
    ['src/domain/**/*.ts'],
    ['**/assistant/**', '**/bot/**', '**/jobs/**', '**/cli/**', '**/demo/**', ...chatAndLlmSdks],
    'domain/ is the business: it imports only db/ and shared code, never a surface, an SDK, the assistant or the demo.',
  ),
  layer(
    ['src/demo/**/*.ts'],
    ['**/assistant/**', '**/bot/**', '**/jobs/**', '**/cli/**', ...chatAndLlmSdks],
    'demo/ is seed data and its answer key: it may import domain/ and db/, never a surface, a job, the CLI or the assistant.',
  ),
  layer(
    ['src/db/**/*.ts'],
    ['**/domain/**', '**/demo/**', '**/assistant/**', '**/bot/**', '**/jobs/**', '**/cli/**'],
    'db/ is the bottom layer.',
  ),
  layer(
    ['src/assistant/**/*.ts'],
    ['**/bot/**', '**/jobs/**', '**/cli/**', '@slack/*', '@microsoft/*'],
    'assistant/ is platform-neutral: no chat SDKs, no surfaces.',
  ),
  layer(
    ['src/bot/shared/**/*.ts'],
    ['**/bot/slack/**', '**/bot/teams/**', '../slack/*', '../teams/*', '@slack/*', '@microsoft/*'],
    'bot/shared/ is what the chat surfaces share: it speaks neutral types, never one platform.',
  ),
  {
    files: ['src/**/*.ts'],
    ignores: ['src/config.ts'],
    rules: {
      'no-restricted-properties': ['error', { object: 'process', property: 'env', message: 'Read configuration in src/config.ts only.' }],
    },
  },
);
