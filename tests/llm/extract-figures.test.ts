import { describe, expect, it } from 'vitest';
import { extractFigures } from '../../src/assistant/llm/extract-figures.js';
import { readNumberWords } from '../../src/assistant/read-number-words.js';

// What the trust rule reads in a sentence: each figure with its kind, value and the precision it
// was written with (what it may be the rounding of).

const read = (text: string, ignoredNames: string[] = []) =>
  extractFigures(text, { ignoredNames }).map((figure) => ({
    kind: figure.kind,
    value: figure.kind === 'date' ? undefined : figure.value.toString(),
    precision: figure.kind === 'money' || figure.kind === 'count' ? figure.precision.toString() : undefined,
    currency: figure.currency,
    text: figure.text,
  }));

describe('extractFigures', () => {
  it.each([
    ['USD 1,339.85', { kind: 'money', value: '1339.85', precision: '0.01', currency: 'USD' }],
    ['$2,026', { kind: 'money', value: '2026', precision: '1', currency: '$' }],
    ['1,234,567.89 USD', { kind: 'money', value: '1234567.89', precision: '0.01', currency: 'USD' }],
    ['€3bn', { kind: 'money', value: '3000000000', precision: '1000000000', currency: 'EUR' }],
    ['£40', { kind: 'money', value: '40', precision: '1', currency: 'GBP' }],
    ['$5M', { kind: 'money', value: '5000000', precision: '1000000', currency: '$' }],
    ['1.2k', { kind: 'money', value: '1200', precision: '100', currency: undefined }],
    ['USD 5.2 million', { kind: 'money', value: '5200000', precision: '100000', currency: 'USD' }],
    ['5 million', { kind: 'money', value: '5000000', precision: '1000000', currency: undefined }],
    ['five million dollars', { kind: 'money', value: '5000000', precision: '1000000', currency: '$' }],
    ['nine million eight hundred thousand dollars', { kind: 'money', value: '9800000', precision: '100000', currency: '$' }],
    ['half a million euros', { kind: 'money', value: '500000', precision: '100000', currency: 'EUR' }],
    ['about 1,300 dollars', { kind: 'money', value: '1300', precision: '100', currency: '$' }],
    ['1,300 dollars', { kind: 'money', value: '1300', precision: '1', currency: '$' }],
    ['3 services', { kind: 'count', value: '3', precision: '1', currency: undefined }],
    ['a dozen lines', { kind: 'count', value: '12', precision: '1', currency: undefined }],
    ['a hundred users', { kind: 'count', value: '100', precision: '1', currency: undefined }],
    ['twenty-five services', { kind: 'count', value: '25', precision: '1', currency: undefined }],
    ['one hundred and five lines', { kind: 'count', value: '105', precision: '1', currency: undefined }],
    ['You have 2026 active lines', { kind: 'count', value: '2026', precision: '1', currency: undefined }],
  ])('reads %s as one figure', (text, expected) => {
    expect(read(text)).toMatchObject([expected]);
  });

  it.each([
    ['12%', '12'],
    ['12.5 %', '12.5'],
    ['twelve percent', '12'],
    ['12 per cent', '12'],
    ['4 percentage points', '4'],
    ['down -7%', '7'],
  ])('reads %s as a percent', (text, value) => {
    expect(read(text)).toMatchObject([{ kind: 'percent', value }]);
  });

  it.each([
    ['about twice what', '2'],
    ['roughly double last year', '2'],
    ['it doubled', '2'],
    ['it tripled', '3'],
    ['3 times as much', '3'],
    ['three times as much', '3'],
    ['2.5x more', '2.5'],
    ['a 4-fold rise', '4'],
    ['half of what Azure cost', '0.5'],
    ['spend halved', '0.5'],
    ['a third of the total', '0.3333333333333333333'],
  ])('reads %s as a ratio', (text, value) => {
    expect(read(text).map((figure) => ({ ...figure, value: figure.value?.slice(0, 21) }))).toMatchObject([{ kind: 'ratio', value }]);
  });

  it('reads an order of magnitude said without a number as a range claim', () => {
    expect(read('You spent millions on AWS')).toMatchObject([{ kind: 'money', value: '501000000', precision: '998000000' }]);
    expect(read('hundreds of thousands of dollars')).toMatchObject([{ kind: 'money', currency: '$', value: '50100000' }]);
    expect(read('thousands of lines')).toMatchObject([{ kind: 'count', value: '501000' }]);
  });

  it('reads dates and years as dates, not figures to check', () => {
    const figures = read(
      'In November 2026 (2026-11-01 to 2026-11-30, Q3 2026, FY2026), up 12% on 2025, at 10:30 am, on Nov 3, 11/26/2026 and in 2026.',
    );
    expect(figures.filter((figure) => figure.kind !== 'date')).toEqual([
      { kind: 'percent', value: '12', precision: undefined, currency: undefined, text: '12%' },
    ]);
    expect(figures.filter((figure) => figure.kind === 'date').map((figure) => figure.text)).toEqual(
      expect.arrayContaining([
        'November 2026',
        '2026-11-01',
        '2026-11-30',
        'Q3 2026',
        'FY2026',
        '2025',
        '10:30 am',
        'Nov 3',
        '11/26/2026',
        '2026',
      ]),
    );
  });

  it('reads a year-looking number with a currency as money', () => {
    expect(read('$2,026 above budget and $308 more than in January')).toMatchObject([
      { kind: 'money', value: '2026', currency: '$' },
      { kind: 'money', value: '308', currency: '$' },
    ]);
  });

  it('skips identifiers, ordinals, pronouns and names from the results', () => {
    expect(
      read(
        'CC-210 on EC2, line 312-555-0100, invoice INV-2026-0042, the 1st, one of your vendors, double-check, the first half, on Microsoft 365',
        ['Microsoft 365'],
      ),
    ).toEqual([]);
  });

  it('reads every figure of the issue examples', () => {
    expect(read('You spent roughly five million dollars on AWS last month, which is about twice what you spent on Azure.')).toMatchObject([
      { kind: 'money', value: '5000000', currency: '$' },
      { kind: 'ratio', value: '2' },
    ]);
    expect(read('about nine million eight hundred thousand dollars on AWS, roughly double last year')).toMatchObject([
      { kind: 'money', value: '9800000', currency: '$' },
      { kind: 'ratio', value: '2' },
    ]);
  });
});

describe('readNumberWords', () => {
  it.each([
    [['five', 'million'], 5_000_000, 2],
    [['nine', 'million', 'eight', 'hundred', 'thousand'], 9_800_000, 5],
    [['a', 'dozen'], 12, 2],
    [['twenty', '-', 'five'], 25, 3],
    [['one', 'hundred', 'and', 'five'], 105, 4],
    [['one', 'and', 'two'], 1, 1],
    [['two', 'three'], 2, 1],
    [['twenty', 'million'], 20_000_000, 2],
  ] as const)('reads %j as %d', (words, value, length) => {
    expect(readNumberWords(words)).toMatchObject({ length });
    expect(readNumberWords(words)?.value.toNumber()).toBe(value);
  });

  it('reads "a" alone as no number', () => {
    expect(readNumberWords(['a', 'vendor'])).toBeUndefined();
  });
});
