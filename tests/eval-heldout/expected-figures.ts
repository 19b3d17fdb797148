import type { PrismaClient } from '../../src/db/generated/client.js';
import { Prisma } from '../../src/db/generated/client.js';
import { Decimal } from '../../src/domain/shared/decimal.js';
import { expectedForecast } from '../support/expected-forecast.js';
import { formatCount, formatDate, formatMoney } from '../../src/domain/shared/format.js';
import type { CostCenterRole } from './coin-heldout-names.js';
import type { HeldoutEnterprise } from './generate-heldout-enterprise.js';
import type { Expectation, InventoryFilters, Range, RankDimension, SpendFilters, VendorRef } from './questions.js';

// Expected figures for the held-out split, computed without the tools: SQL over the raw rows
// (InvoiceLine, CostRecord, Service, Contract, MobileUsage, Budget — never the rollups the tools
// read) or the generator's answer key. Spend follows the README's definition: invoice lines by
// period_start, FOCUS rows by ChargePeriodStart (BilledCost); a line reaches a cost center and a
// location through its identifier's service, a FOCUS row through its cost-center tag.

export interface ExpectedText {
  mustContain: string[];
  /** Each group: at least one of its strings (a label the answer may show by id or by name). */
  mustContainOneOf: string[][];
  /** Strings a right answer must not show (a contract outside the asked window). */
  mustNotContain: string[];
}

const money = (amount: Decimal | string) => formatMoney(new Decimal(amount), 'USD');
const moment = (iso: string) => new Date(`${iso}T00:00:00Z`);
const expected = (parts: Partial<ExpectedText>): ExpectedText => ({ mustContain: [], mustContainOneOf: [], mustNotContain: [], ...parts });
const cents = (amount: Decimal) => amount.toDecimalPlaces(2, Decimal.ROUND_HALF_UP);

/** The FOCUS tag keys the eval imports with (as LEDGERLINE_COST_CENTER_TAG_KEYS defaults). */
export const costCenterTagKeys = ['cost-center', 'costcenter', 'cost_center', 'CostCenter'];

/** Every spend row of the company, invoices and FOCUS alike, with what it is allocated to. */
const spendRows = Prisma.sql`(
  SELECT l."periodStart"::timestamp AS at, v.name AS vendor, v.domain::text AS domain, s."costCenterId", s."locationId",
    NULL::text AS "serviceName", NULL::text AS "serviceCategory", NULL::text AS region, NULL::text AS "subAccountId", NULL::text AS "subAccountName",
    l.amount::numeric AS amount, 'invoice' AS source
  FROM "InvoiceLine" l
  JOIN "Vendor" v ON v.id = l."vendorId"
  LEFT JOIN (SELECT DISTINCT ON ("identifierKey") "identifierKey", "costCenterId", "locationId" FROM "Service" ORDER BY "identifierKey", id) s
    ON s."identifierKey" = l."identifierKey"
  UNION ALL
  SELECT c."chargePeriodStart", v.name, v.domain::text, tagged.id, NULL::int,
    c."serviceName", c."serviceCategory", c."regionId", c."subAccountId", c."subAccountName", c."billedCost"::numeric, 'focus'
  FROM "CostRecord" c
  JOIN "Vendor" v ON v.id = c."vendorId"
  LEFT JOIN "CostCenter" tagged ON lower(tagged.code) = lower(trim((
    SELECT t.value FROM jsonb_each_text(CASE WHEN jsonb_typeof(c.tags::jsonb) = 'object' THEN c.tags::jsonb ELSE '{}'::jsonb END) t
    WHERE lower(t.key) IN (${Prisma.join(costCenterTagKeys.map((key) => key.toLowerCase()))}) LIMIT 1)))
) r`;

export class ExpectedFigures {
  constructor(
    private readonly prisma: PrismaClient,
    private readonly enterprise: HeldoutEnterprise,
  ) {}

  private vendorName(vendor: VendorRef): string {
    return vendor === 'AWS' || vendor === 'Microsoft' || vendor === 'Oracle' ? vendor : this.enterprise.names.vendors[vendor].name;
  }

