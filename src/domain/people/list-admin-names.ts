import type { DomainDeps } from '../deps.js';

// Enough names to find one; a refusal that lists forty admins is not read.
const maximumNames = 3;

/** The admins a person without access can ask, from the users table. */
export async function listAdminNames(deps: Pick<DomainDeps, 'prisma'>): Promise<string[]> {
  const admins = await deps.prisma.user.findMany({
    where: { role: 'admin' },
    select: { name: true },
    orderBy: { name: 'asc' },
    take: maximumNames + 1,
  });
  const names = admins.map((admin) => admin.name);
  return names.length > maximumNames ? [...names.slice(0, maximumNames), 'others'] : names;
}
