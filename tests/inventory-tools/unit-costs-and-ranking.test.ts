import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { presentAnswer } from '../../src/assistant/present/present-answer.js';
import type { GetUnitCostsResult } from '../../src/domain/inventory/get-unit-costs.js';
import type { RankServicesResult } from '../../src/domain/inventory/rank-services.js';
import { Decimal } from '../../src/domain/shared/decimal.js';
import { formatMoney } from '../../src/domain/shared/format.js';
import { callTool, openDemoBed, type DemoBed } from './support/demo-tool-context.js';

// Unit costs and service rankings on the demo enterprise, each figure checked against SQL over
// the raw invoice lines, services and usage rows (last complete month: October 2026).

const october = { start: new Date('2026-10-01T00:00:00Z'), end: new Date('2026-11-01T00:00:00Z') };
const halfUpCents = (amount: string, count: number) => new Decimal(amount).div(count).toDecimalPlaces(2, Decimal.ROUND_HALF_UP).toFixed(2);

describe('get_unit_costs and rank_services', () => {
  let bed: DemoBed;
  beforeAll(async () => {
    bed = await openDemoBed();
    // The oracles below join lines to services on the identifier alone: valid only while no
    // identifier is shared by two services.
    const shared = await bed.database.prisma.$queryRaw<Array<{ count: number }>>`
      SELECT count(*)::int AS count FROM (SELECT "identifierKey" FROM "Service" GROUP BY 1 HAVING count(*) > 1) shared`;
    expect(shared[0]!.count).toBe(0);
  }, 600_000);
  afterAll(async () => {
    await bed.database.close();
  });

  it('averages the invoiced cost per mobile line of one vendor: sum of its lines ÷ lines billed', async () => {
    const [expected] = await bed.database.prisma.$queryRaw<Array<{ amount: string; services: number }>>`
      SELECT sum(l.amount)::text AS amount, count(DISTINCT s.id)::int AS services
      FROM "InvoiceLine" l JOIN "Service" s ON s."identifierKey" = l."identifierKey" JOIN "Vendor" v ON v.id = l."vendorId"
      WHERE s.type = 'mobile_line' AND v.name = 'Verizon' AND l."periodStart" >= ${october.start} AND l."periodStart" < ${october.end}`;
    expect(expected!.services).toBeGreaterThan(10);
    const result = await callTool<GetUnitCostsResult>('get_unit_costs', { vendors: ['verizon wireless'] }, bed.context());
    expect(result.period.label).toBe('October 2026');
    expect(result.overall.services).toBe(expected!.services);
    expect(result.overall.amount).toBe(new Decimal(expected!.amount).toString());
    expect(result.overall.average).toBe(halfUpCents(expected!.amount, expected!.services));

    const answer = presentAnswer({
      question: 'average cost per line for verizon',
      calls: [{ tool: 'get_unit_costs', arguments: {}, result }],
    });
    expect(answer.text).toContain(`Average ${formatMoney(result.overall.average, 'USD')} per mobile line with Verizon`);
    expect(answer.text).toContain(`over ${expected!.services} mobile lines billed in October 2026`);
    expect(answer.facts[0]).toMatchObject({ label: 'Average per mobile line', raw: result.overall.average, currency: 'USD' });
    expect(answer.followUps.length).toBeGreaterThanOrEqual(2);
  });

  it('averages per circuit by location, every location against its own SQL sum', async () => {
    const expected = await bed.database.prisma.$queryRaw<Array<{ label: string; amount: string; services: number }>>`
      SELECT COALESCE(loc.name, 'No location') AS label, sum(l.amount)::text AS amount, count(DISTINCT s.id)::int AS services
      FROM "InvoiceLine" l JOIN "Service" s ON s."identifierKey" = l."identifierKey" LEFT JOIN "Location" loc ON loc.id = s."locationId"
      WHERE s.type = 'circuit' AND l."periodStart" >= ${october.start} AND l."periodStart" < ${october.end}
      GROUP BY 1`;
    expect(expected.length).toBeGreaterThan(3);
    const result = await callTool<GetUnitCostsResult>('get_unit_costs', { serviceType: 'circuit', groupBy: 'location' }, bed.context());
    expect(Object.fromEntries(result.groups.map((group) => [group.label, [group.services, group.amount, group.average]]))).toEqual(
      Object.fromEntries(
        expected.map((row) => [row.label, [row.services, new Decimal(row.amount).toString(), halfUpCents(row.amount, row.services)]]),
      ),
    );
    const averages = result.groups.map((group) => new Decimal(group.average));
    expect(averages.every((average, index) => index === 0 || averages[index - 1]!.greaterThanOrEqualTo(average))).toBe(true);
    const answer = presentAnswer({ question: 'cost per circuit by location', calls: [{ tool: 'get_unit_costs', arguments: {}, result }] });
    expect(answer.table?.rows).toHaveLength(result.groups.length);
    expect(answer.context.filters).toContain('service type: circuit');
  });

  it('averages only over the cost centers a scoped viewer may see', async () => {
    const [costCenter] = await bed.database.prisma.$queryRaw<Array<{ id: number; code: string }>>`
      SELECT cc.id, cc.code FROM "CostCenter" cc JOIN "Service" s ON s."costCenterId" = cc.id WHERE s.type = 'mobile_line'
      GROUP BY cc.id, cc.code ORDER BY count(*) DESC, cc.code LIMIT 1`;
    const [expected] = await bed.database.prisma.$queryRaw<Array<{ amount: string; services: number }>>`
      SELECT sum(l.amount)::text AS amount, count(DISTINCT s.id)::int AS services
      FROM "InvoiceLine" l JOIN "Service" s ON s."identifierKey" = l."identifierKey"
      WHERE s.type = 'mobile_line' AND s."costCenterId" = ${costCenter!.id} AND l."periodStart" >= ${october.start} AND l."periodStart" < ${october.end}`;
    const scoped = bed.context({ displayName: 'Manager', role: 'viewer', costCenterScope: [costCenter!.code] });
    const result = await callTool<GetUnitCostsResult>('get_unit_costs', {}, scoped);
    expect([result.overall.services, result.overall.amount]).toEqual([expected!.services, new Decimal(expected!.amount).toString()]);
  });

  it('ranks the 10 most expensive mobile lines by what was invoiced, highest first', async () => {
    const expected = await bed.database.prisma.$queryRaw<Array<{ identifier: string; amount: string }>>`
      SELECT s.identifier, sum(l.amount)::text AS amount
      FROM "InvoiceLine" l JOIN "Service" s ON s."identifierKey" = l."identifierKey"
      WHERE s.type = 'mobile_line' AND l."periodStart" >= ${october.start} AND l."periodStart" < ${october.end}
      GROUP BY s.identifier ORDER BY sum(l.amount) DESC, s.identifier LIMIT 10`;
    const result = await callTool<RankServicesResult>('rank_services', { types: ['mobile_line'], top: 10 }, bed.context());
    expect(result.services.map((service) => [service.identifier, service.value])).toEqual(
      expected.map((row) => [row.identifier, new Decimal(row.amount).toString()]),
    );
    // Not the inventory order: the most invoiced line is not simply the first number.
    const [firstByNumber] = await bed.database.prisma.$queryRaw<Array<{ identifier: string }>>`
      SELECT identifier FROM "Service" WHERE type = 'mobile_line' ORDER BY identifier LIMIT 1`;
    expect(result.services[0]!.identifier).not.toBe(firstByNumber!.identifier);

    const answer = presentAnswer({ question: '10 most expensive mobile lines', calls: [{ tool: 'rank_services', arguments: {}, result }] });
    expect(answer.text.split('\n')[0]).toBe(
      `The 10 mobile lines with the highest invoiced cost in October 2026 (of ${result.rankedCount} ranked):`,
    );
    expect(answer.text).toContain(`1. ${expected[0]!.identifier} — ${formatMoney(expected[0]!.amount, 'USD')}`);
    expect(answer.table?.rows.map((row) => row.identifier)).toEqual(expected.map((row) => row.identifier));
  });

  it('ranks lines by data used in the month, and the least used first when asked', async () => {
    const byData = (order: 'DESC' | 'ASC') =>
      bed.database.prisma.$queryRawUnsafe<Array<{ identifier: string; data: string }>>(
        `SELECT s.identifier, sum(u."dataMb")::text AS data FROM "MobileUsage" u JOIN "Service" s ON s."identifierKey" = u."identifierKey"
       WHERE u.period >= '2026-10-01' AND u.period < '2026-11-01' GROUP BY s.identifier ORDER BY sum(u."dataMb") ${order}, s.identifier LIMIT 5`,
      );
    const most = await callTool<RankServicesResult>('rank_services', { sortBy: 'data_mb', top: 5 }, bed.context());
    expect(most.unit).toBe('MB');
    expect(most.services.map((service) => [service.identifier, service.value])).toEqual(
      (await byData('DESC')).map((row) => [row.identifier, new Decimal(row.data).toString()]),
    );
    const least = await callTool<RankServicesResult>('rank_services', { sortBy: 'data_mb', order: 'asc', top: 5 }, bed.context());
    expect(least.services.map((service) => service.identifier)).toEqual((await byData('ASC')).map((row) => row.identifier));
  });

  it('ranks by the inventory monthly cost with a vendor filter, without a billing period', async () => {
    const expected = await bed.database.prisma.$queryRaw<Array<{ identifier: string; cost: string }>>`
      SELECT s.identifier, s."monthlyCost"::text AS cost FROM "Service" s JOIN "Vendor" v ON v.id = s."vendorId"
      WHERE v.name = 'AT&T' AND s."monthlyCost" IS NOT NULL ORDER BY s."monthlyCost" DESC, s.identifier LIMIT 3`;
    const result = await callTool<RankServicesResult>('rank_services', { sortBy: 'monthly_cost', vendors: ['att'], top: 3 }, bed.context());
    expect(result.period).toBeUndefined();
    expect(result.services.map((service) => [service.identifier, service.value, service.vendor])).toEqual(
      expected.map((row) => [row.identifier, new Decimal(row.cost).toString(), 'AT&T']),
    );
  });
});
