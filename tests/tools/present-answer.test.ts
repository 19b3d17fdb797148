import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { presentAnswer } from '../../src/assistant/present/present-answer.js';
import type { Database } from '../../src/db/open-database.js';
import { findTool } from '../../src/domain/tools/registry.js';
import { openTestDatabase } from '../support/test-database.js';
import { loadFixtureEnterprise } from './support/fixture-enterprise.js';
import { toolContext } from './support/tool-context.js';

describe('presenting tool results', () => {
  let database: Database;
  const answerFor = async (tool: string, args: Record<string, unknown>) => {
    const definition = findTool(tool)!;
    const parsed = definition.input.parse(args);
    const result = await definition.run(parsed, toolContext(database.prisma));
    return presentAnswer({ question: 'test', calls: [{ tool, arguments: args, result }] });
  };

  beforeAll(async () => {
    database = await openTestDatabase();
    await loadFixtureEnterprise(database.prisma);
  });
  afterAll(async () => {
    await database.close();
  });

  it('writes money with currency to the cent, the period, filters and freshness', async () => {
    const answer = await answerFor('get_spend', { period: { start: '2026-10-01', end: '2026-11-01' }, vendors: ['Lumen'] });
    expect(answer.text).toBe('Spend with Lumen in October 2026: USD 1,150.50 (from 2 records).');
    expect(answer.context).toEqual({
      period: 'October 2026',
      filters: 'vendor: Lumen',
      freshness: 'invoices through Oct 2026, cloud costs through 3 Nov 2026, usage through Oct 2026',
    });
    expect(answer.facts[0]).toEqual({ label: 'Total spend', value: 'USD 1,150.50', raw: '1150.5', currency: 'USD' });
  });

  it('says plainly when there is nothing', async () => {
    const spend = await answerFor('get_spend', { period: { start: '2024-01-01', end: '2024-02-01' } });
    expect(spend.text).toMatch(/^No spend found in January 2024\./);
    const services = await answerFor('count_services', { types: ['device'] });
    expect(services.text).toBe('No devices found.');
  });

  it('gives a breakdown a table with the rows behind it and a bar chart that reconciles', async () => {
    const answer = await answerFor('get_spend', { period: { start: '2026-10-01', end: '2026-11-01' }, groupBy: 'vendor', top: 2 });
    expect(answer.table?.rows).toHaveLength(3);
    expect(answer.table?.rows[2]?.label).toBe('Other (4 more)');
    expect(answer.table?.totalRows).toBe(6);
    expect(answer.chart?.kind).toBe('bar');
    expect(answer.chart?.categories).toHaveLength(3);
  });

  it('draws a trend as a line with one value per month', async () => {
    const answer = await answerFor('get_spend_trend', { period: { start: '2026-08-01', end: '2026-11-01' } });
    expect(answer.chart).toMatchObject({ kind: 'line', categories: ['Aug 2026', 'Sep 2026', 'Oct 2026'] });
    expect(answer.text).toContain('Aug 2026: USD 0.00');
  });

  it('shows dates day-month-year', async () => {
    const answer = await answerFor('find_notice_deadlines', { withinDays: 60 });
    expect(answer.text).toContain('15 Dec 2026');
    expect(answer.followUps.length).toBeGreaterThan(0);
  });
});
