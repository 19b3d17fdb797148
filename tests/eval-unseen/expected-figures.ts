import type { PrismaClient } from '../../src/db/generated/client.js';
import { Prisma } from '../../src/db/generated/client.js';
import { Decimal } from '../../src/domain/shared/decimal.js';
import { expectedForecast } from '../support/expected-forecast.js';
import { formatCount, formatDate, formatMoney } from '../../src/domain/shared/format.js';
import { costCenterTagKeys } from '../eval-heldout/expected-figures.js';
import type { CostCenterRole, VendorRole } from './coin-unseen-names.js';
import type { UnseenEnterprise } from './generate-unseen-enterprise.js';
import type { Expectation, InventoryFilters, Range, RankDimension, SpendFilters } from './questions.js';

// Expected figures for the unseen split, computed without the tools: SQL over the raw rows
// (InvoiceLine, CostRecord, Service, Contract, MobileUsage, Budget — never the rollups the tools
// read) or the generator's answer key. The held-out split's rules, adapted to this company:
// invoice lines count by period_start and reach a cost center and location through the first
// service with their identifier; FOCUS rows count by ChargePeriodStart (BilledCost) and reach a
// cost center through the cost-center tag.

export interface ExpectedText {
  mustContain: string[];
  /** Each group: at least one of its strings, compared without case (a label by id or by name). */
  mustContainOneOf: string[][];
  mustNotContain: string[];
}

const money = (amount: Decimal | string) => formatMoney(new Decimal(amount), 'USD');
const moment = (iso: string) => new Date(`${iso}T00:00:00Z`);
const expected = (parts: Partial<ExpectedText>): ExpectedText => ({ mustContain: [], mustContainOneOf: [], mustNotContain: [], ...parts });
const cents = (amount: Decimal) => amount.toDecimalPlaces(2, Decimal.ROUND_HALF_UP);
const monthEnd = (month: string) => new Date(Date.UTC(Number(month.slice(0, 4)), Number(month.slice(5, 7)), 1)).toISOString().slice(0, 10);
const megabytes = (value: Decimal) =>
  `${value
    .toDecimalPlaces(1, Decimal.ROUND_HALF_UP)
    .toFixed(1)
    .replace(/\B(?=(\d{3})+(?!\d))/g, ',')} MB`;

const spendRows = Prisma.sql`(
  SELECT l."periodStart"::timestamp AS at, v.name AS vendor, v.domain::text AS domain, s."costCenterId", s."locationId",
    NULL::text AS "serviceName", NULL::text AS "serviceCategory", NULL::text AS region, NULL::text AS "subAccountId", NULL::text AS "subAccountName",
    a.number AS account, l.amount::numeric AS amount, 'invoice' AS source
  FROM "InvoiceLine" l
  JOIN "Vendor" v ON v.id = l."vendorId"
  JOIN "Account" a ON a.id = l."accountId"
  LEFT JOIN (SELECT DISTINCT ON ("identifierKey") "identifierKey", "costCenterId", "locationId" FROM "Service" ORDER BY "identifierKey", id) s
    ON s."identifierKey" = l."identifierKey"
  UNION ALL
  SELECT c."chargePeriodStart", v.name, v.domain::text, tagged.id, NULL::int,
    c."serviceName", c."serviceCategory", c."regionId", c."subAccountId", c."subAccountName", c."billingAccountId", c."billedCost"::numeric, 'focus'
  FROM "CostRecord" c
  JOIN "Vendor" v ON v.id = c."vendorId"
  LEFT JOIN "CostCenter" tagged ON lower(tagged.code) = lower(trim((
    SELECT t.value FROM jsonb_each_text(CASE WHEN jsonb_typeof(c.tags::jsonb) = 'object' THEN c.tags::jsonb ELSE '{}'::jsonb END) t
    WHERE lower(t.key) IN (${Prisma.join(costCenterTagKeys.map((key) => key.toLowerCase()))}) LIMIT 1)))
) r`;

export class ExpectedFigures {
  constructor(
    private readonly prisma: PrismaClient,
    private readonly enterprise: UnseenEnterprise,
  ) {}

