import type { Token } from './tokens.js';

// Words the planner reads only inside a phrase. Alone each could mean something else, and as one of
// the planner's own words it would be dropped from every question: lines "moved" are a MACD move,
// spend that "moved" changed; "behind" budget is not what is behind a jump.
const phrases: Array<{ pattern: RegExp; words: string[] }> = [
  // "how has our telecom spend moved month by month": a change in spend.
  {
    pattern: /\b(?:spend|spending|costs?|bills?|charges|invoices?)\s+(?:has |have |had )?(?:moved|shifted)\b/i,
    words: ['moved', 'shifted'],
  },
  // "which part of the business is behind the jump": what drove it (compare rules read "jump").
  {
    pattern:
      /\b(?:is|are|was|were)\s+behind\s+(?:the|this|that|our|these)\s+(?:jump|spike|increase|rise|growth|drop|decrease|change|swing)s?\b/i,
    words: ['behind'],
  },
  // "part of the business": a cost center (dimension-words reads it).
  {
    pattern: /\bparts? of the (?:business|company|org|organi[sz]ation)\b/i,
    words: ['part', 'parts', 'org', 'organization', 'organisation'],
  },
  // "renewal decisions before Christmas": a deadline window (calendar-window.ts reads the day). Only
  // of deadlines: no spend period is read from a holiday, so "spend before christmas" stays unread.
  {
    pattern:
      /^(?=.*\b(?:contracts?|agreements?|renew\w*|notice|deadlines?|expir\w*|cancel\w*)\b).*\b(?:before|by|until|till)\s+(?:christmas|xmas)\b/i,
    words: ['christmas', 'xmas'],
  },
  // "tagging coverage gap": the spend no cost center owns (the unallocated rule reads it).
  { pattern: /\btag(?:ging)? coverage(?: gap)?\b/i, words: ['tag', 'tagging', 'coverage', 'gap'] },
];

// Everything Ledgerline holds is technology spend: "our technology suppliers" are all of them.
// Read after the names, so a team or vendor with the word in its name keeps it.
const wholeEstateWords = new Set(['technology', 'tech', 'ict']);

/** Marks the words of the phrases above as read. */
export function claimPhraseWords(question: string, tokens: Token[]): void {
  for (const phrase of phrases) {
    if (!phrase.pattern.test(question)) continue;
    for (const token of tokens) if (!token.isClaimed && phrase.words.includes(token.key)) token.isClaimed = true;
  }
}

/** Marks "technology" as read where no name took it. */
export function claimWholeEstateWords(tokens: Token[]): void {
  for (const token of tokens) if (!token.isClaimed && wholeEstateWords.has(token.key)) token.isClaimed = true;
}
