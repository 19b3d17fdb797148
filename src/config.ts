import { z } from 'zod';
import { LedgerlineError } from './errors.js';

// The only file that reads process.env. Everything else receives a Config.
const booleanFlag = z
  .enum(['0', '1', 'true', 'false', 'yes', 'no'])
  .transform((value) => value === '1' || value === 'true' || value === 'yes');

const environmentSchema = z.object({
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, 'must be a postgres:// or postgresql:// URL')
    .optional(),
  LEDGERLINE_DATA_DIR: z.string().min(1).default('./data'),
  LEDGERLINE_DEMO: booleanFlag.default(true),
  LEDGERLINE_DEMO_SEED: z.coerce.number().int().nonnegative().default(42),
  LEDGERLINE_AS_OF: z.iso.date().optional(),
  LEDGERLINE_COST_CENTER_TAG_KEYS: z
    .string()
    .default('cost-center,costcenter,cost_center,CostCenter')
    .transform((value) => value.split(',').map((key) => key.trim()).filter(Boolean)),
  LEDGERLINE_DEFAULT_ROLE: z.enum(['viewer', 'requester', 'approver', 'admin']).default('viewer'),
  LEDGERLINE_LOG_LEVEL: z.enum(['debug', 'info', 'warn', 'error', 'silent']).default('info'),
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().optional(),
  OPENAI_API_KEY: z.string().min(1).optional(),
  OPENAI_BASE_URL: z.url().optional(),
  OPENAI_MODEL: z.string().min(1).default('gpt-4o-mini'),
  LLM_TIMEOUT_MS: z.coerce.number().int().positive().default(20000),
  LLM_MAX_STEPS: z.coerce.number().int().positive().max(20).default(6),
});

export type Config = {
  databaseUrl: string | undefined;
  dataDir: string;
  loadDemo: boolean;
  demoSeed: number;
  asOf: string | undefined;
  costCenterTagKeys: string[];
  defaultRole: 'viewer' | 'requester' | 'approver' | 'admin';
  logLevel: 'debug' | 'info' | 'warn' | 'error' | 'silent';
  port: number;
  host: string | undefined;
  llm: { apiKey: string | undefined; baseUrl: string | undefined; model: string; timeoutMs: number; maxSteps: number } | undefined;
};

export function loadConfig(environment: Record<string, string | undefined> = process.env): Config {
  // Empty strings in .env files mean "unset".
  const present = Object.fromEntries(Object.entries(environment).filter(([, value]) => value !== ''));
  const parsed = environmentSchema.safeParse(present);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
    throw new LedgerlineError('CONFIG', `Invalid configuration — ${problems.join('; ')}`, problems);
  }
  const env = parsed.data;
  const hasLlm = env.OPENAI_API_KEY !== undefined || env.OPENAI_BASE_URL !== undefined;
  return {
    databaseUrl: env.DATABASE_URL,
    dataDir: env.LEDGERLINE_DATA_DIR,
    loadDemo: env.LEDGERLINE_DEMO,
    demoSeed: env.LEDGERLINE_DEMO_SEED,
    asOf: env.LEDGERLINE_AS_OF,
    costCenterTagKeys: env.LEDGERLINE_COST_CENTER_TAG_KEYS,
    defaultRole: env.LEDGERLINE_DEFAULT_ROLE,
    logLevel: env.LEDGERLINE_LOG_LEVEL,
    port: env.PORT,
    host: env.HOST,
    llm: hasLlm
      ? {
          apiKey: env.OPENAI_API_KEY,
          baseUrl: env.OPENAI_BASE_URL,
          model: env.OPENAI_MODEL,
          timeoutMs: env.LLM_TIMEOUT_MS,
          maxSteps: env.LLM_MAX_STEPS,
        }
      : undefined,
  };
}