  private async costCenterIds(roles: CostCenterRole[]): Promise<number[]> {
    const codes = roles.map((role) => this.enterprise.names.costCenters[role].code);
    const rows = await this.prisma.$queryRaw<Array<{ id: number }>>`
      WITH RECURSIVE tree AS (
        SELECT id FROM "CostCenter" WHERE code IN (${Prisma.join(codes)})
        UNION SELECT c.id FROM "CostCenter" c JOIN tree t ON c."parentId" = t.id
      ) SELECT id FROM tree`;
    return rows.map((row) => row.id);
  }

  private async locationIds(filters: { locations?: string[]; cities?: string[] }): Promise<number[] | null> {
    const names = this.enterprise.names;
    if (filters.locations) {
      const wanted = filters.locations.map((role) => names.locations[role as keyof typeof names.locations].name);
      return (await this.prisma.$queryRaw<Array<{ id: number }>>`SELECT id FROM "Location" WHERE name IN (${Prisma.join(wanted)})`).map(
        (row) => row.id,
      );
    }
    if (filters.cities) {
      const wanted = filters.cities.map((role) => names.cities[role as keyof typeof names.cities]);
      return (await this.prisma.$queryRaw<Array<{ id: number }>>`SELECT id FROM "Location" WHERE city IN (${Prisma.join(wanted)})`).map(
        (row) => row.id,
      );
    }
    return null;
  }

  private async spendCondition(period: Range, filters: SpendFilters): Promise<Prisma.Sql> {
    const conditions = [Prisma.sql`r.at >= ${moment(period[0])} AND r.at < ${moment(period[1])}`];
    if (filters.vendors)
      conditions.push(Prisma.sql`r.vendor IN (${Prisma.join(filters.vendors.map((vendor) => this.vendorName(vendor)))})`);
    if (filters.domains) conditions.push(Prisma.sql`r.domain IN (${Prisma.join(filters.domains)})`);
    if (filters.costCenters)
      conditions.push(Prisma.sql`r."costCenterId" IN (${Prisma.join(await this.costCenterIds(filters.costCenters))})`);
    const locations = await this.locationIds(filters);
    if (locations) conditions.push(locations.length > 0 ? Prisma.sql`r."locationId" IN (${Prisma.join(locations)})` : Prisma.sql`FALSE`);
    const lowerIn = (column: Prisma.Sql, values: string[]) =>
      Prisma.sql`lower(${column}) IN (${Prisma.join(values.map((value) => value.toLowerCase()))})`;
    if (filters.serviceNames) conditions.push(lowerIn(Prisma.sql`r."serviceName"`, filters.serviceNames));
    if (filters.serviceCategories) conditions.push(lowerIn(Prisma.sql`r."serviceCategory"`, filters.serviceCategories));
    if (filters.regions) conditions.push(lowerIn(Prisma.sql`r.region`, filters.regions));
    if (filters.subAccounts)
      conditions.push(
        Prisma.sql`(r."subAccountId" IN (${Prisma.join(filters.subAccounts)}) OR r."subAccountName" IN (${Prisma.join(filters.subAccounts)}))`,
      );
    return Prisma.join(conditions, ' AND ');
  }

  async spend(period: Range, filters: SpendFilters, extra: Prisma.Sql = Prisma.sql`TRUE`): Promise<Decimal> {
    const rows = await this.prisma.$queryRaw<Array<{ amount: string | null }>>`
      SELECT sum(r.amount)::text AS amount FROM ${spendRows} WHERE ${await this.spendCondition(period, filters)} AND ${extra}`;
    return new Decimal(rows[0]?.amount ?? 0);
  }

