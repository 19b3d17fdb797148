import type { PrismaClient } from '../../db/generated/client.js';
import { identifierKey } from '../shared/normalize.js';

/**
 * The identifier key a typed number stands for. Usually its own key; a number typed in national form
 * with its trunk 0 ("06 9342 7505") that matches no line stands for the one line whose international
 * number ends with the rest of it ("+31 6 9342 7505"): a country code is one to three digits. When
 * none or several end that way, the typed key stays (and finds nothing, which the answer says).
 */
export async function resolveIdentifierKey(typed: string, prisma: PrismaClient): Promise<string> {
  const key = identifierKey(typed);
  if (!/^0\d{6,}$/.test(key)) return key;
  if (await prisma.service.findFirst({ where: { identifierKey: key }, select: { id: true } })) return key;
  const national = key.slice(1);
  const candidates = await prisma.service.findMany({
    where: { identifierKey: { endsWith: national } },
    select: { identifierKey: true },
    distinct: ['identifierKey'],
    take: 5,
  });
  const international = candidates.filter(
    (candidate) => /^\d+$/.test(candidate.identifierKey) && candidate.identifierKey.length - national.length <= 3,
  );
  return international.length === 1 ? international[0]!.identifierKey : key;
}
