import type { PlannedCall } from '../planner.js';

// "what did we spend with X in march and how many lines do we have with them": two questions in
// one message. Planned whole, one of them would be answered and the other dropped without a word,
// so each is planned on its own and both are answered; "them", "their" and a second question that
// names nothing ("+ the forecast for this month") are about what the first one named.

const secondQuestion =
  /\s*,?\s*(?:\band\b|&|\+|\bplus\b|\band also\b)\s+(?=(?:how many|how much|when|what did|what['’]s|whats|what is|what are|what was|what were|what will|which|the forecast|is|are|do|does|did)\b)/i;

/** The two questions of a message, when it holds two. */
export function splitTwoQuestions(question: string): [string, string] | undefined {
  const match = secondQuestion.exec(question);
  if (!match) return undefined;
  const first = question.slice(0, match.index).trim();
  const second = question.slice(match.index + match[0].length).trim();
  const words = (text: string) => text.split(/\s+/).filter(Boolean).length;
  return words(first) >= 3 && words(second) >= 3 ? [first, second] : undefined;
}

const subjectKeys = ['vendor', 'vendors', 'costCenters', 'locations', 'domains'] as const;

/** What a plan's first call is about — a vendor, cost center, location or domain — as said. */
export function subjectOf(calls: PlannedCall[]): string | undefined {
  const args = calls[0]?.arguments ?? {};
  for (const key of subjectKeys) {
    const value = args[key];
    if (typeof value === 'string') return value;
    if (Array.isArray(value) && typeof value[0] === 'string') return value[0];
  }
  return undefined;
}

/** The second question with "them", "they" and "their" read as the first one's subject. */
export function withSubject(second: string, subject: string): string {
  return second.replace(/\b(?:them|they|their)\b/gi, subject);
}

export const namesASubject = (calls: PlannedCall[]): boolean => subjectOf(calls) !== undefined;