  /** Groups largest first; groups without a value (no cost center, no location…) are left out. */
  async ranking(period: Range, dimension: RankDimension, filters: SpendFilters): Promise<Array<{ labels: string[]; amount: Decimal }>> {
    const key = {
      vendor: Prisma.sql`r.vendor`,
      domain: Prisma.sql`r.domain`,
      cost_center: Prisma.sql`r."costCenterId"::text`,
      location: Prisma.sql`r."locationId"::text`,
      service_name: Prisma.sql`r."serviceName"`,
      service_category: Prisma.sql`r."serviceCategory"`,
      account: Prisma.sql`r."subAccountId"`,
      region: Prisma.sql`r.region`,
    }[dimension];
    const rows = await this.prisma.$queryRaw<
      Array<{
        key: string;
        subAccountName: string | null;
        code: string | null;
        costCenterName: string | null;
        location: string | null;
        amount: string;
      }>
    >`
      SELECT ${key} AS key, max(r."subAccountName") AS "subAccountName", max(cc.code) AS code, max(cc.name) AS "costCenterName", max(loc.name) AS location,
        sum(r.amount)::text AS amount
      FROM ${spendRows} LEFT JOIN "CostCenter" cc ON cc.id = r."costCenterId" LEFT JOIN "Location" loc ON loc.id = r."locationId"
      WHERE ${await this.spendCondition(period, filters)} AND ${key} IS NOT NULL
      GROUP BY 1 ORDER BY sum(r.amount) DESC`;
    const labelsOf = (row: (typeof rows)[number]): string[] => {
      switch (dimension) {
        case 'cost_center':
          return [row.costCenterName ?? '', row.code ?? ''];
        case 'location':
          return [row.location ?? ''];
        case 'account':
          return [row.key, row.subAccountName ?? row.key];
        case 'vendor':
        case 'domain':
        case 'service_name':
        case 'service_category':
        case 'region':
          return [row.key];
      }
    };
    return rows.map((row) => ({ labels: labelsOf(row), amount: new Decimal(row.amount) }));
  }

  private async services(filters: InventoryFilters): Promise<{ count: number; cost: Decimal }> {
    const names = this.enterprise.names;
    const conditions = [Prisma.sql`s.type::text IN (${Prisma.join(filters.types)})`, Prisma.sql`s.status = 'active'`];
    if (filters.vendors)
      conditions.push(Prisma.sql`v.name IN (${Prisma.join(filters.vendors.map((vendor) => names.vendors[vendor].name))})`);
    const locations = await this.locationIds(filters);
    if (locations) conditions.push(locations.length > 0 ? Prisma.sql`s."locationId" IN (${Prisma.join(locations)})` : Prisma.sql`FALSE`);
    if (filters.costCenters)
      conditions.push(Prisma.sql`s."costCenterId" IN (${Prisma.join(await this.costCenterIds(filters.costCenters))})`);
    const rows = await this.prisma.$queryRaw<Array<{ count: number; cost: string | null }>>`
      SELECT count(*)::int AS count, sum(s."monthlyCost")::text AS cost FROM "Service" s JOIN "Vendor" v ON v.id = s."vendorId"
      WHERE ${Prisma.join(conditions, ' AND ')}`;
    return { count: rows[0]?.count ?? 0, cost: new Decimal(rows[0]?.cost ?? 0) };
  }

  private async contracts(): Promise<
    Array<{ externalId: string; vendor: string; startDate: Date; endDate: Date; deadline: string; committed: string | null }>
  > {
    const rows = await this.prisma.$queryRaw<
      Array<{
        externalId: string;
        vendor: string;
        startDate: Date;
        endDate: Date;
        autoRenew: boolean;
        noticeDays: number;
        committed: string | null;
      }>
    >`
      SELECT c."externalId", v.name AS vendor, c."startDate", c."endDate", c."autoRenew", c."noticeDays", c."committedAnnual"::text AS committed
      FROM "Contract" c JOIN "Vendor" v ON v.id = c."vendorId" ORDER BY c."externalId"`;
    return rows.map((row) => ({
      ...row,
      deadline: (row.autoRenew ? new Date(row.endDate.getTime() - row.noticeDays * 86_400_000) : row.endDate).toISOString().slice(0, 10),
    }));
  }

  private asOfDay(): string {
    return this.enterprise.asOf.toISOString().slice(0, 10);
  }

