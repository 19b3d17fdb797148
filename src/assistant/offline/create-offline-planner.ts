import { closestNames } from '../../domain/scope/closest-names.js';
import type { OfflinePlanner, Plan, PlanInput, PlannedCall } from '../planner.js';
import type { ToolContext } from '../../domain/tools/define-tool.js';
import { applyFollowUp, isFollowUp, needsAnEarlierAnswer } from './apply-follow-up.js';
import { buildCalls } from './build-calls.js';
import { budgetOverSeveralMonths } from './budget-over-several-months.js';
import { correctTypos } from './correct-typos.js';
import { findUnreadWords } from './find-unread-words.js';
import { findUnusedNames } from './find-unused-names.js';
import { describeCall } from './describe-plan.js';
import { detectIntent, type Intent } from './detect-intent.js';
import { emojiShortcode, expandShortenings } from './expand-shortenings.js';
import { dropQuotedLines } from './message-furniture.js';
import { readChatMarkup } from '../read-chat-markup.js';
import { partOfAMonthlyBill } from './part-of-a-monthly-bill.js';
import { namesASubject, splitTwoQuestions, subjectOf, withSubject } from './two-questions.js';
import { readQuestion, type Understanding } from './read-question.js';
import { loadVocabulary, type Vocabulary } from './vocabulary.js';
import { describeUnreadWords, isBareSpendQuestion, whichNameChoices } from './say-what-was-not-understood.js';

/** Names change with imports (seen at once, see readImportMark) and, rarely, with other edits; for those, 30 s is fresh enough. */
const vocabularyLifetimeMs = 30_000;

// The embedded planner: question → tool calls, deterministically, with no network. When it
// cannot tell what is meant it says what it understood and offers choices; it never computes
// or guesses a figure itself.

/** Longer questions are not questions; they are pasted documents or attacks. */
const maxQuestionLength = 500;

const starterChoices = [
  'What did we spend last month?',
  'Top 5 vendors by spend this year',
  'How many active mobile lines do we have?',
  'Which contracts have a notice deadline in the next 90 days?',
  'Are we over budget this month?',
];

// Intents whose questions name no vendor: a capitalized word in them is not an unknown carrier.
const intentsWithoutVendors = new Set<Intent>([
  'find_service',
  'list_services',
  'count_services',
  'subscribe_alerts',
  'unsubscribe_alerts',
  'list_subscriptions',
  'list_alerts',
  'request_status',
  'my_requests',
  'disconnect_summary',
  'savings',
]);

function clarify(message: string, choices: string[] = starterChoices): Plan {
  return { kind: 'clarify', message, choices: choices.slice(0, 5) };
}

function understoodParts(understanding: Understanding): string[] {
  const parts: string[] = [];
  if (understanding.vendors.length > 0) parts.push(`vendor ${understanding.vendors.join(', ')}`);
  if (understanding.locations.length > 0) parts.push(`location ${understanding.locations.join(', ')}`);
  if (understanding.costCenters.length > 0) parts.push(`cost center ${understanding.costCenters.join(', ')}`);
  if (understanding.periods.length > 0) parts.push(`period ${understanding.periods.map((mention) => mention.period.label).join(', ')}`);
  if (understanding.serviceTypes.length > 0) parts.push(understanding.serviceTypes.join(', ').replaceAll('_', ' '));
  return parts;
}

function choicesAbout(understanding: Understanding): string[] {
  const subject = understanding.vendors[0] ?? understanding.locations[0] ?? understanding.costCenters[0];
  const period = understanding.periods[0]?.period.label ?? 'last month';
  if (!subject) return starterChoices;
  if (understanding.vendors[0])
    return [
      `What did we spend with ${subject} in ${period}?`,
      `Show the monthly trend for ${subject}`,
      `Contracts with ${subject}`,
      `How many services do we have with ${subject}?`,
    ];
  if (understanding.locations[0])
    return [`How many active mobile lines in ${subject}?`, `Which circuits are in ${subject}?`, `Spend in ${subject} in ${period}`];
  return [`Spend for ${subject} in ${period}`, `Budget status for ${subject}`, `How many mobile lines does ${subject} have?`];
}

