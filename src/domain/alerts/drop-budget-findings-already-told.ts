import type { BudgetFinding } from './detect-budget-overruns.js';

// A projection moves every day (a partial day, an invoice arriving), so it can cross a line, fall
// under it and cross a lower one the next morning. What was already said for a cost center's
// month covers what is less: spent past a line covers any projection of it or a lower one; a
// projection past a line covers lower projections. Spend actually crossing a line is news.

/** The parts of a budget alert's dedupe key (`budget:<cost center>:<month>:<threshold>:<status>`). */
function readBudgetDedupeKey(dedupeKey: string): { costCenter: string; month: string; threshold: number; status: string } | null {
  const match = /^budget:(.+):(\d{4}-\d{2}-\d{2}):(\d+):(exceeded|projected)$/.exec(dedupeKey);
  if (!match) return null;
  return { costCenter: match[1]!, month: match[2]!, threshold: Number(match[3]), status: match[4]! };
}

/** Pure: the findings no earlier alert of the same cost center and month already covers. */
export function dropBudgetFindingsAlreadyTold(findings: readonly BudgetFinding[], toldKeys: readonly string[]): BudgetFinding[] {
  const told = toldKeys.map(readBudgetDedupeKey).filter((key) => key !== null);
  return findings.filter(
    (finding) =>
      !told.some(
        (key) =>
          key.costCenter === finding.costCenter &&
          key.month === finding.month &&
          key.threshold >= finding.threshold &&
          (key.status === 'exceeded' || finding.status === 'projected'),
      ),
  );
}
