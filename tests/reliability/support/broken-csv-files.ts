import type { ImportKind } from '../../../src/domain/ingest/ingest-types.js';

// Valid CSV files per import kind (no quotes anywhere, so a quote added later is the only one),
// and the ways to break one. Every mutation makes the file invalid: an importer that accepts
// a mutated file has changed data silently.

export interface KindFile {
  kind: ImportKind;
  header: string[];
  rows: string[][];
  /** Columns that identify a record (become database keys). */
  keys: string[];
  /** Numeric columns, and which of them are money amounts, may be negative, or are whole numbers. */
  numbers: string[];
  money: string[];
  nonNegative: string[];
  /** FOCUS costs: digits past the twelfth are rounded, but a nonzero value must not become 0. */
  rounded: string[];
}

/** A seeded generator (mulberry32), so a failure is reproducible from the seed alone. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let value = state;
    value = Math.imul(value ^ (value >>> 15), value | 1);
    value ^= value + Math.imul(value ^ (value >>> 7), value | 61);
    return ((value ^ (value >>> 14)) >>> 0) / 4294967296;
  };
}

const range = (count: number) => Array.from({ length: count }, (_, index) => index + 1);

/** Reference files first: later kinds name their vendors, cost centers, contracts and lines. */
export function baseFiles(): KindFile[] {
  const vendors = ['Northwind Fiber', 'Contoso Mobile', 'Fabrikam Cloud'];
  const none = { keys: [], numbers: [], money: [], nonNegative: [], rounded: [] };
  return [
    {
      kind: 'vendors',
      header: ['name', 'domain', 'aliases'],
      rows: [
        ['Northwind Fiber', 'telecom', 'Northwind;NW Fiber'],
        ['Contoso Mobile', 'mobility', ''],
        ['Fabrikam Cloud', 'cloud', 'Fabrikam'],
      ],
      ...none,
      keys: ['name'],
    },
    {
      kind: 'locations',
      header: ['name', 'city', 'country'],
      rows: range(4).map((index) => [`Site ${index}`, `City ${index}`, 'US']),
      ...none,
      keys: ['name'],
    },
    {
      kind: 'cost-centers',
      header: ['code', 'name', 'parent', 'owner'],
      rows: [
        ['CC-1', 'Company', '', 'owner1@example.com'],
        ...range(4).map((index) => [`CC-1${index}`, `Team ${index}`, 'CC-1', `owner1${index}@example.com`]),
      ],
      ...none,
      keys: ['code'],
    },
    {
      kind: 'users',
      header: ['email', 'name', 'slack_user_id', 'teams_user_id', 'role', 'cost_centers'],
      rows: range(4).map((index) => [`person${index}@example.com`, `Person ${index}`, `U00${index}`, '', 'viewer', 'CC-11;CC-12']),
      ...none,
      keys: ['email'],
    },
    {
      kind: 'inventory',
      header: [
        'service_id',
        'type',
        'identifier',
        'vendor',
        'account',
        'location',
        'cost_center',
        'assignee',
        'status',
        'monthly_cost',
        'start_date',
        'end_date',
      ],
      rows: range(6).map((index) => [
        `S-${index}`,
        'mobile_line',
        `312-555-01${10 + index}`,
        'Contoso Mobile',
        'MOB-1',
        `Site ${1 + (index % 4)}`,
        `CC-1${1 + (index % 4)}`,
        `Person ${index}`,
        'active',
        '35.00',
        '2025-01-01',
        '',
      ]),
      keys: ['service_id', 'identifier', 'vendor', 'account', 'location', 'cost_center'],
      numbers: ['monthly_cost'],
      money: ['monthly_cost'],
      nonNegative: ['monthly_cost'],
      rounded: [],
    },
    {
      kind: 'contracts',
      header: ['contract_id', 'vendor', 'name', 'start_date', 'end_date', 'auto_renew', 'notice_days', 'committed_annual', 'currency'],
      rows: vendors.map((vendor, index) => [
        `K-${index + 1}`,
        vendor,
        `${vendor} agreement`,
        '2025-01-01',
        '2027-12-31',
        'yes',
        '60',
        '120000.00',
        'USD',
      ]),
      keys: ['contract_id', 'vendor'],
      numbers: ['notice_days', 'committed_annual'],
      money: ['committed_annual'],
      nonNegative: ['notice_days', 'committed_annual'],
      rounded: [],
    },
    {
      kind: 'contract-rates',
      header: ['contract_id', 'service_type', 'description', 'unit_price', 'unit'],
      rows: [
        ['K-1', 'circuit', 'Port 100 Mbps', '900.00', 'port/month'],
        ['K-2', 'mobile_line', 'Unlimited Plan', '35.00', 'line/month'],
        ['K-2', 'mobile_line', 'Data per GB', '0.0042', 'GB'],
        ['K-3', 'cloud_account', 'Support', '100.00', 'month'],
      ],
      keys: ['contract_id', 'description'],
      numbers: ['unit_price'],
      money: [],
      nonNegative: ['unit_price'],
      rounded: [],
    },
    {
      kind: 'invoices',
      header: [
        'invoice_number',
        'vendor',
        'account',
        'invoice_date',
        'period_start',
        'period_end',
        'identifier',
        'charge_type',
        'description',
        'quantity',
        'unit_price',
        'amount',
        'currency',
      ],
      rows: [
        ...range(5).map((index) => [
          'INV-7',
          'Contoso Mobile',
          'MOB-1',
          '2025-02-05',
          '2025-01-01',
          '2025-01-31',
          `312-555-01${10 + index}`,
          'recurring',
          'Unlimited Plan',
          '1',
          '35.00',
          '35.00',
          'USD',
        ]),
        [
          'INV-7',
          'Contoso Mobile',
          'MOB-1',
          '2025-02-05',
          '2025-01-01',
          '2025-01-31',
          '',
          'credit',
          'Goodwill credit',
          '1',
          '-10.00',
          '-10.00',
          'USD',
        ],
      ],
      keys: ['invoice_number', 'vendor', 'account', 'identifier'],
      numbers: ['quantity', 'unit_price', 'amount'],
      money: ['amount'],
      nonNegative: [],
      rounded: [],
    },
    {
      kind: 'usage',
      header: ['identifier', 'period', 'data_mb', 'voice_minutes', 'messages'],
      rows: range(5).map((index) => [`312-555-01${10 + index}`, '2025-01', `${1000 + index}.5`, `${100 + index}`, `${20 + index}`]),
      keys: ['identifier'],
      numbers: ['data_mb', 'voice_minutes', 'messages'],
      money: [],
      nonNegative: ['data_mb', 'voice_minutes', 'messages'],
      rounded: [],
    },
    {
      kind: 'budgets',
      header: ['cost_center', 'month', 'amount'],
      rows: range(4).map((index) => [`CC-1${index}`, '2025-01', `${index}0000.00`]),
      keys: ['cost_center'],
      numbers: ['amount'],
      money: ['amount'],
      nonNegative: ['amount'],
      rounded: [],
    },
    {
      kind: 'focus',
      header: [
        'BilledCost',
        'BillingAccountId',
        'BillingCurrency',
        'BillingPeriodStart',
        'BillingPeriodEnd',
        'ChargePeriodStart',
        'ChargePeriodEnd',
        'ChargeCategory',
        'ProviderName',
        'ServiceName',
        'EffectiveCost',
        'ConsumedQuantity',
      ],
      rows: range(6).map((index) => [
        `${index}.123456789012`,
        'FAB-100',
        'USD',
        '2025-03-01T00:00:00Z',
        '2025-04-01T00:00:00Z',
        `2025-03-0${index}T00:00:00Z`,
        `2025-03-0${index + 1}T00:00:00Z`,
        'Usage',
        'Fabrikam Cloud',
        'Virtual Machines',
        `${index}.1`,
        '24',
      ]),
      keys: ['BillingAccountId', 'ProviderName'],
      numbers: ['BilledCost', 'EffectiveCost', 'ConsumedQuantity'],
      money: [],
      nonNegative: [],
      rounded: ['BilledCost', 'EffectiveCost', 'ConsumedQuantity'],
    },
  ];
}

