import { addPeriods } from '../../../src/domain/anomalies/period-axis.js';

// A labelled cost-anomaly benchmark: daily and monthly series shaped like real bills (weekday
// patterns, month-start charges, monthly SaaS invoices, credits, growth, missing days, noise at
// several levels) with labelled spikes, level shifts up and down, returns, drifts and planned
// changes. Deterministic: the same seed gives the same series and labels.

export type AnomalyType = 'spike' | 'shift-up' | 'shift-down' | 'return' | 'drift' | 'planned';

export interface LabelledAnomaly {
  type: AnomalyType;
  /** index of the first anomalous period */
  start: number;
  /** spikes: how many times the normal level the day cost (≥ 3) */
  factor?: number;
  /** level changes: the change at full size, in currency per month (negative for drops) */
  monthlyImpact?: number;
  /** drifts: periods the ramp takes */
  rampLength?: number;
}

export interface BenchmarkSeries {
  id: string;
  granularity: 'day' | 'month';
  /** first period (ISO) and the amounts from it, one per period (credits negative, missing days 0) */
  first: string;
  amounts: number[];
  /** relative σ of the day-to-day (month-to-month) noise */
  noiseLevel: number;
  /** periods before this index train the detector and are not scored */
  warmUp: number;
  /** what the series has, for the report */
  traits: string[];
  labels: LabelledAnomaly[];
  /** "Mark as expected" periods people gave (planned changes) */
  planned: Array<{ start: number; end: number }>;
}

export const noiseLevels = [0.02, 0.05, 0.1, 0.2] as const;

const daysPerMonth = 365 / 12;

interface Random {
  uniform(low: number, high: number): number;
  logUniform(low: number, high: number): number;
  normal(): number;
  chance(probability: number): boolean;
  integer(low: number, high: number): number;
}

/** mulberry32: neighbouring seeds give unrelated sequences (a plain LCG's first draws would nearly agree). */
function createRandom(seed: number): Random {
  let state = seed >>> 0;
  const unit = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let mixed = Math.imul(state ^ (state >>> 15), 1 | state);
    mixed = (mixed + Math.imul(mixed ^ (mixed >>> 7), 61 | mixed)) ^ mixed;
    return ((mixed ^ (mixed >>> 14)) >>> 0) / 4_294_967_296;
  };
  return {
    uniform: (low, high) => low + (high - low) * unit(),
    logUniform: (low, high) => Math.exp(Math.log(low) + (Math.log(high) - Math.log(low)) * unit()),
    normal: () => Math.sqrt(-2 * Math.log(Math.max(unit(), 1e-12))) * Math.cos(2 * Math.PI * unit()),
    chance: (probability) => unit() < probability,
    integer: (low, high) => Math.floor(low + (high - low + 1) * unit()),
  };
}

const scenarios = ['quiet', 'quiet', 'spikes', 'spikes', 'shift-up', 'shift-up', 'shift-down', 'drift', 'planned', 'mixed'] as const;