  async expectedText(expectation: Expectation): Promise<ExpectedText> {
    const names = this.enterprise.names;
    switch (expectation.kind) {
      case 'spend':
        return expected({ mustContain: [money(await this.spend(expectation.period, expectation))] });
      case 'ranking': {
        const rows = (await this.ranking(expectation.period, expectation.dimension, expectation)).slice(0, expectation.show);
        return expected({ mustContain: rows.map((row) => money(row.amount)), mustContainOneOf: rows.map((row) => row.labels) });
      }
      case 'compare': {
        const current = await this.spend(expectation.period, expectation);
        const previous = await this.spend(expectation.comparedTo, expectation);
        return expected({ mustContain: [money(current), money(previous), money(current.minus(previous).abs())] });
      }
      case 'trend': {
        const figures: string[] = [];
        for (const month of expectation.check) {
          const start = `${month}-01`;
          const next = new Date(Date.UTC(Number(month.slice(0, 4)), Number(month.slice(5, 7)), 1)).toISOString().slice(0, 10);
          figures.push(money(await this.spend([start, next], expectation)));
        }
        return expected({ mustContain: figures });
      }
      case 'count':
      case 'list': {
        const { count, cost } = await this.services(expectation);
        const noun = { mobile_line: 'mobile line', circuit: 'circuit', voice_trunk: 'voice trunk', pots_line: 'POTS line' }[
          expectation.types[0]!
        ];
        return expected({
          mustContain: expectation.kind === 'list' ? [money(cost)] : [],
          mustContainOneOf: [[`${formatCount(count)} active ${noun}`, `${formatCount(count)} ${noun}`]],
        });
      }
      case 'contract': {
        const vendor = names.vendors[expectation.vendor].name;
        const asOf = this.enterprise.asOf;
        const active = (await this.contracts()).find(
          (contract) => contract.vendor === vendor && contract.startDate <= asOf && contract.endDate >= asOf,
        );
        if (!active) return expected({ mustContain: [`(no active contract with ${vendor} in the data)`] });
        const date = expectation.show === 'end' ? active.endDate.toISOString() : active.deadline;
        return expected({ mustContain: [active.externalId, formatDate(date)] });
      }
      case 'notice_window':
      case 'ending_window': {
        const today = this.asOfDay();
        const asOf = this.enterprise.asOf;
        const dateOf = (contract: Awaited<ReturnType<ExpectedFigures['contracts']>>[number]) =>
          expectation.kind === 'notice_window' ? contract.deadline : contract.endDate.toISOString().slice(0, 10);
        const active = (await this.contracts()).filter((contract) => contract.endDate >= asOf && dateOf(contract) >= today);
        const inside = active.filter((contract) => dateOf(contract) < expectation.through);
        const outside = active.filter((contract) => dateOf(contract) >= expectation.through);
        return expected({
          mustContain: inside.flatMap((contract) => [contract.externalId, formatDate(dateOf(contract))]),
          mustContainOneOf: [[`${formatCount(inside.length)} contract`, `${formatCount(inside.length)} active contract`]],
          mustNotContain: outside.map((contract) => contract.externalId),
        });
      }
      case 'commitment': {
        const vendor = names.vendors[expectation.vendor].name;
        const asOf = this.enterprise.asOf;
        const figures: string[] = [];
        for (const contract of (await this.contracts()).filter(
          (row) => row.vendor === vendor && row.committed !== null && row.startDate <= asOf && row.endDate >= asOf,
        )) {
          const nextYear = (date: Date) => new Date(Date.UTC(date.getUTCFullYear() + 1, date.getUTCMonth(), date.getUTCDate()));
          let yearStart = contract.startDate;
          while (nextYear(yearStart) <= asOf) yearStart = nextYear(yearStart);
          const tomorrow = new Date(Date.UTC(asOf.getUTCFullYear(), asOf.getUTCMonth(), asOf.getUTCDate() + 1)).toISOString().slice(0, 10);
          figures.push(
            money(contract.committed!),
            money(await this.spend([yearStart.toISOString().slice(0, 10), tomorrow], { vendors: [expectation.vendor] })),
          );
        }
        return expected({ mustContain: figures.length > 0 ? figures : [`(no commitment with ${vendor} in the data)`] });
      }
      case 'budget': {
        const code = names.costCenters[expectation.costCenter].code;
        const start = `${expectation.month}-01`;
        const next = new Date(Date.UTC(Number(expectation.month.slice(0, 4)), Number(expectation.month.slice(5, 7)), 1))
          .toISOString()
          .slice(0, 10);
        const budget = await this.prisma.$queryRaw<Array<{ id: number; amount: string }>>`
          SELECT cc.id, b.amount::text AS amount FROM "Budget" b JOIN "CostCenter" cc ON cc.id = b."costCenterId" WHERE cc.code = ${code} AND b.month = ${moment(start)}`;
        const row = budget[0];
        if (!row) return expected({ mustContain: [`(no budget for ${code} in ${expectation.month})`] });
        // A budget line is the cost center's own spend, as it was budgeted.
        const actual = await this.spend([start, next], {}, Prisma.sql`r."costCenterId" = ${row.id}`);
        return expected({ mustContain: [money(actual), money(row.amount)] });
      }
      case 'spend_change': {
        const current = await this.ranking(expectation.period, expectation.dimension, expectation);
        const previous = await this.ranking(expectation.comparedTo, expectation.dimension, expectation);
        const keyOf = (labels: string[]) => labels.join('|');
        const movers = new Map<string, { labels: string[]; current: Decimal; previous: Decimal }>();
        for (const row of current) movers.set(keyOf(row.labels), { labels: row.labels, current: row.amount, previous: new Decimal(0) });
        for (const row of previous) {
          const mover = movers.get(keyOf(row.labels)) ?? { labels: row.labels, current: new Decimal(0), previous: new Decimal(0) };
          mover.previous = row.amount;
          movers.set(keyOf(row.labels), mover);
        }
        const sign = expectation.direction === 'increase' ? 1 : -1;
        const ranked = [...movers.values()]
          .map((mover) => ({ ...mover, change: mover.current.minus(mover.previous).times(sign) }))
          .filter((mover) => mover.change.greaterThan(0))
          .sort((left, right) => right.change.comparedTo(left.change));
        const top = ranked[0];
        if (!top) return expected({ mustContain: ['(nothing moved that way in the data)'] });
        return expected({ mustContain: [money(top.current), money(top.previous)], mustContainOneOf: [top.labels] });
      }
      case 'run_rate': {
        const monthly =
          expectation.basis === 'last_full_month'
            ? cents(await this.spend(['2024-09-01', '2024-10-01'], expectation))
            : cents((await this.spend(['2024-07-01', '2024-10-01'], expectation)).div(3));
        // The tool's definition: annual = the monthly figure shown × 12, so the two reconcile.
        return expected({ mustContain: [money(monthly.times(12)), money(monthly)] });
      }
      case 'forecast':
        return this.forecast(expectation);
      case 'unallocated': {
        const unallocated = await this.spend(expectation.period, expectation, Prisma.sql`r."costCenterId" IS NULL`);
        return expected({ mustContain: [money(unallocated)] });
      }
      case 'unit_cost':
        return this.unitCost(expectation);
      case 'rank_services':
        return this.topService(expectation);
      case 'realized_savings': {
        const { macdDisconnects, disputeCredit } = this.enterprise.key;
        const [start, end] = expectation.period;
        // Whole months after completion, inside the period, up to its last complete month.
        const lastComplete = new Date(Date.UTC(this.enterprise.asOf.getUTCFullYear(), this.enterprise.asOf.getUTCMonth() - 1, 1));
        const monthIndex = (date: Date) => date.getUTCFullYear() * 12 + date.getUTCMonth();
        let total = new Decimal(0);
        for (const disconnect of macdDisconnects) {
          const completed = moment(disconnect.completedOn);
          const from = Math.max(monthIndex(completed) + 1, monthIndex(moment(start)));
          const months = Math.max(0, monthIndex(lastComplete) - from + 1);
          total = total.plus(new Decimal(disconnect.monthlyCost).times(months));
        }
        if (`${disputeCredit.creditMonth}-01` >= start && `${disputeCredit.creditMonth}-01` < end) total = total.plus(disputeCredit.amount);
        return expected({ mustContain: [money(total)] });
      }
      case 'disputes': {
        // The generator's answer key: the overbilled invoice and what was disputed and credited back.
        const { overbilledInvoice, amount } = this.enterprise.key.disputeCredit;
        return expected({ mustContain: [overbilledInvoice, money(amount)] });
      }
      case 'audit_not_in_inventory': {
        const vendors = expectation.vendors?.map((vendor) => names.vendors[vendor].name);
        const rows = await this.prisma.$queryRaw<Array<{ identifier: string }>>`
          SELECT DISTINCT l.identifier FROM "InvoiceLine" l JOIN "Vendor" v ON v.id = l."vendorId"
          WHERE l."identifierKey" IS NOT NULL AND l."identifierKey" <> ''
            AND NOT EXISTS (SELECT 1 FROM "Service" s WHERE s."identifierKey" = l."identifierKey")
            AND ${vendors ? Prisma.sql`v.name IN (${Prisma.join(vendors)})` : Prisma.sql`TRUE`}
          ORDER BY 1`;
        return expected({
          mustContain: rows.length > 0 ? rows.map((row) => row.identifier) : ['(no identifier outside the inventory in the data)'],
        });
      }
      case 'zero_usage': {
        const vendors = expectation.vendors?.map((vendor) => names.vendors[vendor].name);
        const latest = await this.prisma.$queryRaw<Array<{ month: Date | null }>>`SELECT max(period) AS month FROM "MobileUsage"`;
        const last = latest[0]?.month;
        if (!last) return expected({ mustContain: ['(no usage in the data)'] });
        const from = new Date(Date.UTC(last.getUTCFullYear(), last.getUTCMonth() - (expectation.months - 1), 1));
        const to = new Date(Date.UTC(last.getUTCFullYear(), last.getUTCMonth() + 1, 1));
        const rows = await this.prisma.$queryRaw<Array<{ count: number; cost: string | null }>>`
          SELECT count(*)::int AS count, sum(s."monthlyCost")::text AS cost FROM "Service" s JOIN "Vendor" v ON v.id = s."vendorId"
          WHERE s.type = 'mobile_line' AND s.status = 'active'
            AND ${vendors ? Prisma.sql`v.name IN (${Prisma.join(vendors)})` : Prisma.sql`TRUE`}
            AND NOT EXISTS (
              SELECT 1 FROM "MobileUsage" u WHERE u."identifierKey" = s."identifierKey" AND u.period >= ${from} AND u.period < ${to}
                AND (u."dataMb" > 0 OR u."voiceMinutes" > 0 OR u.messages > 0))`;
        const count = rows[0]?.count ?? 0;
        if (count === 0) return expected({ mustContain: ['(no idle line in the data)'] });
        const lines = count === 1 ? 'line' : 'lines';
        return expected({
          mustContain: [money(rows[0]?.cost ?? '0')],
          mustContainOneOf: [
            [`${formatCount(count)} active mobile ${lines}`, `${formatCount(count)} mobile ${lines}`, `${formatCount(count)} ${lines}`],
          ],
        });
      }
      case 'budget_over': {
        const start = `${expectation.month}-01`;
        const next = new Date(Date.UTC(Number(expectation.month.slice(0, 4)), Number(expectation.month.slice(5, 7)), 1))
          .toISOString()
          .slice(0, 10);
        const budgets = await this.prisma.$queryRaw<Array<{ id: number; code: string; name: string; amount: string }>>`
          SELECT cc.id, cc.code, cc.name, b.amount::text AS amount FROM "Budget" b JOIN "CostCenter" cc ON cc.id = b."costCenterId"
          WHERE b.month = ${moment(start)} ORDER BY cc.code`;
        const over: Array<{ labels: string[]; actual: Decimal }> = [];
        for (const budget of budgets) {
          // As for 'budget': a budget line is the cost center's own spend.
          const actual = await this.spend([start, next], {}, Prisma.sql`r."costCenterId" = ${budget.id}`);
          if (actual.greaterThan(budget.amount)) over.push({ labels: [budget.code, budget.name], actual });
        }
        if (over.length === 0) return expected({ mustContain: ['(no cost center over budget in the data)'] });
        return expected({ mustContain: over.map((line) => money(line.actual)), mustContainOneOf: over.map((line) => line.labels) });
      }
      case 'refuse':
        return expected({});
    }
  }

