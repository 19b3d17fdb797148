import type { DomainDeps } from '../deps.js';
import { resolveCostCenters } from '../scope/resolve-named-filters.js';
import type { Viewer } from '../shared/viewer.js';
import { assertPeopleAdmin } from './assert-people-admin.js';

export interface PeopleWhoSee {
  costCenter: { code: string; name: string };
  people: Array<{ name: string; email: string; role: Viewer['role']; seesAll: boolean }>;
}

/** "who can see CC-410?": everyone whose scope names it, and everyone who sees all. Admins only. */
export async function listPeopleWhoSee(
  input: { actor: Viewer; costCenter: string },
  deps: Pick<DomainDeps, 'prisma'>,
): Promise<PeopleWhoSee> {
  await assertPeopleAdmin(input.actor, deps);
  const [costCenter] = (await resolveCostCenters([input.costCenter], deps.prisma)) ?? [];
  const code = costCenter?.code ?? input.costCenter;
  const users = await deps.prisma.user.findMany({ orderBy: [{ name: 'asc' }] });
  const people = users
    .filter((user) => user.costCenters.includes('*') || user.costCenters.some((typed) => typed.trim().toLowerCase() === code.toLowerCase()))
    .map((user) => ({ name: user.name, email: user.email, role: user.role, seesAll: user.costCenters.includes('*') }));
  return { costCenter: { code, name: costCenter?.name ?? code }, people };
}
