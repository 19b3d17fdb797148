import type { PrismaClient } from '../../db/generated/client.js';
import { identifierKey } from '../shared/normalize.js';

/**
 * The identifier key a typed number stands for. Usually its own key; a number typed in national form
 * with its trunk 0 ("06 9342 7505") that matches no line stands for the one line whose international
 * number ends with the rest of it ("+31 6 9342 7505"): a country code is one to three digits. When
 * none or several end that way, the typed key stays (and finds nothing, which the answer says). A
 * number dialled with 00 or "(0)" stands for the same line written with "+".
 */
export async function resolveIdentifierKey(typed: string, prisma: PrismaClient): Promise<string> {
  // "+31 (0)6 9342 7505": the bracketed trunk 0 is dialled only from inside the country.
  const key = identifierKey(typed.replace(/(?<=\d\s*)\(0\)/g, ' '));
  if (!/^0\d{6,}$/.test(key)) return key;
  const exists = async (candidate: string) =>
    (await prisma.service.findFirst({ where: { identifierKey: candidate }, select: { id: true } })) !== null;
  if (await exists(key)) return key;
  // "0031 6 9342 7505", "001 312 555 0100": 00 is the international call prefix, as "+" is.
  if (key.startsWith('00')) {
    const international = identifierKey(`+${key.slice(2)}`);
    return (await exists(international)) ? international : key;
  }
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
