import { defineConfig } from 'prisma/config';

// The CLI is used here only for `generate`, `validate` and `format`; migrations are
// applied by src/db/migrate.ts through the WebAssembly schema engine (ADR 0001).
export default defineConfig({
  schema: 'prisma/schema.prisma',
  migrations: { path: 'prisma/migrations' },
});
