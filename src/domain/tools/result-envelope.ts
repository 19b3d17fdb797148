import type { Freshness } from '../freshness/get-freshness.js';
import type { Period } from '../periods/period.js';

/** Every tool result carries what it was computed over. */
export interface ResultEnvelope {
  filters: Record<string, string | string[]>;
  period?: Period;
  freshness: Freshness;
  /**
   * Set under a partial scope when records matching the question fall in cost centers the viewer
   * may not see: how many, never their amounts, so a total is never read as the company's.
   */
  leftOutOfScope?: { recordCount: number };
}
