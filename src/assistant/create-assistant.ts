import type { PrismaClient } from '../db/generated/client.js';
import type { ToolContext } from '../domain/tools/define-tool.js';
import { isLedgerlineError } from '../errors.js';
import type { Logger } from '../logger.js';
import type { Answer } from './answer.js';
import type { PlannedAnswer } from './answer-with-offline-planner.js';
import { answerWithOfflinePlanner, clarificationAnswer } from './answer-with-offline-planner.js';
import { answerWithLlmPlanner, fallbackNoticeOf } from './answer-with-llm-planner.js';
import type { Assistant, AskInput } from './assistant.js';
import { auditQuestion } from './audit-question.js';
import type { PresentAnswer } from './compose-answer.js';
import { starterQuestions } from './compose-answer.js';
import { loadConversationState, saveConversationState } from './conversation-store.js';
import type { LlmSettings } from './llm/create-chat-model.js';
import type { LlmPlanner } from './llm/create-llm-planner.js';
import type { OfflinePlanner } from './planner.js';
import type { ToolCatalog } from './run-tool-call.js';
import { holdsOnlyDemoData } from '../domain/people/demo-access.js';
import { resolveViewerScope } from '../domain/scope/viewer-scope.js';
import { formatCount } from '../domain/shared/format.js';
import { tools as registryTools } from '../domain/tools/registry.js';
import { presentAnswer } from './present/present-answer.js';
import { createOfflinePlanner } from './offline/create-offline-planner.js';
import { answerWhoami, isWhoamiQuestion } from './answer-whoami.js';
import { answerHelp, isHelpQuestion } from './answer-help.js';
import { answerPeopleCommand } from './answer-people-command.js';
import { readPeopleCommand } from './read-people-command.js';
import { refuseWithoutAccess } from './refuse-without-access.js';
import { sayScope } from './say-scope.js';

export interface AssistantDeps {
  prisma: PrismaClient;
  now: () => Date;
  logger: Logger;
  /** A read replica's client (DATABASE_REPLICA_URLS): tool reads go there; conversation state and the audit log stay on the primary. */
  readReplica?: (() => PrismaClient) | undefined;
  /** Defaults to every tool in the registry. */
  tools?: ToolCatalog | undefined;
  /** Defaults to the deterministic offline planner. */
  offlinePlanner?: OfflinePlanner | undefined;
  /** Defaults to the presenters in ./present. */
  present?: PresentAnswer | undefined;
  /** Set when OPENAI_API_KEY or OPENAI_BASE_URL is configured; otherwise the offline planner answers. */
  llm?: LlmSettings | undefined;
}

// Planners read this much of a question; the rest of a pasted 10 KB wall of text is not a question.
const maximumQuestionLength = 2000;

export const fallbackNotice = 'Note: the language model was unavailable, so the built-in planner answered.';

