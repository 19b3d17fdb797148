import type { Cents } from './cents.js';

/** Running sums the generator keeps while it writes rows: the answer key's independent figures. */
export class DemoTally {
  readonly vendorMonth = new Map<string, Cents>();
  readonly chargeTypeMonth = new Map<string, Cents>();
  readonly telecomCostCenterMonth = new Map<string, Cents>();
  readonly cloudCostCenterMonth = new Map<string, Cents>();
  readonly telecomLocationMonth = new Map<string, Cents>();
  readonly cloudServiceMonth = new Map<string, Cents>();
  invoices = 0;
  invoiceLines = 0;
  usageRows = 0;
  focusRows = 0;

  static key(...parts: (string | null)[]): string {
    return parts.map((part) => part ?? '').join('\u0000');
  }

  static split(key: string): string[] {
    return key.split('\u0000');
  }

  add(map: Map<string, Cents>, key: string, cents: Cents): void {
    map.set(key, (map.get(key) ?? 0) + cents);
  }
}
