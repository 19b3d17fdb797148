import { Decimal } from '../shared/decimal.js';
import type { ProjectionLine, SpendProjection } from './spend-projection.js';

export interface ProjectionGroup<Key> {
  key: Key;
  actual: Decimal;
  projected: Decimal;
  total: Decimal;
}

/** Actual and projected per cost center, vendor or domain, largest total first. */
export function sumProjectionBy<Key>(projection: SpendProjection, keyOf: (line: ProjectionLine) => Key): Array<ProjectionGroup<Key>> {
  const groups = new Map<Key, ProjectionGroup<Key>>();
  for (const line of projection.lines) {
    const key = keyOf(line);
    const group = groups.get(key) ?? { key, actual: new Decimal(0), projected: new Decimal(0), total: new Decimal(0) };
    group.actual = group.actual.plus(line.actual);
    group.projected = group.projected.plus(line.projected);
    group.total = group.actual.plus(group.projected);
    groups.set(key, group);
  }
  return [...groups.values()].sort((left, right) => right.total.comparedTo(left.total));
}