  /** The forecast as issue 17 specifies it (tests/support/expected-forecast.ts), from the raw rows. */
  private async forecast(expectation: Extract<Expectation, { kind: 'forecast' }>): Promise<ExpectedText> {
    const asOf = this.enterprise.asOf;
    const horizonStart =
      expectation.horizon === 'month'
        ? new Date(Date.UTC(asOf.getUTCFullYear(), asOf.getUTCMonth(), 1))
        : expectation.horizon === 'quarter'
          ? new Date(Date.UTC(asOf.getUTCFullYear(), Math.floor(asOf.getUTCMonth() / 3) * 3, 1))
          : new Date(Date.UTC(asOf.getUTCFullYear(), 0, 1));
    const months = expectation.horizon === 'month' ? 1 : expectation.horizon === 'quarter' ? 3 : 12;
    const horizonEnd = new Date(Date.UTC(horizonStart.getUTCFullYear(), horizonStart.getUTCMonth() + months, 1));
    const condition = await this.spendCondition(['1900-01-01', '2999-01-01'], expectation);
    const forecast = await expectedForecast(this.prisma, { asOf, horizonStart, horizonEnd, condition, costCenterTagKeys });
    return expected({ mustContain: [money(forecast.total), money(forecast.actual), money(forecast.projected)] });
  }

