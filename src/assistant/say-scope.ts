import { formatCount } from '../domain/shared/format.js';
import { describeScopeCodes, type ViewerScope } from '../domain/scope/viewer-scope.js';
import type { ResultEnvelope } from '../domain/tools/result-envelope.js';
import type { Answer } from './answer.js';

// Tools whose results do not depend on cost centers: company-level contracts, the person's own
// requests, the channel's subscriptions. Saying "in your cost centers" there would be false. A
// new tool is scoped until listed here — the safe side.
const toolsWithoutCostCenterScope = new Set([
  'list_contracts',
  'get_contract',
  'find_notice_deadlines',
  'get_commitment_status',
  'list_my_requests',
  'get_request_status',
  'subscribe_channel',
  'unsubscribe_channel',
  'list_channel_subscriptions',
]);

const plural = (count: number, one: string, many: string) => `${formatCount(count)} ${count === 1 ? one : many}`;

/**
 * An answer computed under a partial scope says so in its context line, with how many records
 * the total left out (never their amounts); while the database holds only the demo, every
 * answer says "demo data". An admin's answers over real data say nothing extra.
 */
export function sayScope(answer: Answer, input: { scope: ViewerScope; isDemoOnly: boolean }): Answer {
  const succeeded = answer.toolCalls.filter((call) => call.error === undefined);
  if (succeeded.length === 0) return answer;
  const context = { ...answer.context };
  if (input.isDemoOnly) context.source = 'demo data';
  const scoped = succeeded.filter((call) => !toolsWithoutCostCenterScope.has(call.name));
  if (input.scope.costCenterIds !== null && scoped.length > 0) {
    const codes = input.scope.costCenterCodes ?? [];
    const where = `in your ${codes.length === 1 ? 'cost center' : 'cost centers'} ${describeScopeCodes(input.scope)}`;
    const leftOut = scoped
      .map((call) => (call.result as Partial<ResultEnvelope> | undefined)?.leftOutOfScope?.recordCount)
      .find((count) => count !== undefined);
    context.scope = leftOut ? `${where} (${plural(leftOut, 'record', 'records')} outside them not counted)` : where;
  }
  return { ...answer, context };
}
