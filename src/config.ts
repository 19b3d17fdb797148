import { z } from 'zod';
import { LedgerlineError } from './errors.js';

// The only file that reads process.env. Everything else receives a Config.
const booleanFlag = z
  .enum(['0', '1', 'true', 'false', 'yes', 'no'])
  .transform((value) => value === '1' || value === 'true' || value === 'yes');

const cronExpression = z.string().regex(/^(\S+\s+){4}\S+$/, 'must be a cron expression with five fields, e.g. "0 6 * * *"');
const dayList = z
  .string()
  .regex(/^\d+(\s*,\s*\d+)*$/, 'must be comma-separated whole numbers, e.g. "90,60,30,7"')
  .transform((value) => value.split(',').map((part) => Number(part.trim())));

const environmentSchema = z.object({
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, 'must be a postgres:// or postgresql:// URL')
    .optional(),
  DATABASE_REPLICA_URLS: z
    .string()
    .transform((value) =>
      value
        .split(',')
        .map((url) => url.trim())
        .filter(Boolean),
    )
    .pipe(z.array(z.string().regex(/^postgres(ql)?:\/\//, 'must be comma-separated postgres:// URLs of read replicas')))
    .optional(),
  LEDGERLINE_DATA_DIR: z.string().min(1).default('./data'),
  LEDGERLINE_EMBEDDED_THREAD: z.enum(['in-thread', 'worker']).default('in-thread'),
  LEDGERLINE_DEMO: booleanFlag.default(true),
  LEDGERLINE_DEMO_SEED: z.coerce.number().int().nonnegative().default(42),
  LEDGERLINE_AS_OF: z.iso.date().optional(),
  LEDGERLINE_COST_CENTER_TAG_KEYS: z
    .string()
    .default('cost-center,costcenter,cost_center,CostCenter')
    .transform((value) =>
      value
        .split(',')
        .map((key) => key.trim())
        .filter(Boolean),
    ),
  LEDGERLINE_DEFAULT_ROLE: z.enum(['viewer', 'requester', 'approver', 'admin']).default('viewer'),
  LEDGERLINE_ADMINS: z
    .string()
    .transform((value) =>
      value
        .split(',')
        .map((entry) => entry.trim())
        .filter(Boolean),
    )
    .pipe(
      z.array(
        z
          .string()
          .regex(
            /^([UW][A-Z0-9]{2,}|29:\S+|[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}|[^\s@,]+@[^\s@,]+\.[^\s@,]+)$/,
            'must be comma-separated Slack user ids (U…), Teams AAD object ids (GUIDs), Teams 29: ids or e-mail addresses',
          ),
      ),
    )
    .default([]),
  LEDGERLINE_IMPORT_ROLES: z
    .string()
    .transform((value) =>
      value
        .split(',')
        .map((entry) => entry.trim())
        .filter(Boolean),
    )
    .pipe(
      z.array(z.enum(['viewer', 'requester', 'approver', 'admin'], 'must be comma-separated roles: viewer, requester, approver, admin')),
    )
    .default([]),
  LEDGERLINE_CHAT_IMPORT_MAX_MB: z.coerce.number().positive().max(10_000).default(200),
  LEDGERLINE_LOG_LEVEL: z.enum(['debug', 'info', 'warn', 'error', 'silent']).default('info'),
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().optional(),
  OPENAI_API_KEY: z.string().min(1).optional(),
  OPENAI_BASE_URL: z.url().optional(),
  OPENAI_MODEL: z.string().min(1).default('gpt-4o-mini'),
  LLM_TIMEOUT_MS: z.coerce.number().int().positive().default(20000),
  LLM_MAX_STEPS: z.coerce.number().int().positive().max(20).default(6),
  SLACK_BOT_TOKEN: z.string().startsWith('xoxb-', 'must be a bot token (xoxb-…)').optional(),
  SLACK_SIGNING_SECRET: z.string().min(1).optional(),
  SLACK_APP_TOKEN: z.string().startsWith('xapp-', 'must be an app-level token (xapp-…)').optional(),
  SLACK_API_URL: z.url().optional(),
  // The Teams names Azure's tooling writes (MicrosoftAppId…) are accepted as well.
  TEAMS_APP_ID: z.string().min(1).optional(),
  TEAMS_APP_PASSWORD: z.string().min(1).optional(),
  TEAMS_TENANT_ID: z.string().min(1).optional(),
  TEAMS_MANAGED_IDENTITY: z.enum(['system', 'user']).optional(),
  LEDGERLINE_SCHEDULER: booleanFlag.default(true),
  LEDGERLINE_SCHEDULE_ANOMALIES: cronExpression.optional(),
  LEDGERLINE_SCHEDULE_NOTICE_DEADLINES: cronExpression.optional(),
  LEDGERLINE_SCHEDULE_BUDGETS: cronExpression.optional(),
  LEDGERLINE_SCHEDULE_BILLING_AUDIT: cronExpression.optional(),
  // Both apply to an anomaly's cumulative impact (a level change: its run-rate × the days it has lasted).
  LEDGERLINE_ANOMALY_MIN_IMPACT: z
    .string()
    .regex(/^\d+(\.\d+)?$/, 'must be an amount like 100 or 250.50')
    .default('100'),
  LEDGERLINE_ANOMALY_MIN_PERCENT: z.coerce.number().nonnegative().default(10),
  LEDGERLINE_NOTICE_DAYS: dayList.default([90, 60, 30, 7]),
  LEDGERLINE_BUDGET_THRESHOLDS: dayList.default([80, 100, 120]),
});

export type Config = {
  databaseUrl: string | undefined;
  /** Streaming replicas of DATABASE_URL that answer questions (tool reads); empty when none. */
  replicaUrls: string[];
  dataDir: string;
  /**
   * Where the embedded database runs: the app's thread (default), or a worker thread behind a
   * wire-protocol socket (ADR 0008), opt-in until it answers every client correctly after SQL errors.
   */
  embeddedThread: 'in-thread' | 'worker';
  loadDemo: boolean;
  demoSeed: number;
  asOf: string | undefined;
  costCenterTagKeys: string[];
  defaultRole: 'viewer' | 'requester' | 'approver' | 'admin';
  /** People who are admins from their first message, whatever the users table says (LEDGERLINE_ADMINS). */
  admins: string[];
  /** Files dropped in a direct chat: who besides admins may import them, and the largest accepted. */
  chatImports: { importRoles: Array<'viewer' | 'requester' | 'approver' | 'admin'>; maximumBytes: number };
  logLevel: 'debug' | 'info' | 'warn' | 'error' | 'silent';
  port: number;
  host: string | undefined;
  llm: { apiKey: string | undefined; baseUrl: string | undefined; model: string; timeoutMs: number; maxSteps: number } | undefined;
  /** Set when SLACK_BOT_TOKEN and a way to receive events (app token or signing secret) are set. */
  slack: { botToken: string; signingSecret: string | undefined; appToken: string | undefined; apiUrl: string | undefined } | undefined;
  /** Always present: without an app id Teams runs in emulator mode (loopback only). */
  teams: {
    appId: string | undefined;
    appPassword: string | undefined;
    tenantId: string | undefined;
    managedIdentity: 'system' | 'user' | undefined;
  };
  scheduler: {
    isEnabled: boolean;
    schedules: { anomalies?: string; 'notice-deadlines'?: string; budgets?: string; 'billing-audit'?: string };
    /** decimal string, in the series' currency; with the percent, applied to an anomaly's cumulative impact */
    anomalyMinImpact: string;
    anomalyMinPercent: number;
    noticeDays: number[];
    budgetThresholds: number[];
  };
};

export function loadConfig(environment: Record<string, string | undefined> = process.env): Config {
  // Empty strings in .env files mean "unset".
  const present = Object.fromEntries(Object.entries(environment).filter(([, value]) => value !== ''));
  const withAliases = {
    TEAMS_APP_ID: present.MicrosoftAppId,
    TEAMS_APP_PASSWORD: present.MicrosoftAppPassword,
    TEAMS_TENANT_ID: present.MicrosoftAppTenantId,
    ...present,
  };
  const parsed = environmentSchema.safeParse(withAliases);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
    throw new LedgerlineError('CONFIG', `Invalid configuration — ${problems.join('; ')}`, problems);
  }
  const env = parsed.data;
  const hasLlm = env.OPENAI_API_KEY !== undefined || env.OPENAI_BASE_URL !== undefined;
  if (env.SLACK_BOT_TOKEN && !env.SLACK_APP_TOKEN && !env.SLACK_SIGNING_SECRET) {
    throw new LedgerlineError(
      'CONFIG',
      'Invalid configuration — SLACK_BOT_TOKEN is set but neither SLACK_APP_TOKEN (Socket Mode) nor SLACK_SIGNING_SECRET (HTTP mode) is',
    );
  }
  if (env.DATABASE_REPLICA_URLS?.length && !env.DATABASE_URL) {
    throw new LedgerlineError(
      'CONFIG',
      'Invalid configuration — DATABASE_REPLICA_URLS needs DATABASE_URL: replicas copy a PostgreSQL server, not the embedded database',
    );
  }
  return {
    databaseUrl: env.DATABASE_URL,
    replicaUrls: env.DATABASE_REPLICA_URLS ?? [],
    dataDir: env.LEDGERLINE_DATA_DIR,
    embeddedThread: env.LEDGERLINE_EMBEDDED_THREAD,
    loadDemo: env.LEDGERLINE_DEMO,
    demoSeed: env.LEDGERLINE_DEMO_SEED,
    asOf: env.LEDGERLINE_AS_OF,
    costCenterTagKeys: env.LEDGERLINE_COST_CENTER_TAG_KEYS,
    defaultRole: env.LEDGERLINE_DEFAULT_ROLE,
    admins: env.LEDGERLINE_ADMINS,
    chatImports: { importRoles: env.LEDGERLINE_IMPORT_ROLES, maximumBytes: Math.round(env.LEDGERLINE_CHAT_IMPORT_MAX_MB * 1024 * 1024) },
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
    slack: env.SLACK_BOT_TOKEN
      ? { botToken: env.SLACK_BOT_TOKEN, signingSecret: env.SLACK_SIGNING_SECRET, appToken: env.SLACK_APP_TOKEN, apiUrl: env.SLACK_API_URL }
      : undefined,
    teams: {
      appId: env.TEAMS_APP_ID,
      appPassword: env.TEAMS_APP_PASSWORD,
      tenantId: env.TEAMS_TENANT_ID,
      managedIdentity: env.TEAMS_MANAGED_IDENTITY,
    },
    scheduler: {
      isEnabled: env.LEDGERLINE_SCHEDULER,
      schedules: {
        ...(env.LEDGERLINE_SCHEDULE_ANOMALIES ? { anomalies: env.LEDGERLINE_SCHEDULE_ANOMALIES } : {}),
        ...(env.LEDGERLINE_SCHEDULE_NOTICE_DEADLINES ? { 'notice-deadlines': env.LEDGERLINE_SCHEDULE_NOTICE_DEADLINES } : {}),
        ...(env.LEDGERLINE_SCHEDULE_BUDGETS ? { budgets: env.LEDGERLINE_SCHEDULE_BUDGETS } : {}),
        ...(env.LEDGERLINE_SCHEDULE_BILLING_AUDIT ? { 'billing-audit': env.LEDGERLINE_SCHEDULE_BILLING_AUDIT } : {}),
      },
      anomalyMinImpact: env.LEDGERLINE_ANOMALY_MIN_IMPACT,
      anomalyMinPercent: env.LEDGERLINE_ANOMALY_MIN_PERCENT,
      noticeDays: env.LEDGERLINE_NOTICE_DAYS,
      budgetThresholds: env.LEDGERLINE_BUDGET_THRESHOLDS,
    },
  };
}