  private async unitCost(expectation: Extract<Expectation, { kind: 'unit_cost' }>): Promise<ExpectedText> {
    const vendors = expectation.vendors?.map((vendor) => this.enterprise.names.vendors[vendor].name);
    const rows = await this.prisma.$queryRaw<Array<{ location: string | null; services: number; amount: string }>>`
      SELECT ${expectation.groupBy === 'location' ? Prisma.sql`loc.name` : Prisma.sql`NULL::text`} AS location,
        count(DISTINCT l."identifierKey")::int AS services, sum(l.amount)::text AS amount
      FROM "InvoiceLine" l JOIN "Vendor" v ON v.id = l."vendorId"
      JOIN (SELECT DISTINCT ON ("identifierKey") "identifierKey", "locationId" FROM "Service" WHERE type::text = ${expectation.serviceType} ORDER BY "identifierKey", id) s
        ON s."identifierKey" = l."identifierKey"
      LEFT JOIN "Location" loc ON loc.id = s."locationId"
      WHERE l."periodStart" >= ${moment(expectation.period[0])} AND l."periodStart" < ${moment(expectation.period[1])}
        AND ${vendors ? Prisma.sql`v.name IN (${Prisma.join(vendors)})` : Prisma.sql`TRUE`}
      GROUP BY 1 ORDER BY count(DISTINCT l."identifierKey") DESC, 1`;
    const top = rows[0];
    if (!top || top.services === 0) return expected({ mustContain: ['(nothing billed for that in the data)'] });
    const average = money(cents(new Decimal(top.amount).div(top.services)));
    return expected({ mustContain: expectation.groupBy === 'location' ? [top.location ?? '', average] : [average] });
  }

