import { addDays, daysBetween, daysInMonth, toIsoDate, toIsoMonth } from '../domain/periods/period.js';
import type { Cents } from './cents.js';
import { formatCents } from './cents.js';
import type {
  DemoAnswerKey,
  DemoBudgetMonth,
  DemoCounts,
  DemoFindings,
  DemoInventoryFigures,
  DemoNoticeDeadline,
  DemoSpend,
} from './demo-answer-key.js';
import type { DemoDomain } from './demo-catalog.js';
import { companyName } from './demo-catalog.js';
import type { DemoModel } from './demo-model.js';
import { DemoTally } from './demo-tally.js';

export interface BudgetPlan {
  /** Budget in cents by cost center and month ("YYYY-MM"). */
  amounts: Map<string, Cents>;
  asOfMonth: DemoBudgetMonth;
  lastFullMonth: DemoBudgetMonth;
}

const countBy = <T>(items: T[], keyOf: (item: T) => string): Map<string, number> => {
  const counts = new Map<string, number>();
  for (const item of items) counts.set(keyOf(item), (counts.get(keyOf(item)) ?? 0) + 1);
  return counts;
};

function directActual(tally: DemoTally, costCenter: string, month: string): Cents {
  const key = DemoTally.key(costCenter, month);
  return (tally.telecomCostCenterMonth.get(key) ?? 0) + (tally.cloudCostCenterMonth.get(key) ?? 0);
}

/** Normal budgets sit 50% above the cost center's recent spend; three are planted to be exceeded this month. */
export function planBudgets(model: DemoModel, tally: DemoTally): BudgetPlan {
  const amounts = new Map<string, Cents>();
  const monthTexts = model.months.map(toIsoMonth);
  const roundUpToHundred = (cents: Cents) => Math.max(50_000, Math.ceil((cents * 3) / 2 / 10_000) * 10_000);
  for (const costCenter of model.costCenters) {
    monthTexts.forEach((month, index) => {
      const recent = monthTexts
        .slice(Math.max(0, index - 2), index + 1)
        .map((candidate) => directActual(tally, costCenter.code, candidate));
      amounts.set(DemoTally.key(costCenter.code, month), roundUpToHundred(Math.max(...recent)));
    });
  }
  const lastFull = monthTexts[monthTexts.length - 1] as string;
  const asOfMonthText = toIsoMonth(model.asOfMonth);
  const asOfDays = daysInMonth(model.asOfMonth);
  const mtdDays = model.monthToDateDays;
  for (const costCenter of model.costCenters) {
    const recent = monthTexts.slice(-3).map((month) => directActual(tally, costCenter.code, month));
    let budget = roundUpToHundred(Math.max(...recent));
    const actual = directActual(tally, costCenter.code, asOfMonthText);
    const projected = mtdDays > 0 ? Math.round((actual * asOfDays) / mtdDays) : 0;
    // Cloud-only cost centers, so the month-to-date figure is the whole story.
    if (mtdDays > 0 && actual > 0) {
      if (costCenter.code === 'CC-620') budget = Math.floor((actual * 0.9) / 100) * 100;
      if (costCenter.code === 'CC-610') budget = Math.floor((actual * 0.97) / 100) * 100;
      if (costCenter.code === 'CC-220') budget = Math.round((actual + projected) / 2 / 100) * 100;
    }
    amounts.set(DemoTally.key(costCenter.code, asOfMonthText), budget);
  }
  const monthFigures = (month: string, daysWithData: number, days: number): DemoBudgetMonth => ({
    month,
    daysWithData,
    daysInMonth: days,
    rows: model.costCenters.map((costCenter) => {
      const budget = amounts.get(DemoTally.key(costCenter.code, month)) ?? 0;
      const actual = directActual(tally, costCenter.code, month);
      const projected = daysWithData > 0 ? Math.round((actual * days) / daysWithData) : 0;
      const status = actual > budget ? 'over' : projected > budget ? 'projected-over' : 'within';
      return {
        costCenter: costCenter.code,
        name: costCenter.name,
        budget: formatCents(budget),
        actual: formatCents(actual),
        projected: formatCents(projected),
        status,
      };
    }),
  });
  return {
    amounts,
    asOfMonth: monthFigures(asOfMonthText, mtdDays, asOfDays),
    lastFullMonth: monthFigures(
      lastFull,
      daysInMonth(model.months[model.months.length - 1] as Date),
      daysInMonth(model.months[model.months.length - 1] as Date),
    ),
  };
}

