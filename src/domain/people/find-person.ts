import type { User } from '../../db/generated/client.js';
import { LedgerlineError } from '../../errors.js';
import type { DomainDeps } from '../deps.js';

/** A person as an admin names them in chat: an e-mail, a Slack mention, or "@name". */
export type PersonReference = { kind: 'email'; email: string } | { kind: 'slack'; slackUserId: string } | { kind: 'name'; name: string };

export function describeReference(reference: PersonReference): string {
  switch (reference.kind) {
    case 'email':
      return reference.email;
    case 'slack':
      return `<@${reference.slackUserId}>`;
    case 'name':
      return `@${reference.name}`;
  }
}

/**
 * The registered user a reference names, or null for an e-mail nobody has yet. A mention or a
 * name must match someone: only an e-mail can add a new person (the users table keys on it).
 */
export async function findPerson(reference: PersonReference, deps: Pick<DomainDeps, 'prisma'>): Promise<User | null> {
  switch (reference.kind) {
    case 'email':
      return deps.prisma.user.findFirst({ where: { email: { equals: reference.email, mode: 'insensitive' } } });
    case 'slack': {
      const user = await deps.prisma.user.findUnique({ where: { slackUserId: reference.slackUserId } });
      if (!user)
        throw new LedgerlineError(
          'NOT_FOUND',
          `<@${reference.slackUserId}> is not in Ledgerline yet; add them by e-mail, e.g. "add name@company.com as viewer for CC-100".`,
        );
      return user;
    }
    case 'name': {
      const typed = reference.name.trim().toLowerCase();
      const candidates = await deps.prisma.user.findMany({ orderBy: { name: 'asc' } });
      const matches = candidates.filter(
        (user) =>
          user.name.toLowerCase() === typed ||
          user.name.toLowerCase().split(/\s+/).includes(typed) ||
          user.email.toLowerCase().split('@')[0] === typed,
      );
      if (matches.length === 1) return matches[0]!;
      if (matches.length > 1) {
        throw new LedgerlineError(
          'AMBIGUOUS',
          `"@${reference.name}" could be ${matches.map((user) => `${user.name} (${user.email})`).join(' or ')}; use the e-mail.`,
          {
            choices: matches.map((user) => user.email),
          },
        );
      }
      throw new LedgerlineError('NOT_FOUND', `Nobody called "${reference.name}" is in Ledgerline; name them by e-mail.`);
    }
  }
}