/** One daily cloud/SaaS series: 456 days from 2025-01-01, the first 90 train only. */
export function generateDailySeries(index: number, noiseLevel: number, seed: number): BenchmarkSeries {
  const random = createRandom(seed);
  const first = '2025-01-01';
  const length = 456;
  const warmUp = 90;
  const days = Array.from({ length }, (_, offset) => addPeriods(first, offset, 'day'));
  const weekday = (offset: number) => new Date(`${days[offset]}T00:00:00Z`).getUTCDay();
  const isWeekend = (offset: number) => weekday(offset) === 0 || weekday(offset) === 6;
  const traits: string[] = [];
  const weekendFactor = [1, 0.6, 0.3, 0][random.integer(0, 3)]!;
  if (weekendFactor < 1) traits.push(weekendFactor === 0 ? 'zero weekends' : 'weekday pattern');
  const growth = [0, 0, 0.2, 0.5, -0.2][random.integer(0, 4)]!;
  if (growth !== 0) traits.push(`growth ${growth > 0 ? '+' : ''}${growth * 100}%/year`);
  const level0 = random.logUniform(30, 3000);
  const scenario = scenarios[index % scenarios.length]!;
  const labels: LabelledAnomaly[] = [];
  const planned: BenchmarkSeries['planned'] = [];

  // The level (weekday level, before noise and weekends): growth × level changes.
  const multiplier = new Float64Array(length).fill(1);
  const trendLevel = (offset: number) => level0 * Math.pow(1 + growth, offset / 365);
  const applyShift = (start: number, end: number, relative: number) => {
    for (let offset = start; offset < end; offset += 1) multiplier[offset]! *= 1 + relative;
  };
  // A step people want to hear of: at least USD 300 a month and at least 15% — clear of the alert's
  // 10% minimum, so a label is not a coin toss on that line.
  const shiftSize = (start: number, direction: 1 | -1) => {
    const monthly = random.logUniform(300, 3000);
    const maximum = direction === 1 ? 1.5 : 0.6;
    return direction * Math.min(maximum, Math.max(0.15, monthly / (daysPerMonth * trendLevel(start))));
  };
  const addLevelChange = (type: 'shift-up' | 'shift-down' | 'planned') => {
    const start = random.integer(120, 380);
    const direction = type === 'shift-down' || (type === 'planned' && random.chance(0.5)) ? -1 : 1;
    const relative = type === 'planned' ? direction * random.uniform(0.2, 0.8) : shiftSize(start, direction);
    const returns = type !== 'planned' && random.chance(0.4);
    const end = returns ? Math.min(length, start + random.integer(30, 70)) : length;
    applyShift(start, end, relative);
    const monthlyImpact = relative * trendLevel(start) * daysPerMonth;
    labels.push({ type: type === 'planned' ? 'planned' : relative > 0 ? 'shift-up' : 'shift-down', start, monthlyImpact });
    if (type === 'planned') planned.push({ start, end: start + 6 });
    if (end < length) labels.push({ type: 'return', start: end, monthlyImpact: -monthlyImpact });
    return { start, end };
  };
  if (scenario === 'shift-up' || scenario === 'mixed') addLevelChange('shift-up');
  if (scenario === 'shift-down') addLevelChange('shift-down');
  if (scenario === 'planned') addLevelChange('planned');
  if (scenario === 'drift') {
    const start = random.integer(120, 330);
    const rampLength = random.integer(30, 90);
    const relative = Math.min(1.5, Math.max(0.2, random.logUniform(300, 3000) / (daysPerMonth * trendLevel(start))));
    for (let offset = start; offset < length; offset += 1)
      multiplier[offset]! *= 1 + relative * Math.min(1, (offset - start + 1) / rampLength);
    labels.push({ type: 'drift', start, rampLength, monthlyImpact: relative * trendLevel(start) * daysPerMonth });
  }

  const amounts = new Array<number>(length);
  for (let offset = 0; offset < length; offset += 1) {
    const level = trendLevel(offset) * multiplier[offset]! * (isWeekend(offset) ? weekendFactor : 1);
    amounts[offset] = level === 0 ? 0 : Math.max(0, level * (1 + noiseLevel * random.normal()));
  }

  // Spikes on weekdays, away from level changes: ≥ 3× the day's level and at least USD 150 above it.
  if (scenario === 'spikes' || scenario === 'mixed') {
    const taken = labels.map((label) => label.start);
    for (let count = 0; count < 2; count += 1) {
      let day = random.integer(100, length - 5);
      while (isWeekend(day) || taken.some((other) => Math.abs(other - day) < 21)) day = random.integer(100, length - 5);
      taken.push(day);
      const level = trendLevel(day) * multiplier[day]!;
      const factor = Math.max(random.uniform(3, 8), 1 + 150 / level);
      amounts[day] = level * factor;
      labels.push({ type: 'spike', start: day, factor: Math.round(factor * 10) / 10 });
    }
  }

  // Bills are not only usage: fees on the 1st, a SaaS invoice on its day, credits, gaps in the export.
  if (random.chance(0.3)) {
    traits.push('month-start charge');
    const fee = level0 * random.uniform(1, 5);
    for (let offset = 0; offset < length; offset += 1) if (days[offset]!.endsWith('-01')) amounts[offset]! += fee;
  }
  if (random.chance(0.2)) {
    traits.push('monthly SaaS invoice');
    const invoiceDay = String(random.integer(2, 28)).padStart(2, '0');
    const invoice = level0 * random.uniform(5, 20);
    for (let offset = 0; offset < length; offset += 1) if (days[offset]!.endsWith(`-${invoiceDay}`)) amounts[offset]! += invoice;
  }
  const isNearLabel = (offset: number) => labels.some((label) => offset >= label.start - 2 && offset <= label.start + 2);
  if (random.chance(0.2)) {
    traits.push('credits');
    for (let offset = random.integer(30, 60); offset < length; offset += random.integer(45, 90)) {
      if (!isNearLabel(offset)) amounts[offset]! -= level0 * random.uniform(0.5, 2);
    }
  }
  if (random.chance(0.2)) {
    traits.push('missing days');
    for (let gap = 0; gap < 2; gap += 1) {
      const start = random.integer(warmUp, length - 3);
      if (isNearLabel(start)) continue;
      for (let offset = start; offset < start + random.integer(1, 2); offset += 1) amounts[offset] = 0;
    }
  }
  return {
    id: `daily-${index}`,
    granularity: 'day',
    first,
    amounts: amounts.map((amount) => Math.round(amount * 100) / 100),
    noiseLevel,
    warmUp,
    traits: [scenario, ...traits],
    labels: labels.sort((left, right) => left.start - right.start),
    planned,
  };
}