export type MutationKind =
  | 'unclosed quote'
  | 'stray quote'
  | 'binary bytes'
  | 'NUL byte'
  | 'Latin-1 byte'
  | 'number too large'
  | 'number too small'
  | 'negative'
  | 'below a cent'
  | 'over-long key'
  | 'duplicate header';

export interface BrokenFile {
  kind: ImportKind;
  mutation: MutationKind;
  bytes: Buffer;
  /** The line the mutation is on (1 = the header). */
  line: number;
  /** The column it is in, by header name. */
  column: string;
  /** Quotes can move where the parser notices: a problem on this line or later. */
  isLineApproximate: boolean;
}

/** The mutations that apply to a kind (numbers only where it has numeric columns, and so on). */
export function mutationsFor(file: KindFile): MutationKind[] {
  const always: MutationKind[] = [
    'unclosed quote',
    'stray quote',
    'binary bytes',
    'NUL byte',
    'Latin-1 byte',
    'over-long key',
    'duplicate header',
  ];
  const numbers: MutationKind[] = file.numbers.length > 0 ? ['number too large', 'number too small'] : [];
  const negative: MutationKind[] = file.nonNegative.length > 0 ? ['negative'] : [];
  const cents: MutationKind[] = file.money.length > 0 ? ['below a cent'] : [];
  return [...always, ...numbers, ...negative, ...cents];
}

