import type { Token } from './tokens.js';

// Words the planner reads only inside a phrase. Alone each could mean something else, and as one of
// the planner's own words it would be dropped from every question: lines "moved" are a MACD move,
// spend that "moved" changed; "behind" budget is not what is behind a jump.
/** "full yr 2026 outlook", "spend outlook for Q4": a forecast; alone, Outlook is a product. */
export const spendOutlook =
  /\b(?:spend(?:ing)?|costs?|bills?|budget|full[- ]?(?:yr|year)|year|quarter|month|(?:19|20)\d{2}|q[1-4]|h[12]|eo[ymq])\s+outlook\b|\boutlook (?:for|on) (?:our |the )?(?:spend(?:ing)?|costs?|bills?|(?:this |next |the )?(?:year|quarter|month)|(?:19|20)\d{2}|q[1-4])\b/i;

/** "did the credit ever land on an invoice", "has the credit been applied": a dispute's outcome. */
export const creditLanded =
  /\bcredits?\b.{0,30}\b(?:land(?:ed)?|appear(?:ed)?|show(?:ed|n)? up|post(?:ed)?|appl(?:y|ied)|c[ao]me through)\b/i;

/** "contracts that come up for renewal", "due for renewal": contracts whose term ends. */
export const upForRenewal = /\b(?:come|comes|coming|are|is|be) up for renewal\b|\bdue for renewal\b/i;

const phrases: Array<{ pattern: RegExp; words: string[] }> = [
  // "how has our telecom spend moved month by month": a change in spend.
  {
    pattern: /\b(?:spend|spending|costs?|bills?|charges|invoices?)\s+(?:has |have |had )?(?:moved|shifted)\b/i,
    words: ['moved', 'shifted'],
  },
  // "which part of the business is behind the jump": what drove it (compare rules read "jump").
  {
    pattern:
      /\b(?:is|are|was|were|whats|what['’]s)\s+behind\s+(?:the|this|that|our|these)\s+(?:jump|spike|increase|rise|growth|drop|decrease|change|swing)s?\b/i,
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
  // "tagging coverage gap", "spend that isn't tagged to a cost centre": the spend no cost center
  // owns (the unallocated rule reads it).
  { pattern: /\btag(?:ging)? coverage(?: gap)?\b/i, words: ['tag', 'tagging', 'coverage', 'gap'] },
  {
    pattern: /\b(?:not|isn'?t|aren'?t|wasn'?t|weren'?t)\s+(?:been\s+)?(?:tagged|attributed|mapped)\b/i,
    words: ['tagged', 'attributed', 'mapped'],
  },
  // "across the organisation", "for the whole company": everything, no filter.
  {
    pattern:
      /\b(?:across|for|in|of|over)\s+(?:the\s+|our\s+)?(?:whole\s+|entire\s+|wider\s+)?(?:organi[sz]ation|org|company|business|enterprise)\b(?!\s+units?\b)/i,
    words: ['organisation', 'organization', 'org', 'company', 'business', 'enterprise', 'whole', 'entire', 'wider'],
  },
  // "why was the bill so high": what changed from the month before (the compare rule reads it).
  { pattern: /\bwhy (?:was|were|is|are)\b[^?]{0,60}\bso (?:high|big|large|low|expensive)\b/i, words: ['high', 'big', 'large', 'low'] },
  // "full yr 2026 outlook", "spend outlook for Q4": a forecast (the forecast rule reads it). Alone,
  // Outlook is a product.
  { pattern: spendOutlook, words: ['outlook'] },
  // "credits we're owed", "disputes still outstanding": the open disputes.
  {
    pattern: /\b(?:credits?|disputes?|refunds?)\b.{0,30}\b(?:owed|outstanding|unresolved|pending)\b|\bowed\b.{0,20}\bcredits?\b/i,
    words: ['owed', 'outstanding', 'unresolved', 'pending'],
  },
  // "did the credit ever land on an invoice": a dispute's outcome.
  {
    pattern: creditLanded,
    words: ['land', 'landed', 'appear', 'appeared', 'show', 'showed', 'shown', 'post', 'posted', 'apply', 'applied', 'up'],
  },
  // "disconnected circuits still showing up on invoices": billed after disconnect.
  {
    pattern:
      /\b(?:disconnected|cancell?ed|terminated)\b.{0,40}\b(?:showing|turning|popping|appearing|appear|show|turn|pop)(?:\s+up)?\s+(?:on|in)\b/i,
    words: ['showing', 'turning', 'popping', 'appearing', 'appear', 'turn', 'pop', 'up'],
  },
  // "contracts that come up for renewal": contracts ending (the ending rule reads it).
  { pattern: upForRenewal, words: ['come', 'comes', 'coming', 'up', 'due'] },
  // "did we miss the notice window on X": that contract's notice date.
  {
    pattern: /\bmiss(?:ed)?\s+(?:the\s+|our\s+)?(?:notice|cancell?ation|termination|renewal|opt[- ]out|non[- ]renewal)\b/i,
    words: ['miss', 'missed'],
  },
  // "committed spend and how much is left": the commitment's remainder.
  { pattern: /\bcommit\w*\b.{0,60}\b(?:left|remaining|to go)\b/i, words: ['left', 'remaining', 'go'] },
  // "top data hog": the heaviest data user.
  { pattern: /\b(?:data|bandwidth|usage)\s+hogs?\b/i, words: ['hog', 'hogs'] },
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