  private async topService(expectation: Extract<Expectation, { kind: 'rank_services' }>): Promise<ExpectedText> {
    const vendors = expectation.vendors?.map((vendor) => this.enterprise.names.vendors[vendor].name);
    const vendorCondition = vendors ? Prisma.sql`v.name IN (${Prisma.join(vendors)})` : Prisma.sql`TRUE`;
    const types = Prisma.sql`s.type::text IN (${Prisma.join(expectation.types)})`;
    if (expectation.sortBy === 'invoiced_cost') {
      const rows = await this.prisma.$queryRaw<Array<{ identifier: string; amount: string }>>`
        SELECT min(s.identifier) AS identifier, sum(l.amount)::text AS amount
        FROM "InvoiceLine" l JOIN "Service" s ON s."identifierKey" = l."identifierKey" JOIN "Vendor" v ON v.id = s."vendorId"
        WHERE l."periodStart" >= ${moment(expectation.period[0])} AND l."periodStart" < ${moment(expectation.period[1])} AND ${types} AND ${vendorCondition}
        GROUP BY l."identifierKey" ORDER BY sum(l.amount) DESC LIMIT 1`;
      const top = rows[0];
      return top
        ? expected({ mustContain: [top.identifier, money(top.amount)] })
        : expected({ mustContain: ['(nothing billed in the data)'] });
    }
    const measure = expectation.sortBy === 'data_mb' ? Prisma.sql`u."dataMb"` : Prisma.sql`u."voiceMinutes"`;
    const rows = await this.prisma.$queryRaw<Array<{ identifier: string }>>`
      SELECT s.identifier FROM "MobileUsage" u JOIN "Service" s ON s."identifierKey" = u."identifierKey" JOIN "Vendor" v ON v.id = s."vendorId"
      WHERE u.period = ${moment(expectation.period[0])} AND ${types} AND ${vendorCondition}
      ORDER BY ${measure} DESC LIMIT 1`;
    return rows[0] ? expected({ mustContain: [rows[0].identifier] }) : expected({ mustContain: ['(no usage in the data)'] });
  }
}