const pick = <T>(random: () => number, values: readonly T[]): T => values[Math.floor(random() * values.length)]!;

/** One broken copy of `file`: the mutation applied to one cell of one random data row (or to the header). */
export function breakFile(file: KindFile, mutation: MutationKind, random: () => number): BrokenFile {
  const header = [...file.header];
  const rows = file.rows.map((row) => [...row]);
  const rowIndex = Math.floor(random() * rows.length);
  const line = rowIndex + 2;
  const row = rows[rowIndex]!;
  const nonEmpty = header.filter((_, index) => row[index] !== '');
  let column = pick(random, header);
  let isLineApproximate = false;
  const set = (name: string, value: string) => {
    row[header.indexOf(name)] = value;
  };
  const get = (name: string) => row[header.indexOf(name)] ?? '';
  // Cells are joined as text; bytes that are not text are spliced in afterwards.
  let rawCell: { marker: string; bytes: Buffer } | undefined;

  switch (mutation) {
    case 'unclosed quote':
      column = pick(random, header);
      set(column, `"${get(column)}`);
      break;
    case 'stray quote': {
      column = pick(random, nonEmpty);
      const value = get(column);
      const at = 1 + Math.floor(random() * Math.max(1, value.length - 1));
      set(column, `${value.slice(0, at)}"${value.slice(at)}`);
      break;
    }
    case 'binary bytes':
      column = pick(random, header);
      rawCell = { marker: '\u0001MARK\u0001', bytes: Buffer.from([0x00, 0x01, 0xff, 0xfe, 0x9c, 0x02]) };
      set(column, `${get(column)}${rawCell.marker}`);
      break;
    case 'NUL byte': {
      column = pick(random, nonEmpty);
      const value = get(column);
      const at = Math.floor(random() * value.length);
      set(column, `${value.slice(0, at)}\u0000${value.slice(at)}`);
      break;
    }
    case 'Latin-1 byte':
      column = pick(random, header);
      rawCell = { marker: '\u0001MARK\u0001', bytes: Buffer.from('caf\u00e9', 'latin1') };
      set(column, `${get(column)}${rawCell.marker}`);
      break;
    case 'number too large':
      column = pick(random, file.numbers);
      set(column, pick(random, ['1e309', '123456789012345678901234567890', '-1e309', '9'.repeat(40), '1e25']));
      break;
    case 'number too small':
      column = pick(random, file.numbers);
      set(column, pick(random, ['1e-50', '0.0000000000000001', '-1e-40']));
      break;
    case 'negative':
      column = pick(random, file.nonNegative);
      set(column, pick(random, ['-5', '-0.50', '-1200']));
      break;
    case 'below a cent':
      column = pick(random, file.money);
      set(column, pick(random, ['0.004', '0.0001', '-0.009']));
      break;
    case 'over-long key':
      column = pick(random, file.keys);
      set(column, `${get(column) || 'K'}${'K'.repeat(pick(random, [250, 3_000, 1_000_000]))}`);
      break;
    case 'duplicate header': {
      column = pick(random, header);
      header.push(column);
      for (const each of rows) each.push(each[file.header.indexOf(column)] ?? '');
      row[row.length - 1] = `${get(column)}2`;
      return { kind: file.kind, mutation, bytes: Buffer.from(toCsv(header, rows)), line: 1, column, isLineApproximate: false };
    }
  }
  if (mutation === 'unclosed quote' || mutation === 'stray quote') isLineApproximate = true;
  let bytes = Buffer.from(toCsv(header, rows));
  if (rawCell) {
    const at = bytes.indexOf(rawCell.marker);
    bytes = Buffer.concat([bytes.subarray(0, at), rawCell.bytes, bytes.subarray(at + Buffer.byteLength(rawCell.marker))]);
  }
  return { kind: file.kind, mutation, bytes, line, column, isLineApproximate };
}

export function toCsv(header: string[], rows: string[][]): string {
  return [header, ...rows].map((cells) => cells.join(',')).join('\n') + '\n';
}