export function createAssistant(deps: AssistantDeps): Assistant {
  const { prisma, logger } = deps;
  const offlinePlanner = deps.offlinePlanner ?? createOfflinePlanner();
  const present = deps.present ?? presentAnswer;
  const tools = deps.tools ?? registryTools;
  const llmSettings = deps.llm;
  // LangChain takes half a second to import: only pay for it when an LLM is configured and asked.
  let llmPlanner: Promise<LlmPlanner> | undefined;
  const loadLlmPlanner = (settings: LlmSettings) =>
    (llmPlanner ??= import('./llm/create-llm-planner.js').then(({ createLlmPlanner }) => createLlmPlanner({ settings, tools })));

  async function plan(input: AskInput, question: string, context: ToolContext, notice: string | undefined): Promise<PlannedAnswer> {
    // The planner's names and the conversation state are read side by side: one round trip, not two.
    const [state] = await Promise.all([
      loadConversationState(input.conversationKey, { prisma, logger }, input.followUpOf),
      llmSettings ? undefined : offlinePlanner.prepare?.(context),
    ]);
    if (llmSettings) {
      try {
        const answered = await answerWithLlmPlanner({ question, state, context, llmPlanner: await loadLlmPlanner(llmSettings), present });
        return notice ? { ...answered, answer: { ...answered.answer, text: `${notice}\n${answered.answer.text}` } } : answered;
      } catch (error) {
        if (!isLedgerlineError(error) || error.code !== 'UNAVAILABLE') throw error;
        logger.warn('language model failed; the offline planner answers', { reason: error.message });
        const fallbackNotes = [fallbackNoticeOf(error) ?? fallbackNotice, notice]
          .filter((line): line is string => line !== undefined)
          .join('\n');
        return answerWithOfflinePlanner({
          question,
          state,
          context,
          tools,
          offlinePlanner,
          present,
          plannedBy: 'offline-fallback',
          notice: fallbackNotes,
        });
      }
    }
    return answerWithOfflinePlanner({ question, state, context, tools, offlinePlanner, present, plannedBy: 'offline', notice });
  }

  return {
    async ask(input) {
      const started = performance.now();
      const context: ToolContext = {
        prisma,
        now: deps.now,
        logger,
        viewer: input.viewer,
        asOf: input.asOf ?? deps.now(),
        readReplica: deps.readReplica,
      };
      if (input.place) context.place = input.place;
      const question = withoutControlCharacters(input.question);
      const trimmed = question.trim();
      const peopleCommand = readPeopleCommand(trimmed);
      let planned: PlannedAnswer;
      try {
        if (trimmed === '') {
          planned = { answer: emptyQuestionAnswer(), nextState: undefined, outcome: 'clarified' };
        } else if (isHelpQuestion(trimmed)) {
          // Never a follow-up: "help" after an answer is about Ledgerline, not about that answer.
          planned = {
            answer: await answerHelp({ viewer: input.viewer, surface: input.surface }, { prisma }),
            nextState: undefined,
            outcome: 'command',
          };
        } else if (isWhoamiQuestion(trimmed)) {
          planned = { answer: await answerWhoami(input.viewer, { prisma }), nextState: undefined, outcome: 'command' };
        } else if (peopleCommand) {
          planned = {
            answer: await answerPeopleCommand({ command: peopleCommand, viewer: input.viewer, surface: input.surface }, { prisma }),
            nextState: undefined,
            outcome: 'command',
          };
        } else {
          // Access is decided once, here, for every surface: no cost center in scope → words, not zeros.
          const scope = await resolveViewerScope(input.viewer, prisma);
          if (scope.costCenterIds !== null && scope.costCenterIds.length === 0) {
            planned = { answer: await refuseWithoutAccess(input.viewer, { prisma }), nextState: undefined, outcome: 'refused' };
          } else {
            const isTruncated = trimmed.length > maximumQuestionLength;
            const notice = isTruncated
              ? `Note: only the first ${formatCount(maximumQuestionLength)} characters of the question were read.`
              : undefined;
            // Whether only the demo is loaded is read while the question is planned and answered.
            const [answered, isDemoOnly] = await Promise.all([
              plan(input, trimmed.slice(0, maximumQuestionLength), context, notice),
              holdsOnlyDemoData({ prisma }),
            ]);
            planned = { ...answered, answer: sayScope(answered.answer, { scope, isDemoOnly }) };
          }
        }
        if (planned.nextState) planned.answer.stateId = await saveConversationState(input.conversationKey, planned.nextState, { prisma });
      } catch (error) {
        // A bug must not end the conversation: log it, say so, keep answering the next question.
        logger.error('question failed', { error });
        planned = { answer: failureAnswer(), nextState: undefined, outcome: 'failed' };
      }
      const durationMs = performance.now() - started;
      try {
        await auditQuestion(
          {
            viewer: input.viewer,
            surface: input.surface,
            question,
            toolCalls: planned.answer.toolCalls,
            durationMs,
            outcome: planned.outcome,
          },
          { prisma },
        );
      } catch (error) {
        logger.error('audit log write failed', { error });
      }
      return planned.answer;
    },
  };
}

/** PostgreSQL text cannot hold NUL, and no other control character carries meaning in a question. */
function withoutControlCharacters(text: string): string {
  return text.replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g, ' ');
}

function emptyQuestionAnswer(): Answer {
  return clarificationAnswer({
    message: 'Ask me about your telecom, mobility, cloud or SaaS spend, inventory, contracts, budgets or usage. For example:',
    choices: starterQuestions,
    plannedBy: 'offline',
  });
}

function failureAnswer(): Answer {
  return {
    text: 'Sorry — something went wrong while answering that. The error was logged; please try again or rephrase the question.',
    facts: [],
    toolCalls: [],
    followUps: starterQuestions,
    context: {},
    plannedBy: 'offline',
  };
}
