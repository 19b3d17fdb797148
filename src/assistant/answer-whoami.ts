import type { DomainDeps } from '../domain/deps.js';
import { describeViewerAccess } from '../domain/people/describe-viewer-access.js';
import { describeIdentity, howToGetAccess } from '../domain/people/how-to-get-access.js';
import type { Viewer } from '../domain/shared/viewer.js';
import type { Answer } from './answer.js';

// "whoami" is answered before planning: it is about the person, not the data, and works for
// people who may see nothing at all.
const whoamiPattern =
  /^(\/?whoami|who am i|what can i see|what do i see|what can i access|what do i have access to|my access|my role|what(?: is|'s) my role|what are my permissions)[\s?.!]*$/i;

export function isWhoamiQuestion(question: string): boolean {
  return whoamiPattern.test(question.trim());
}

const roleWords: Record<Viewer['role'], string> = {
  viewer: 'a viewer: you can ask about spend, inventory, contracts and usage',
  requester: 'a requester: you can ask questions and request service changes (move, add, change, disconnect)',
  approver: 'an approver: you can ask questions, request service changes and approve them for your cost centers',
  admin: 'an admin: you can ask anything, approve any request and manage who sees what',
};

export async function answerWhoami(viewer: Viewer, deps: Pick<DomainDeps, 'prisma'>): Promise<Answer> {
  const access = await describeViewerAccess(viewer, deps);
  const lines: string[] = [];
  if (access.isDemoAccess) {
    lines.push(
      `You are ${access.name}, not registered in Ledgerline. While it holds only the demo enterprise, everyone sees the demo data as an admin; once real data is imported, people not in the users list get the configured default role.`,
    );
  } else if (access.costCenters !== 'all' && access.costCenters.length === 0) {
    lines.push(`You are ${access.name}${access.isRegistered ? `, ${access.role} in Ledgerline` : ', not registered in Ledgerline'}.`);
    lines.push(
      `You don't have access to cost data yet — ${await howToGetAccess({ viewer, asking: access.isRegistered ? 'to give you cost centers' : 'to add you' }, deps)}`,
    );
    return whoamiAnswer(lines.join('\n'));
  } else {
    lines.push(`You are ${access.name}, ${roleWords[access.role]}.`);
    lines.push(
      access.costCenters === 'all'
        ? 'You see every cost center, and spend not allocated to one.'
        : `You see ${access.costCenters.length === 1 ? 'one cost center' : `${access.costCenters.length} cost centers`}: ${access.costCenters.map((costCenter) => `${costCenter.code} ${costCenter.name}`).join(', ')}. Figures outside them are not shown or counted.`,
    );
  }
  const identity = describeIdentity(viewer.identity);
  if (identity) lines.push(identity);
  return whoamiAnswer(lines.join('\n'));
}

function whoamiAnswer(text: string): Answer {
  return { text, facts: [], toolCalls: [], followUps: [], context: {}, plannedBy: 'offline' };
}