/** One monthly telecom series: 48 months from 2023-01, recurring lines + usage; the first 12 train only. */
export function generateMonthlySeries(index: number, noiseLevel: number, seed: number): BenchmarkSeries {
  const random = createRandom(seed);
  const first = '2023-01-01';
  const length = 48;
  const warmUp = 12;
  const recurring = random.logUniform(800, 50_000);
  const usageShare = random.uniform(0.1, 0.5);
  const traits: string[] = [];
  const labels: LabelledAnomaly[] = [];
  const scenario = (['quiet', 'quiet', 'spikes', 'shift-up', 'shift-down'] as const)[index % 5]!;
  const base = new Float64Array(length).fill(recurring * (1 + usageShare));
  if (scenario === 'shift-up' || scenario === 'shift-down') {
    // Lines added or disconnected: at least USD 300 a month and 15% of the bill.
    const start = random.integer(16, 40);
    const direction = scenario === 'shift-up' ? 1 : -1;
    const change = direction * Math.max(300, 0.15 * base[start]!, random.uniform(0.15, 0.5) * base[start]!);
    for (let month = start; month < length; month += 1) base[month]! += change;
    labels.push({ type: change > 0 ? 'shift-up' : 'shift-down', start, monthlyImpact: change });
  }
  const amounts = Array.from(base, (level) => Math.max(0, level * (1 + noiseLevel * random.normal())));
  if (scenario === 'spikes') {
    // Overage or equipment on one bill: ≥ 3× the month and at least USD 300 above it.
    const month = random.integer(16, length - 2);
    const factor = Math.max(random.uniform(3, 6), 1 + 300 / base[month]!);
    amounts[month] = base[month]! * factor;
    labels.push({ type: 'spike', start: month, factor: Math.round(factor * 10) / 10 });
  }
  if (random.chance(0.3)) {
    traits.push('credits');
    const month = random.integer(warmUp, length - 1);
    if (!labels.some((label) => Math.abs(label.start - month) <= 1)) amounts[month]! -= recurring * random.uniform(0.05, 0.3);
  }
  return {
    id: `monthly-${index}`,
    granularity: 'month',
    first,
    amounts: amounts.map((amount) => Math.round(amount * 100) / 100),
    noiseLevel,
    warmUp,
    traits: [scenario, ...traits],
    labels,
    planned: [],
  };
}

/** 240 daily series (60 per noise level) and 60 monthly ones (15 per noise level). */
export function generateCostBenchmark(seed = 2026): BenchmarkSeries[] {
  const series: BenchmarkSeries[] = [];
  noiseLevels.forEach((noiseLevel, level) => {
    for (let index = 0; index < 60; index += 1)
      series.push(generateDailySeries(level * 60 + index, noiseLevel, seed * 1000 + level * 100 + index));
    for (let index = 0; index < 15; index += 1)
      series.push(generateMonthlySeries(level * 15 + index, noiseLevel, seed * 7000 + level * 100 + index));
  });
  return series;
}
