import type { PersonReference } from '../domain/people/find-person.js';
import type { Viewer } from '../domain/shared/viewer.js';

// Admin commands about people, read before planning: they change access, so they are never
// left to a planner's guess. A command names its person as an e-mail, a Slack mention
// (<@U123>) or "@name"; anything else is a question and goes to the planner.

export type PeopleCommand =
  | { kind: 'grant'; person: PersonReference; role: Viewer['role']; costCenters: '*' | string[] | undefined; isConfirmed: boolean }
  | { kind: 'revoke'; person: PersonReference; isConfirmed: boolean }
  | { kind: 'who-can-see'; costCenter: string };

const confirmPrefix = /^confirm:?\s+/i;
const grantPattern =
  /^(?:add|make|set|give)\s+(\S+(?:\s+\S+)??)\s+(?:as\s+)?(?:an?\s+)?(viewer|requester|approver|admin)s?(?:\s+(?:for|of|on|in|over|to)\s+(.+))?$/i;
const revokePattern = /^(?:remove|revoke|delete)\s+(\S+(?:\s+\S+)??)(?:\s+from\s+ledgerline)?$/i;
const whoCanSeePattern = /^who\s+(?:can\s+see|sees|has\s+access\s+to|can\s+access)\s+(.+)$/i;
const everything = /^(?:all|everything|\*|all cost centers|every cost center)$/i;

function readPerson(text: string): PersonReference | undefined {
  const trimmed = text.trim();
  const slack = /^<@([UW][A-Z0-9]+)(?:\|[^>]*)?>$/.exec(trimmed);
  if (slack?.[1]) return { kind: 'slack', slackUserId: slack[1] };
  if (/^[^\s@<>]+@[^\s@<>]+\.[^\s@<>]+$/.test(trimmed)) return { kind: 'email', email: trimmed.toLowerCase() };
  const name = /^@([\p{L}\p{N}.'-]+(?:\s[\p{L}\p{N}.'-]+)?)$/u.exec(trimmed);
  if (name?.[1]) return { kind: 'name', name: name[1] };
  return undefined;
}

function readCostCenters(text: string | undefined): '*' | string[] | undefined {
  if (!text) return undefined;
  const cleaned = text.replace(/^(?:the\s+)?(?:cost\s+centers?\s+)?/i, '').trim();
  if (everything.test(cleaned)) return '*';
  const parts = cleaned
    .split(/\s*(?:,|;|\band\b|&)\s*/i)
    .map((part) => part.trim())
    .filter(Boolean);
  return parts.length > 0 ? parts : undefined;
}

export function readPeopleCommand(question: string): PeopleCommand | undefined {
  const text = question
    .trim()
    .replace(/[.!]+$/, '')
    .replace(/\s+/g, ' ');
  const isConfirmed = confirmPrefix.test(text);
  const words = text.replace(confirmPrefix, '');
  const who = whoCanSeePattern.exec(words.replace(/\?+$/, ''));
  if (who?.[1] && !isConfirmed) return { kind: 'who-can-see', costCenter: who[1].trim() };
  const grant = grantPattern.exec(words);
  if (grant?.[1] && grant[2]) {
    const person = readPerson(grant[1]);
    if (person)
      return { kind: 'grant', person, role: grant[2].toLowerCase() as Viewer['role'], costCenters: readCostCenters(grant[3]), isConfirmed };
  }
  const revoke = revokePattern.exec(words);
  if (revoke?.[1]) {
    const person = readPerson(revoke[1]);
    if (person) return { kind: 'revoke', person, isConfirmed };
  }
  return undefined;
}
