import { nameKey } from '../shared/normalize.js';

/** Edit distance between two short keys (vendor, location, cost-center names). */
export function editDistance(left: string, right: string): number {
  const previous = Array.from({ length: right.length + 1 }, (_, index) => index);
  for (let row = 1; row <= left.length; row += 1) {
    let diagonal = previous[0]!;
    previous[0] = row;
    for (let column = 1; column <= right.length; column += 1) {
      const above = previous[column]!;
      const cost = left[row - 1] === right[column - 1] ? 0 : 1;
      previous[column] = Math.min(above + 1, previous[column - 1]! + 1, diagonal + cost);
      diagonal = above;
    }
  }
  return previous[right.length]!;
}

/** The few names nearest to what was typed, for "did you mean" choices. */
export function closestNames(typed: string, names: readonly string[], limit = 3): string[] {
  const key = nameKey(typed);
  return [...names]
    .map((name) => {
      const candidate = nameKey(name);
      // "Verizn" is a typo of the start of "Verizon Wireless": compare with the same-length prefix too.
      const whole = editDistance(key, candidate);
      const prefix = editDistance(key, candidate.slice(0, key.length)) + 0.5;
      return { name, score: Math.min(whole, prefix) };
    })
    .sort((left, right) => left.score - right.score || left.name.localeCompare(right.name))
    .slice(0, limit)
    .map((entry) => entry.name);
}
