import type { DomainDeps } from '../domain/deps.js';
import { grantAccess, planAccessGrant, type AccessGrant } from '../domain/people/grant-access.js';
import { listPeopleWhoSee } from '../domain/people/list-people-who-see.js';
import { planAccessRevocation, revokeAccess } from '../domain/people/revoke-access.js';
import type { Viewer } from '../domain/shared/viewer.js';
import { isLedgerlineError } from '../errors.js';
import type { Answer } from './answer.js';
import type { Surface } from './assistant.js';
import type { PeopleCommand } from './read-people-command.js';

const article = (role: Viewer['role']) => (role === 'admin' || role === 'approver' ? `an ${role}` : `a ${role}`);
const scopeWords = (grant: AccessGrant) =>
  grant.costCenters === '*'
    ? 'all cost centers'
    : grant.costCenters.map((costCenter) => `${costCenter.code} ${costCenter.name}`).join(', ');
const scopeCodes = (grant: AccessGrant) =>
  grant.costCenters === '*' ? 'all' : grant.costCenters.map((costCenter) => costCenter.code).join(' and ');

const reply = (text: string, followUps: string[] = []): Answer => ({
  text,
  facts: [],
  toolCalls: [],
  followUps,
  context: {},
  plannedBy: 'offline',
});

/**
 * Admin commands in chat, in two steps: the first says exactly what would change and offers a
 * "Confirm: …" button (the same words, so a retyped confirmation works too); only the
 * confirmation changes anything, checked again against the current rules, with its audit row.
 */
export async function answerPeopleCommand(
  input: { command: PeopleCommand; viewer: Viewer; surface: Surface },
  deps: Pick<DomainDeps, 'prisma'>,
): Promise<Answer> {
  const { command, viewer, surface } = input;
  try {
    switch (command.kind) {
      case 'who-can-see': {
        const seen = await listPeopleWhoSee({ actor: viewer, costCenter: command.costCenter }, deps);
        if (seen.people.length === 0) return reply(`Nobody in Ledgerline sees ${seen.costCenter.code} ${seen.costCenter.name}.`);
        const lines = seen.people.map(
          (person) => `• ${person.name} (${person.email}) — ${person.role}${person.seesAll ? ', all cost centers' : ''}`,
        );
        return reply(
          [
            `${seen.costCenter.code} ${seen.costCenter.name} is visible to ${seen.people.length === 1 ? 'one person' : `${seen.people.length} people`}:`,
            ...lines,
          ].join('\n'),
        );
      }
      case 'grant': {
        const request = { actor: viewer, person: command.person, role: command.role, costCenters: command.costCenters, surface };
        if (!command.isConfirmed) {
          const plan = await planAccessGrant(request, deps);
          const who = plan.isNew
            ? `${plan.name} (${plan.email}, not in Ledgerline yet)`
            : `${plan.name} (${plan.email}, now ${plan.before?.role ?? 'viewer'} for ${plan.before?.costCenters.join(', ') || 'no cost center'})`;
          return reply(`Make ${who} ${article(plan.role)} for ${scopeWords(plan)}? Nothing changes until you confirm.`, [
            `Confirm: add ${plan.email} as ${plan.role} for ${scopeCodes(plan)}`,
          ]);
        }
        const done = await grantAccess(request, deps);
        return reply(
          `Done: ${done.name} (${done.email}) is now ${article(done.role)} for ${scopeWords(done)}. Recorded in the audit trail.`,
        );
      }
      case 'revoke': {
        const request = { actor: viewer, person: command.person, surface };
        if (!command.isConfirmed) {
          const plan = await planAccessRevocation(request, deps);
          return reply(
            `Remove ${plan.name} (${plan.email}, ${plan.before.role} for ${plan.before.costCenters.join(', ') || 'no cost center'})? They will no longer see any cost data. Nothing changes until you confirm.`,
            [`Confirm: remove ${plan.email}`],
          );
        }
        const done = await revokeAccess(request, deps);
        return reply(`Done: ${done.name} (${done.email}) no longer sees any cost data. Recorded in the audit trail.`);
      }
    }
  } catch (error) {
    if (isLedgerlineError(error) && error.code !== 'UNAVAILABLE' && error.code !== 'CONFIG') return reply(error.message);
    throw error;
  }
}
