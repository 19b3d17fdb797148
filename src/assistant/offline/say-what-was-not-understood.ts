import { closestNames, editDistance } from '../../domain/scope/closest-names.js';
import { nameKey } from '../../domain/shared/normalize.js';
import { findUnrecordedFact } from './unrecorded-facts.js';
import { askWhole, findUnrecordedPart } from './unrecorded-parts.js';
import type { Understanding } from './read-question.js';
import type { PartialName, Vocabulary } from './vocabulary.js';

// What the planner says instead of a figure when it did not follow the whole question: what it
// read, the words it did not, and the nearest names that do exist here. Never a figure.

// A word right after these, or right before the nouns below, is being used as a name.
const namePrefix =
  /\b(?:with|w\/|on|for|from|pay|paid|paying|at|to|vendor|carrier|provider|team|department|cost cent(?:er|re)|office|site)\s+$/i;
const nameSuffix =
  /^\s*(?:'s\s+)?(?:spend|spending|spent|costs?|bills?|invoices?|contracts?|circuits?|lines?|phones?|budget|accounts?|services?|charges?)\b/i;

function isUsedAsName(question: string, word: string): boolean {
  const index = question.indexOf(word);
  if (index < 0) return false;
  const before = question.slice(0, index);
  const after = question.slice(index + word.length);
  const isCapitalized = /^[A-Z]/.test(word) && before.trim().length > 0;
  return (
    namePrefix.test(before) ||
    nameSuffix.test(after) ||
    isCapitalized ||
    (word.length >= 2 && word === word.toUpperCase() && /[A-Z]/.test(word))
  );
}

/** Names close enough to what was typed to offer: a small edit away, or sharing its start. */
function nearbyNames(typed: string, vocabulary: Vocabulary): string[] {
  const key = nameKey(typed);
  if (key.length < 3) return [];
  const names = [...new Set(vocabulary.allNames.map((entry) => entry.name))];
  return closestNames(typed, names, 5)
    .filter((name) => {
      const candidate = nameKey(name);
      const words = name.split(/\s+/).map(nameKey);
      return (
        editDistance(key, candidate) <= Math.max(1, Math.floor(key.length / 4)) ||
        words.some(
          (word) => word.length >= 3 && (word.startsWith(key.slice(0, Math.max(3, key.length - 1))) || editDistance(key, word) <= 1),
        )
      );
    })
    .slice(0, 3);
}

// "Vending Services", "Harbour Group": a name's own last word, read by the planner as a word of its
// own, still belongs to the name that was not found — say the name as it was typed.
const nameEnding =
  /^(?:\s+(?:Services?|Group|Inc|Ltd|LLC|GmbH|Team|Department|Dept|Office|Site|Campus|Networks?|Communications|Telecom|Cloud|Solutions|Systems|Holdings|Partners|Mobile|Wireless|Labs|Cent(?:er|re)))+\b/;

function wholeNameOf(question: string, word: string): string {
  if (!/^[A-Z]/.test(word)) return word;
  const index = question.indexOf(word);
  const ending = index < 0 ? null : nameEnding.exec(question.slice(index + word.length));
  return ending ? word + ending[0] : word;
}

const quoted = (words: string[]) => words.map((word) => `"${word}"`).join(', ');

export function describeUnreadWords(input: {
  question: string;
  unread: string[];
  understood: string | undefined;
  vocabulary: Vocabulary;
}): { message: string; choices: string[] } {
  const { question, unread, understood, vocabulary } = input;
  for (const word of unread) {
    const part = findUnrecordedPart(word);
    if (part) return { message: part.explain(word), choices: [askWhole(question, part)] };
    const fact = findUnrecordedFact(word);
    if (fact) return { message: fact.explain, choices: [] };
  }
  const names = unread.filter((word) => isUsedAsName(question, word));
  const choices: string[] = [];
  if (names.length > 0) {
    const [word] = names as [string];
    const name = wholeNameOf(question, word);
    const nearby = nearbyNames(word, vocabulary);
    for (const candidate of nearby) choices.push(question.replace(name, candidate));
    const others = unread.filter((other) => other !== word);
    const message =
      `No vendor, cost center, location or service called "${name}" here` +
      (nearby.length > 0 ? `; did you mean ${nearby.map((candidate) => `"${candidate}"`).join(' or ')}?` : '.') +
      (others.length > 0 ? ` I also did not understand ${quoted(others)}.` : '') +
      (understood ? ` Without it I would have answered ${understood} — a different question, so I have not.` : '');
    return { message, choices };
  }
  const message = understood
    ? `I read this as ${understood}, but I did not understand ${quoted(unread)} — so I have not answered, rather than answer a different question.`
    : `I did not understand ${quoted(unread)}. I can answer questions about spend, services, contracts, budgets, usage, billing audits and MACD requests.`;
  return { message, choices };
}

/** The question asked once per candidate name, each with the full name in place of the part typed. */
export function whichNameChoices(question: string, ambiguity: { text: string; candidates: PartialName[] }): string[] {
  return ambiguity.candidates
    .slice(0, 5)
    .map((candidate) =>
      question.replace(ambiguity.text, candidate.kind === 'cost center' ? candidate.label.replace(/\s*\(.*\)$/, '') : candidate.label),
    );
}

/** "how much?", "spend?": a spend question that names nothing to measure and no period. */
export function isBareSpendQuestion(understanding: Understanding): boolean {
  const namesSomething =
    understanding.vendors.length +
      understanding.locations.length +
      understanding.costCenters.length +
      understanding.domains.length +
      understanding.serviceNames.length +
      understanding.serviceCategories.length +
      understanding.regions.length +
      understanding.accounts.length +
      understanding.chargeTypes.length +
      understanding.serviceTypes.length +
      understanding.periods.length >
    0;
  return !namesSomething && understanding.dimension === undefined && !understanding.isEffectiveCost;
}