  private vendorNames(vendors: VendorRole[]): string[] {
    return vendors.map((vendor) => this.enterprise.names.vendors[vendor].name);
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

  private async locationIds(filters: Pick<SpendFilters, 'locations' | 'cities'>): Promise<number[] | null> {
    const names = this.enterprise.names;
    if (filters.locations) {
      const wanted = filters.locations.map((role) => names.locations[role].name);
      return (await this.prisma.$queryRaw<Array<{ id: number }>>`SELECT id FROM "Location" WHERE name IN (${Prisma.join(wanted)})`).map(
        (row) => row.id,
      );
    }
    if (filters.cities) {
      const wanted = filters.cities.map((role) => names.cities[role]);
      return (await this.prisma.$queryRaw<Array<{ id: number }>>`SELECT id FROM "Location" WHERE city IN (${Prisma.join(wanted)})`).map(
        (row) => row.id,
      );
    }
    return null;
  }

  private async spendCondition(period: Range, filters: SpendFilters): Promise<Prisma.Sql> {
    const { cloud } = this.enterprise.names;
    const conditions = [Prisma.sql`r.at >= ${moment(period[0])} AND r.at < ${moment(period[1])}`];
    if (filters.vendors) conditions.push(Prisma.sql`r.vendor IN (${Prisma.join(this.vendorNames(filters.vendors))})`);
    if (filters.domains) conditions.push(Prisma.sql`r.domain IN (${Prisma.join(filters.domains)})`);
    if (filters.costCenters)
      conditions.push(Prisma.sql`r."costCenterId" IN (${Prisma.join(await this.costCenterIds(filters.costCenters))})`);
    const locations = await this.locationIds(filters);
    if (locations) conditions.push(locations.length > 0 ? Prisma.sql`r."locationId" IN (${Prisma.join(locations)})` : Prisma.sql`FALSE`);
    if (filters.services)
      conditions.push(Prisma.sql`r."serviceName" IN (${Prisma.join(filters.services.map((service) => cloud.services[service]))})`);
    if (filters.serviceCategories)
      conditions.push(
        Prisma.sql`lower(r."serviceCategory") IN (${Prisma.join(filters.serviceCategories.map((category) => category.toLowerCase()))})`,
      );
    if (filters.regions) conditions.push(Prisma.sql`r.region IN (${Prisma.join(filters.regions.map((region) => cloud.regions[region]))})`);
    if (filters.subAccounts)
      conditions.push(
        Prisma.sql`r."subAccountId" IN (${Prisma.join(filters.subAccounts.map((subAccount) => cloud.subAccounts[subAccount].id))})`,
      );
    if (filters.carrierAccounts)
      conditions.push(
        Prisma.sql`r.account IN (${Prisma.join(filters.carrierAccounts.map((account) => this.enterprise.key.accounts[account]))})`,
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
      sub_account: Prisma.sql`r."subAccountId"`,
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
        case 'sub_account':
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
    const conditions = [
      Prisma.sql`s.type::text IN (${Prisma.join(filters.types)})`,
      Prisma.sql`s.status::text = ${filters.status ?? 'active'}`,
    ];
    if (filters.assignee)
      conditions.push(
        Prisma.sql`s.assignee = (SELECT assignee FROM "Service" WHERE identifier = ${this.enterprise.key.someLine} ORDER BY id LIMIT 1)`,
      );
    if (filters.vendors) conditions.push(Prisma.sql`v.name IN (${Prisma.join(this.vendorNames(filters.vendors))})`);
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
    const { names, key, asOf } = this.enterprise;
    switch (expectation.kind) {
      case 'spend':
        return expected({ mustContain: [money(await this.spend(expectation.period, expectation))] });
      case 'ranking': {
        const all = await this.ranking(expectation.period, expectation.dimension, expectation);
        const rows = expectation.show === undefined ? all : all.slice(0, expectation.show);
        return expected({ mustContain: rows.map((row) => money(row.amount)), mustContainOneOf: rows.map((row) => row.labels) });
      }
      case 'compare': {
        const current = await this.spend(expectation.period, expectation);
        const previous = await this.spend(expectation.comparedTo, expectation);
        return expected({ mustContain: [money(current), money(previous), money(current.minus(previous).abs())] });
      }
      case 'trend': {
        const figures: string[] = [];
        for (const month of expectation.check) figures.push(money(await this.spend([`${month}-01`, monthEnd(month)], expectation)));
        return expected({ mustContain: figures });
      }
      case 'count':
      case 'list': {
        const { count, cost } = await this.services(expectation);
        const noun = {
          mobile_line: ['mobile line', 'mobile lines'],
          circuit: ['circuit', 'circuits'],
          voice_trunk: ['voice trunk', 'voice trunks'],
          pots_line: ['POTS line', 'POTS lines'],
        }[expectation.types[0]!];
        const word = count === 1 ? noun[0] : noun[1];
        const status = expectation.status ?? 'active';
        // The monthly cost of services no longer billed is no answer to "how many were disconnected".
        return expected({
          mustContain: status === 'active' ? [money(cost)] : [],
          mustContainOneOf: [[`${formatCount(count)} ${status} ${word}`, `${formatCount(count)} ${word}`]],
        });
      }
      case 'contract': {
        const vendor = names.vendors[expectation.vendor].name;
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
        const dateOf = (contract: Awaited<ReturnType<ExpectedFigures['contracts']>>[number]) =>
          expectation.kind === 'notice_window' ? contract.deadline : contract.endDate.toISOString().slice(0, 10);
        const upcoming = (await this.contracts()).filter((contract) => contract.endDate >= asOf && dateOf(contract) >= today);
        const inside = upcoming.filter((contract) => dateOf(contract) < expectation.through);
        const outside = upcoming.filter((contract) => dateOf(contract) >= expectation.through);
        return expected({
          mustContain: inside.flatMap((contract) => [contract.externalId, formatDate(dateOf(contract))]),
          mustContainOneOf: [[`${formatCount(inside.length)} contract`, `${formatCount(inside.length)} active contract`]],
          mustNotContain: outside.map((contract) => contract.externalId),
        });
      }
      case 'commitment': {
        const vendor = names.vendors[expectation.vendor].name;
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
        const { budget, actual } = await this.budgetLine(names.costCenters[expectation.costCenter].code, expectation.month);
        if (budget === null) return expected({ mustContain: [`(no budget for ${expectation.costCenter} in ${expectation.month})`] });
        return expected({ mustContain: [money(actual), money(budget)] });
      }
      case 'budget_over': {
        const codes = await this.prisma.$queryRaw<Array<{ code: string }>>`
          SELECT cc.code FROM "Budget" b JOIN "CostCenter" cc ON cc.id = b."costCenterId" WHERE b.month = ${moment(`${expectation.month}-01`)} ORDER BY cc.code`;
        const over: string[] = [];
        for (const { code } of codes) {
          const { budget, actual } = await this.budgetLine(code, expectation.month);
          if (budget !== null && actual.greaterThan(budget)) over.push(code, money(actual));
        }
        return expected({ mustContain: over.length > 0 ? over : ['(no cost center over budget in the data)'] });
      }
      case 'line_usage': {
        const rows = await this.prisma.$queryRaw<Array<{ dataMb: string }>>`
          SELECT u."dataMb"::text AS "dataMb" FROM "MobileUsage" u JOIN "Service" s ON s."identifierKey" = u."identifierKey"
          WHERE s.identifier = ${key[expectation.line]} AND u.period = ${moment(`${expectation.month}-01`)}`;
        return expected({ mustContain: [rows[0] ? megabytes(new Decimal(rows[0].dataMb)) : '(no usage in the data)'] });
      }
      case 'zero_usage': {
        const vendors = expectation.vendors ? this.vendorNames(expectation.vendors) : null;
        const rows = await this.prisma.$queryRaw<Array<{ count: number; cost: string | null }>>`
          SELECT count(*)::int AS count, sum(s."monthlyCost")::text AS cost FROM "Service" s JOIN "Vendor" v ON v.id = s."vendorId"
          WHERE s.type = 'mobile_line' AND s.status = 'active' AND ${vendors ? Prisma.sql`v.name IN (${Prisma.join(vendors)})` : Prisma.sql`TRUE`}
            AND NOT EXISTS (
              SELECT 1 FROM "MobileUsage" u WHERE u."identifierKey" = s."identifierKey"
                AND u.period IN (${Prisma.join(expectation.months.map((month) => moment(`${month}-01`)))})
                AND (u."dataMb" > 0 OR u."voiceMinutes" > 0 OR u.messages > 0))`;
        const count = rows[0]?.count ?? 0;
        return expected({
          mustContain: [money(rows[0]?.cost ?? '0')],
          mustContainOneOf: [[`${formatCount(count)} active mobile ${count === 1 ? 'line' : 'lines'}`]],
        });
      }
      case 'spend_change':
        return this.spendChange(expectation);
      case 'run_rate': {
        if (expectation.basis === 'last_full_month') {
          const monthly = await this.spend(['2025-04-01', '2025-05-01'], expectation);
          return expected({ mustContain: [money(monthly.times(12)), money(monthly)] });
        }
        const quarter = await this.spend(['2025-02-01', '2025-05-01'], expectation);
        const monthly = cents(quarter.div(3));
        // Annualized from the rounded monthly average or from the exact one: either is right.
        return expected({
          mustContain: [money(monthly)],
          mustContainOneOf: [[money(monthly.times(12)), money(cents(quarter.div(3).times(12)))]],
        });
      }
      case 'forecast':
        return this.forecast(expectation);
      case 'unallocated':
        return expected({ mustContain: [money(await this.spend(expectation.period, expectation, Prisma.sql`r."costCenterId" IS NULL`))] });
      case 'unit_cost':
        return this.unitCost(expectation);
      case 'rank_services':
        return this.topServices(expectation);
      case 'realized_savings': {
        const [start, end] = expectation.period;
        const lastComplete = new Date(Date.UTC(asOf.getUTCFullYear(), asOf.getUTCMonth() - 1, 1));
        const monthIndex = (date: Date) => date.getUTCFullYear() * 12 + date.getUTCMonth();
        const periodLast = monthIndex(moment(end)) - (moment(end).getUTCDate() === 1 ? 1 : 0);
        let total = new Decimal(0);
        for (const disconnect of key.macdDisconnects) {
          // Whole months without the service, inside the period, up to the last complete month.
          const from = Math.max(monthIndex(moment(disconnect.completedOn)) + 1, monthIndex(moment(start)));
          const through = Math.min(monthIndex(lastComplete), periodLast);
          total = total.plus(new Decimal(disconnect.monthlyCost).times(Math.max(0, through - from + 1)));
        }
        const credits = await this.prisma.$queryRaw<Array<{ amount: string | null }>>`
          SELECT sum(abs(amount))::text AS amount FROM "InvoiceLine" WHERE "chargeType" = 'credit' AND "periodStart" >= ${moment(start)} AND "periodStart" < ${moment(end)}`;
        return expected({ mustContain: [money(total.plus(credits[0]?.amount ?? 0))] });
      }
      case 'audit': {
        const identifiers =
          expectation.finding === 'overbilling'
            ? [key.overbilling.identifier]
            : expectation.finding === 'notInInventory'
              ? [key.notInInventory.identifier]
              : [key.overbilling.identifier, key.notInInventory.identifier, key.billedAfterDisconnect.identifier];
        return expected({ mustContain: identifiers });
      }
      case 'billed_after_disconnect':
        return expected({ mustContain: [key.billedAfterDisconnect.identifier] });
      case 'disputes':
        return expected({ mustContain: [key.overbilling.invoiceNumber, money(key.overbilling.amount)] });
      case 'refuse':
        return expected({});
    }
  }

  /** A budget's own cost center's spend in the month (as it was budgeted), to as-of. */
  private async budgetLine(code: string, month: string): Promise<{ budget: string | null; actual: Decimal }> {
    const rows = await this.prisma.$queryRaw<Array<{ id: number; amount: string }>>`
      SELECT cc.id, b.amount::text AS amount FROM "Budget" b JOIN "CostCenter" cc ON cc.id = b."costCenterId" WHERE cc.code = ${code} AND b.month = ${moment(`${month}-01`)}`;
    const row = rows[0];
    if (!row) return { budget: null, actual: new Decimal(0) };
    const today = this.asOfDay();
    const end = monthEnd(month) < today ? monthEnd(month) : today;
    return { budget: row.amount, actual: await this.spend([`${month}-01`, end], {}, Prisma.sql`r."costCenterId" = ${row.id}`) };
  }

  private async spendChange(expectation: Extract<Expectation, { kind: 'spend_change' }>): Promise<ExpectedText> {
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
    const top = [...movers.values()]
      .map((mover) => ({ ...mover, change: mover.current.minus(mover.previous).times(sign) }))
      .filter((mover) => mover.change.greaterThan(0))
      .sort((left, right) => right.change.comparedTo(left.change))[0];
    // Nothing moved that way: a right answer ranks and says so; the tool asked for is the check.
    if (!top) return expected({});
    return expected({ mustContain: [money(top.current), money(top.previous)], mustContainOneOf: [top.labels] });
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
    const vendors = expectation.vendors ? this.vendorNames(expectation.vendors) : null;
    const rows = await this.prisma.$queryRaw<Array<{ location: string | null; services: number; amount: string }>>`
      SELECT ${expectation.groupBy === 'location' ? Prisma.sql`loc.name` : Prisma.sql`NULL::text`} AS location,
        count(DISTINCT l."identifierKey")::int AS services, sum(l.amount)::text AS amount
      FROM "InvoiceLine" l JOIN "Vendor" v ON v.id = l."vendorId"
      JOIN (SELECT DISTINCT ON ("identifierKey") "identifierKey", "locationId", type FROM "Service" ORDER BY "identifierKey", id) s
        ON s."identifierKey" = l."identifierKey"
      LEFT JOIN "Location" loc ON loc.id = s."locationId"
      WHERE s.type::text = ${expectation.serviceType}
        AND l."periodStart" >= ${moment(expectation.period[0])} AND l."periodStart" < ${moment(expectation.period[1])}
        AND ${vendors ? Prisma.sql`v.name IN (${Prisma.join(vendors)})` : Prisma.sql`TRUE`}
      GROUP BY 1`;
    if (rows.length === 0) return expected({ mustContain: ['(nothing billed for that in the data)'] });
    const average = (amount: Decimal, services: number) => money(cents(amount.div(services)));
    if (expectation.groupBy !== 'location') return expected({ mustContain: [average(new Decimal(rows[0]!.amount), rows[0]!.services)] });
    return expected({
      mustContain: rows.flatMap((row) => [row.location ?? 'No location', average(new Decimal(row.amount), row.services)]),
    });
  }

  private async topServices(expectation: Extract<Expectation, { kind: 'rank_services' }>): Promise<ExpectedText> {
    const vendors = expectation.vendors ? this.vendorNames(expectation.vendors) : null;
    const vendorCondition = vendors ? Prisma.sql`v.name IN (${Prisma.join(vendors)})` : Prisma.sql`TRUE`;
    const types = Prisma.sql`s.type::text IN (${Prisma.join(expectation.types)})`;
    if (expectation.sortBy === 'invoiced_cost') {
      const rows = await this.prisma.$queryRaw<Array<{ identifier: string; amount: string }>>`
        SELECT min(s.identifier) AS identifier, sum(l.amount)::text AS amount
        FROM "InvoiceLine" l JOIN (SELECT DISTINCT ON ("identifierKey") * FROM "Service" ORDER BY "identifierKey", id) s ON s."identifierKey" = l."identifierKey"
        JOIN "Vendor" v ON v.id = s."vendorId"
        WHERE l."periodStart" >= ${moment(expectation.period[0])} AND l."periodStart" < ${moment(expectation.period[1])} AND ${types} AND ${vendorCondition}
        GROUP BY l."identifierKey" ORDER BY sum(l.amount) DESC LIMIT ${expectation.show}`;
      if (rows.length === 0) return expected({ mustContain: ['(nothing billed in the data)'] });
      return expected({ mustContain: rows.flatMap((row) => [row.identifier, money(row.amount)]) });
    }
    const measure = expectation.sortBy === 'data_mb' ? Prisma.sql`u."dataMb"` : Prisma.sql`u."voiceMinutes"`;
    const rows = await this.prisma.$queryRaw<Array<{ identifier: string }>>`
      SELECT s.identifier FROM "MobileUsage" u JOIN "Service" s ON s."identifierKey" = u."identifierKey" JOIN "Vendor" v ON v.id = s."vendorId"
      WHERE u.period = ${moment(expectation.period[0])} AND ${types} AND ${vendorCondition}
      ORDER BY ${measure} DESC LIMIT ${expectation.show}`;
    return rows.length > 0
      ? expected({ mustContain: rows.map((row) => row.identifier) })
      : expected({ mustContain: ['(no usage in the data)'] });
  }
}
