import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config.js';
import { LedgerlineError } from '../../src/errors.js';

describe('loadConfig', () => {
  it('runs with nothing set: embedded database in ./data, demo on, offline planner', () => {
    const config = loadConfig({});
    expect(config.databaseUrl).toBeUndefined();
    expect(config.dataDir).toBe('./data');
    expect(config.loadDemo).toBe(true);
    expect(config.port).toBe(3000);
    expect(config.llm).toBeUndefined();
    expect(config.costCenterTagKeys).toEqual(['cost-center', 'costcenter', 'cost_center', 'CostCenter']);
  });

  it('names the variable that is malformed', () => {
    expect(() => loadConfig({ PORT: 'eighty' })).toThrowError(/PORT/);
    expect(() => loadConfig({ DATABASE_URL: 'mysql://localhost/x' })).toThrowError(/DATABASE_URL: must be a postgres/);
    try {
      loadConfig({ LEDGERLINE_DEMO: 'maybe' });
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(LedgerlineError);
      expect((error as LedgerlineError).code).toBe('CONFIG');
      expect((error as LedgerlineError).message).toContain('LEDGERLINE_DEMO');
    }
  });

  it('reads replica URLs only beside a server URL, and names a malformed one', () => {
    const server = 'postgres://app@db:5432/ledgerline';
    expect(
      loadConfig({ DATABASE_URL: server, DATABASE_REPLICA_URLS: 'postgres://app@r1/ledgerline, postgres://app@r2/ledgerline' }).replicaUrls,
    ).toEqual(['postgres://app@r1/ledgerline', 'postgres://app@r2/ledgerline']);
    expect(loadConfig({ DATABASE_URL: server }).replicaUrls).toEqual([]);
    expect(() => loadConfig({ DATABASE_URL: server, DATABASE_REPLICA_URLS: 'r1:5432' })).toThrowError(
      /DATABASE_REPLICA_URLS.*postgres:\/\/ URLs/,
    );
    expect(() => loadConfig({ DATABASE_REPLICA_URLS: 'postgres://app@r1/ledgerline' })).toThrowError(
      /DATABASE_REPLICA_URLS needs DATABASE_URL/,
    );
  });

  it('reads who may import files from chat, and the largest file, naming a role it does not know', () => {
    expect(loadConfig({}).chatImports).toEqual({ importRoles: [], maximumBytes: 200 * 1024 * 1024 });
    expect(loadConfig({ LEDGERLINE_IMPORT_ROLES: 'approver, requester', LEDGERLINE_CHAT_IMPORT_MAX_MB: '50' }).chatImports).toEqual({
      importRoles: ['approver', 'requester'],
      maximumBytes: 50 * 1024 * 1024,
    });
    expect(() => loadConfig({ LEDGERLINE_IMPORT_ROLES: 'approver,finance' })).toThrowError(
      /LEDGERLINE_IMPORT_ROLES.*must be comma-separated roles/,
    );
  });

  it('treats empty values as unset, as .env files write them', () => {
    expect(loadConfig({ DATABASE_URL: '', OPENAI_API_KEY: '' }).llm).toBeUndefined();
  });

  it('turns the LLM planner on with a base URL alone (local model servers need no key)', () => {
    const config = loadConfig({ OPENAI_BASE_URL: 'http://127.0.0.1:8080/v1', OPENAI_MODEL: 'llama' });
    expect(config.llm).toMatchObject({ baseUrl: 'http://127.0.0.1:8080/v1', model: 'llama', apiKey: undefined });
  });
});