export function buildAnswerKey(input: {
  model: DemoModel;
  tally: DemoTally;
  budgets: BudgetPlan;
  files: { kind: string; file: string; rows: number }[];
  findings: Omit<DemoFindings, 'budgetOverruns'>;
}): DemoAnswerKey {
  const { model, tally, budgets } = input;
  const domainOf = new Map(model.vendors.map((vendor) => [vendor.name, vendor.domain] as const));
  const months = model.months.map(toIsoMonth);
  const sortedEntries = (map: Map<string, Cents>) =>
    [...map.entries()].sort(([left], [right]) => (left < right ? -1 : left > right ? 1 : 0));

  const byVendorMonth = sortedEntries(tally.vendorMonth).map(([key, cents]) => {
    const [vendor = '', month = ''] = DemoTally.split(key);
    return { vendor, domain: domainOf.get(vendor) as DemoDomain, month, amount: formatCents(cents) };
  });
  const domainMonth = new Map<string, Cents>();
  const vendorTotal = new Map<string, Cents>();
  for (const [key, cents] of tally.vendorMonth) {
    const [vendor = '', month = ''] = DemoTally.split(key);
    const domain = domainOf.get(vendor) as DemoDomain;
    domainMonth.set(DemoTally.key(domain, month), (domainMonth.get(DemoTally.key(domain, month)) ?? 0) + cents);
    if (months.includes(month)) vendorTotal.set(vendor, (vendorTotal.get(vendor) ?? 0) + cents);
  }
  const costCenterKeys = new Set([...tally.telecomCostCenterMonth.keys(), ...tally.cloudCostCenterMonth.keys()]);
  const spend: DemoSpend = {
    byVendorMonth,
    byDomainMonth: sortedEntries(domainMonth).map(([key, cents]) => {
      const [domain = '', month = ''] = DemoTally.split(key);
      return { domain: domain as DemoDomain, month, amount: formatCents(cents) };
    }),
    byVendorTotal: model.vendors.map((vendor) => ({
      vendor: vendor.name,
      domain: vendor.domain,
      amount: formatCents(vendorTotal.get(vendor.name) ?? 0),
    })),
    byChargeTypeMonth: sortedEntries(tally.chargeTypeMonth).map(([key, cents]) => {
      const [chargeType = '', month = ''] = DemoTally.split(key);
      return { chargeType, month, amount: formatCents(cents) };
    }),
    byCostCenterMonth: [...costCenterKeys].sort().map((key) => {
      const [costCenter = '', month = ''] = DemoTally.split(key);
      const telecom = tally.telecomCostCenterMonth.get(key) ?? 0;
      const cloud = tally.cloudCostCenterMonth.get(key) ?? 0;
      return {
        costCenter: costCenter === '' ? null : costCenter,
        month,
        telecom: formatCents(telecom),
        cloud: formatCents(cloud),
        total: formatCents(telecom + cloud),
      };
    }),
    telecomByLocationMonth: sortedEntries(tally.telecomLocationMonth).map(([key, cents]) => {
      const [location = '', month = ''] = DemoTally.split(key);
      return { location, month, amount: formatCents(cents) };
    }),
    cloudByServiceMonth: sortedEntries(tally.cloudServiceMonth).map(([key, cents]) => {
      const [vendor = '', subAccountId = '', subAccountName = '', serviceName = '', month = ''] = DemoTally.split(key);
      return { vendor, subAccountId, subAccountName, serviceName, month, amount: formatCents(cents) };
    }),
  };

  const active = model.services.filter((service) => service.status === 'active');
  const activeLines = active.filter((service) => service.type === 'mobile_line');
  const located = active.filter((service) => service.location !== null);
  const byLocationType = new Map<string, { count: number; cents: Cents }>();
  const byLocation = new Map<string, Cents>();
  for (const service of located) {
    const name = service.location?.name ?? '';
    const key = DemoTally.key(name, service.type);
    const entry = byLocationType.get(key) ?? { count: 0, cents: 0 };
    entry.count++;
    entry.cents += service.unitPrice * service.quantity;
    byLocationType.set(key, entry);
    byLocation.set(name, (byLocation.get(name) ?? 0) + service.unitPrice * service.quantity);
  }
  const linesByLocation = countBy(activeLines, (service) => service.location?.name ?? '');
  const inventory: DemoInventoryFigures = {
    activeMobileLinesByLocation: model.locations
      .filter((location) => linesByLocation.has(location.name))
      .map((location) => ({
        location: location.name,
        city: location.city,
        country: location.country,
        count: linesByLocation.get(location.name) ?? 0,
      })),
    activeMobileLinesByCity: [...countBy(activeLines, (service) => service.location?.city ?? '').entries()]
      .sort()
      .map(([city, count]) => ({ city, count })),
    activeMobileLinesByVendor: [...countBy(activeLines, (service) => service.vendor).entries()]
      .sort()
      .map(([vendor, count]) => ({ vendor, count })),
    activeServicesByLocationAndType: [...byLocationType.entries()].sort().map(([key, entry]) => {
      const [location = '', type = ''] = DemoTally.split(key);
      return {
        location,
        type: type as DemoInventoryFigures['activeServicesByLocationAndType'][number]['type'],
        count: entry.count,
        monthlyCost: formatCents(entry.cents),
      };
    }),
    monthlyRecurringCostByLocation: model.locations.map((location) => ({
      location: location.name,
      city: location.city,
      amount: formatCents(byLocation.get(location.name) ?? 0),
    })),
    sampleMobileLines: model.services
      .filter((service) => service.type === 'mobile_line')
      .filter((_, index) => index % 97 === 0)
      .map((service) => ({
        identifier: service.identifier,
        assignee: service.assignee,
        vendor: service.vendor,
        location: service.location?.name ?? '',
        costCenter: service.costCenter,
        plan: service.description,
        status: service.status,
      })),
  };

  const noticeDeadlines: DemoNoticeDeadline[] = model.contracts
    .map((contract) => {
      const deadline = contract.autoRenew ? addDays(contract.endDate, -contract.noticeDays) : contract.endDate;
      const daysFromAsOf = daysBetween(model.asOf, deadline);
      const window = ([7, 30, 60, 90] as const).find((limit) => daysFromAsOf >= 0 && daysFromAsOf <= limit) ?? null;
      return {
        contractId: contract.contractId,
        vendor: contract.vendor,
        name: contract.name,
        endDate: toIsoDate(contract.endDate),
        autoRenew: contract.autoRenew,
        noticeDays: contract.noticeDays,
        noticeDeadline: toIsoDate(deadline),
        daysFromAsOf,
        window,
      };
    })
    .sort((left, right) => left.daysFromAsOf - right.daysFromAsOf);

  const servicesByType = Object.fromEntries(countBy(model.services, (service) => service.type));
  const activeServicesByType = Object.fromEntries(countBy(active, (service) => service.type));
  const mobile = model.services.filter((service) => service.type === 'mobile_line');
  const vendorsOf = (domain: DemoDomain) => model.vendors.filter((vendor) => vendor.domain === domain).map((vendor) => vendor.name);
  const counts: DemoCounts = {
    wirelineCarriers: vendorsOf('telecom'),
    mobilityCarriers: vendorsOf('mobility'),
    cloudProviders: vendorsOf('cloud'),
    saasVendors: vendorsOf('saas'),
    locations: model.locations.length,
    countries: [...new Set(model.locations.map((location) => location.country))],
    costCenters: model.costCenters.length,
    users: model.users.length,
    accounts: new Set(model.services.map((service) => `${service.vendor}\u0000${service.account}`)).size,
    contracts: model.contracts.length,
    contractRates: model.contracts.reduce((sum, contract) => sum + contract.rates.length, 0),
    servicesByType,
    activeServicesByType,
    mobileLinesByStatus: {
      active: mobile.filter((service) => service.status === 'active').length,
      disconnected: mobile.filter((service) => service.status === 'disconnected').length,
      pending: mobile.filter((service) => service.status === 'pending').length,
    },
    invoices: tally.invoices,
    invoiceLines: tally.invoiceLines,
    usageRows: tally.usageRows,
    focusRows: tally.focusRows,
    budgetRows: budgets.amounts.size,
  };

  const budgetOverruns = budgets.asOfMonth.rows
    .filter((row) => row.status !== 'within')
    .map((row) => ({
      costCenter: row.costCenter,
      month: budgets.asOfMonth.month,
      budget: row.budget,
      actual: row.actual,
      projected: row.projected,
      status: row.status as 'over' | 'projected-over',
    }));

  return {
    version: 1,
    company: companyName,
    seed: model.seed,
    asOf: toIsoDate(model.asOf),
    scale: model.scale,
    currency: 'USD',
    months,
    lastFullMonth: months[months.length - 1] as string,
    asOfMonth: toIsoMonth(model.asOfMonth),
    monthToDateThrough: model.monthToDateDays > 0 ? toIsoDate(addDays(model.asOf, -1)) : null,
    files: input.files,
    counts,
    vendors: model.vendors,
    locations: model.locations.map((location) => ({ name: location.name, city: location.city, country: location.country })),
    costCenters: model.costCenters,
    spend,
    inventory,
    budgets: { asOfMonth: budgets.asOfMonth, lastFullMonth: budgets.lastFullMonth },
    noticeDeadlines,
    findings: { ...input.findings, budgetOverruns },
  };
}