async function planQuestion(input: PlanInput, vocabularyOf: (input: PlanInput) => Promise<Vocabulary>): Promise<Plan> {
  const question = dropQuotedLines(readChatMarkup(input.question))
    .replace(/[\u0000-\u001f\u007f]+/g, ' ')
    .replace(emojiShortcode, ' ')
    .trim();
  if (question.length === 0) return clarify('Ask me about spend, services, contracts, budgets or usage.');
  if (question.length > maxQuestionLength)
    return clarify(`That is ${question.length} characters long; please ask one question in a sentence or two.`);
  if (!/[\p{L}]{2,}/u.test(question))
    return clarify('I did not find a question in that. Ask me about spend, services, contracts, budgets or usage.');
  // Tools are parameterized, so SQL in a question is harmless; answering it as spend would not be.
  if (/;\s*(?:drop|delete|insert|update|select|alter|truncate)\b|--\s*$|\/\*|<script|\bunion\s+select\b/i.test(question)) {
    return clarify('That looks like code, not a question. Ask me about spend, services, contracts, budgets or usage.');
  }
  const vocabulary = await vocabularyOf(input);
  // Typos of the planner's own words are read as meant; names keep their own tolerance.
  const understanding = readQuestion(correctTypos(expandShortenings(question), vocabulary.nameWords).question, vocabulary, input.asOf);
  const intent = detectIntent(understanding);
  const lastCall: PlannedCall | undefined = input.state?.lastCalls[0];

  // A word that fits several names is asked about, never guessed.
  const ambiguity = understanding.ambiguities[0];
  if (ambiguity) {
    return clarify(
      `"${ambiguity.text}" could be ${ambiguity.candidates.map((candidate) => `${candidate.label} (${candidate.kind})`).join(' or ')}. Which one?`,
      whichNameChoices(question, ambiguity),
    );
  }
  // Nothing is dropped silently: a word nothing read means the plan may not be the question.
  const unread = findUnreadWords(understanding);
  if (unread.length > 0) {
    const understood = intent ? buildCalls(intent, understanding, input.asOf).map(describeCall).join('; ') : undefined;
    const said = describeUnreadWords({ question, unread, understood, vocabulary });
    return clarify(said.message, said.choices.length > 0 ? said.choices : choicesAbout(understanding));
  }

  if (!lastCall && needsAnEarlierAnswer(understanding)) {
    return clarify('That reads as a follow-up, but there is no earlier answer here to follow. Ask the whole question, for example:', [
      'What did we spend last month?',
      'Spend by location last month',
      'Spend by cost center last month',
    ]);
  }
  if (isFollowUp(understanding, intent, lastCall) && lastCall) {
    const followUp = applyFollowUp(understanding, lastCall, input.asOf);
    if (followUp) return { kind: 'calls', calls: [followUp], understood: `Follow-up: ${describeCall(followUp)}` };
    if (intent === undefined) {
      return clarify(
        `I understood this as a follow-up to "${input.state?.lastQuestion ?? describeCall(lastCall)}" but not what to change.`,
        ['Break that down by vendor', 'And last quarter?', 'Show the monthly trend'],
      );
    }
  }
  // "that line" with no line before it: answering would give every line's figure.
  if (!understanding.identifier && /\b(?:that|this|the same)\s+(?:line|number|phone|circuit)\b/i.test(question)) {
    return clarify('Which line? Give its phone number or circuit id, e.g. "how much did 312-555-0100 cost last month".', [
      'How many active mobile lines do we have?',
    ]);
  }
  if (intent === 'spend' && isBareSpendQuestion(understanding)) {
    return clarify(
      'Spend on what, and for which period? Name a vendor, a cost center, a location or a kind of spend, and a month or quarter.',
      [
        'What did we spend last month?',
        'Telecom spend last quarter',
        'Top 5 vendors by spend this year',
        'Cloud spend by service last month',
      ],
    );
  }

  if (understanding.unknownName && understanding.vendors.length === 0 && (intent === undefined || !intentsWithoutVendors.has(intent))) {
    const closest = closestNames(understanding.unknownName, vocabulary.vendorNames);
    return clarify(
      `I don't know a vendor named "${understanding.unknownName}". Did you mean one of these?`,
      closest.map((name) => `${question.replace(understanding.unknownName!, name)}`),
    );
  }
  if (intent === undefined) {
    const parts = understoodParts(understanding);
    return clarify(
      parts.length > 0
        ? `I understood ${parts.join('; ')}, but not what you want to know about it.`
        : 'I did not understand that. I can answer questions about spend, services, contracts, budgets and usage.',
      choicesAbout(understanding),
    );
  }
  if (intent === 'contract_details' && !understanding.contracts[0] && !understanding.vendors[0]) {
    return clarify('Which contract? Name the vendor or the contract id.', ['List all active contracts']);
  }
  const calls = buildCalls(intent, understanding, input.asOf);
  const understood = calls.map(describeCall).join('; ');
  // A name the chosen tool cannot be narrowed to would be dropped: the figure would be broader than asked.
  const unused = findUnusedNames(understanding, calls);
  if (unused.length > 0) {
    const names = unused.map((entry) => `${entry.kind} "${entry.name}"`).join(' and ');
    return clarify(
      `I read ${names}, but ${understood} cannot be narrowed to ${unused.length === 1 ? 'it' : 'them'} — so I have not answered, rather than answer for everything.`,
      choicesAbout(understanding),
    );
  }
  if (intent === 'budget') {
    const severalMonths = budgetOverSeveralMonths(understanding);
    if (severalMonths) return clarify(severalMonths.message, severalMonths.choices);
  }
  const partOfABill = partOfAMonthlyBill(calls, vocabulary, input.asOf);
  if (partOfABill) return clarify(partOfABill.message, partOfABill.choices);
  return { kind: 'calls', calls, understood };
}

