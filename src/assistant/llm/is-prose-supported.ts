import { Decimal } from '../../domain/shared/decimal.js';

// The trust rule: the model may phrase, never compute. Its prose is shown only when every number
// in it can be found in what the tools returned (or in the question, or in the presented text).

const numberPattern = /\d[\d,]*(?:\.\d+)?/g;

/** Numbers in a text, normalized: "1,234.50" → "1234.5", "09" → "9". */
export function numbersIn(text: string): string[] {
  const found: string[] = [];
  for (const match of text.matchAll(numberPattern)) {
    const normalized = normalizeNumber(match[0]);
    if (normalized !== undefined) found.push(normalized);
  }
  return found;
}

function normalizeNumber(raw: string): string | undefined {
  const digits = raw.replace(/,/g, '').replace(/\.$/, '');
  try {
    return new Decimal(digits).toString();
  } catch {
    return undefined;
  }
}

/** Every number a trustworthy sentence could contain: the exact values and their roundings. */
function supportedNumbers(sources: string[]): Set<string> {
  const supported = new Set<string>();
  for (const source of sources) {
    for (const value of numbersIn(source)) {
      supported.add(value);
      const decimal = new Decimal(value);
      supported.add(decimal.toDecimalPlaces(2, Decimal.ROUND_HALF_UP).toString());
      supported.add(decimal.toDecimalPlaces(1, Decimal.ROUND_HALF_UP).toString());
      supported.add(decimal.toDecimalPlaces(0, Decimal.ROUND_HALF_UP).toString());
    }
  }
  return supported;
}

export function isProseSupported(prose: string, sources: { toolResults: unknown[]; question: string; presentedText: string }): boolean {
  const supported = supportedNumbers([
    ...sources.toolResults.map((result) => JSON.stringify(result, (_key, value: unknown) => (typeof value === 'bigint' ? value.toString() : value)) ?? ''),
    sources.question,
    sources.presentedText,
  ]);
  return numbersIn(prose).every((value) => supported.has(value));
}
