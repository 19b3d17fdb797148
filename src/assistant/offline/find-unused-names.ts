import { nameKey } from '../../domain/shared/normalize.js';
import type { PlannedCall } from '../planner.js';
import type { Understanding } from './read-question.js';

export interface UnusedName {
  name: string;
  kind: string;
}

const namedKinds: Array<[keyof Understanding, string]> = [
  ['vendors', 'vendor'],
  ['locations', 'location'],
  ['costCenters', 'cost center'],
  ['serviceNames', 'service'],
  ['serviceCategories', 'service category'],
  ['regions', 'region'],
  ['accounts', 'account'],
  ['contracts', 'contract'],
];

/**
 * Names the question said that no planned call carries: the tool chosen cannot be narrowed to
 * them ("cost per GB on <carrier>" planned as usage of every line). Answering would give a
 * broader figure that looks like the one asked for, so the planner asks instead.
 */
export function findUnusedNames(understanding: Understanding, calls: PlannedCall[]): UnusedName[] {
  const carried = nameKey(JSON.stringify(calls.map((call) => call.arguments)));
  const unused: UnusedName[] = [];
  for (const [field, kind] of namedKinds) {
    for (const name of understanding[field] as string[]) {
      if (!carried.includes(nameKey(name))) unused.push({ name, kind });
    }
  }
  // A person is a filter of the inventory only: "silvar spend" is not every vendor's spend.
  if (understanding.assignee && !carried.includes(nameKey(understanding.assignee)))
    unused.push({ name: understanding.assignee, kind: 'person' });
  return unused;
}