/**
 * Two questions in one message, each planned on its own, when planned whole the message answered
 * only one of them (see two-questions.ts). Undefined when it is one question, or either part is
 * not understood alone.
 */
async function planTwoQuestions(
  input: PlanInput,
  whole: Extract<Plan, { kind: 'calls' }>,
  vocabularyOf: (input: PlanInput) => Promise<Vocabulary>,
): Promise<Plan | undefined> {
  const parts = splitTwoQuestions(input.question);
  if (!parts) return undefined;
  const first = await planQuestion({ ...input, question: parts[0] }, vocabularyOf);
  if (first.kind !== 'calls') return undefined;
  const subject = subjectOf(first.calls);
  let second = await planQuestion({ ...input, question: subject ? withSubject(parts[1], subject) : parts[1] }, vocabularyOf);
  if (second.kind === 'calls' && subject && !namesASubject(second.calls))
    second = await planQuestion({ ...input, question: `${parts[1]} for ${subject}` }, vocabularyOf);
  if (second.kind !== 'calls') return undefined;
  const same = (left: PlannedCall[], right: PlannedCall[]) => JSON.stringify(left) === JSON.stringify(right);
  if (!same(whole.calls, first.calls) && !same(whole.calls, second.calls)) return undefined;
  if (same(first.calls, second.calls)) return undefined;
  return { kind: 'calls', calls: [...first.calls, ...second.calls], understood: `${first.understood}; ${second.understood}` };
}

// Longer than any one ask's planning, shorter than the gap between a person's questions.
const oneAskMs = 2_000;

export function createOfflinePlanner(): OfflinePlanner {
  const cache = new WeakMap<object, { loadedAt: number; importMark: string; vocabulary: Promise<Vocabulary>; isRefreshing: boolean }>();
  // One read of the import mark per ask, however many times the ask plans (two questions in one
  // plan three times): the ask's context object is the key. Only for a moment, so a context kept
  // longer (a test's, a job's) still sees the next import's names.
  const vocabularyOfAsk = new WeakMap<ToolContext, { readAt: number; vocabulary: Promise<Vocabulary> }>();
  const vocabularyOf = (input: PlanInput): Promise<Vocabulary> => {
    const known = vocabularyOfAsk.get(input.context);
    if (known && Date.now() - known.readAt < oneAskMs) return known.vocabulary;
    const vocabulary = currentVocabulary(input.context.prisma);
    vocabularyOfAsk.set(input.context, { readAt: Date.now(), vocabulary });
    return vocabulary;
  };
  const currentVocabulary = async (prisma: ToolContext['prisma']): Promise<Vocabulary> => {
    // Names arrive with imports, from whichever process or replica ran them: a new import is seen
    // by the next question (one small query), which waits for the names it brought.
    const importMark = await readImportMark(prisma);
    const cached = cache.get(prisma);
    if (cached && cached.importMark === importMark) {
      if (Date.now() - cached.loadedAt < vocabularyLifetimeMs || cached.isRefreshing) return cached.vocabulary;
      // Other edits (a finished MACD request) are picked up in the background: stale names are
      // served while fresh ones load, so no question waits for the reload.
      cached.isRefreshing = true;
      loadVocabulary(prisma).then(
        (vocabulary) =>
          cache.set(prisma, { loadedAt: Date.now(), importMark, vocabulary: Promise.resolve(vocabulary), isRefreshing: false }),
        () => (cached.isRefreshing = false),
      );
      return cached.vocabulary;
    }
    const vocabulary = loadVocabulary(prisma);
    cache.set(prisma, { loadedAt: Date.now(), importMark, vocabulary, isRefreshing: false });
    vocabulary.catch(() => cache.delete(prisma));
    return vocabulary;
  };
  return {
    prepare(context: ToolContext): Promise<void> {
      return vocabularyOf({ question: '', state: undefined, asOf: context.asOf, context }).then(
        () => undefined,
        () => undefined,
      );
    },
    async plan(input: PlanInput): Promise<Plan> {
      try {
        const whole = await planQuestion(input, vocabularyOf);
        return whole.kind === 'calls' ? ((await planTwoQuestions(input, whole, vocabularyOf)) ?? whole) : whole;
      } catch (error) {
        // A planner bug must not take the conversation down: say so and offer a way forward.
        input.context.logger.error('offline planner failed', { error });
        return clarify('I could not read that question. Try rephrasing it.');
      }
    },
  };
}

/** Changes whenever an import finishes (or a batch is removed), whichever process ran it. */
async function readImportMark(prisma: PlanInput['context']['prisma']): Promise<string> {
  const latest = await prisma.importBatch.aggregate({ _max: { id: true, finishedAt: true }, _count: { _all: true } });
  return `${latest._count._all}:${latest._max.id ?? 0}:${latest._max.finishedAt?.getTime() ?? 0}`;
}
