import type { SpendDimension } from '../../domain/spend/spend-filters.js';
import { readNumberWords } from '../read-number-words.js';

// "by vendor", "per cost center", "top 5 carriers", "which location… most".

const dimensionPhrases: Array<[string, SpendDimension]> = [
  ['service types?', 'service_type'],
  ['charge types?|charge categor(?:y|ies)|types? of charges?|charges? types?', 'charge_type'],
  ['service categor(?:y|ies)|categor(?:y|ies)', 'service_category'],
  [
    '(?:sub[- ]?)?cost[- ]?cent(?:er|re)s?|ccs|departments?|depts?|teams?|business units?|bus?|parts? of the (?:business|company|org|organi[sz]ation)',
    'cost_center',
  ],
  ['vendors?|carriers?|providers?|suppliers?|compan(?:y|ies)', 'vendor'],
  ['locations?|sites?|offices?|cit(?:y|ies)|buildings?|facilit(?:y|ies)', 'location'],
  ['domains?|spend types?|kinds? of spend', 'domain'],
  ['(?:cloud |aws |azure |gcp )?services?|products?|skus?|(?:saas|software|cloud) (?:tools?|apps?|applications?)', 'service'],
  ['(?:billing |sub[- ]?)?accounts?|bans?|subscriptions?|projects?', 'account'],
  ['regions?', 'region'],
];

// "top cloud vendors", "which SaaS providers": a domain word may stand before the dimension.
const kind = '(?:(?:cloud|saas|telecom|telco|mobility|wireless|software|network)\\s+)?';
// "which three vendors", "top ten carriers", "the 5 biggest cost centers".
const count = '(?:(?:\\d{1,3}|two|three|four|five|six|seven|eight|nine|ten|fifteen|twenty)\\s+)?';

/** The dimension to break spend down by, if the question asks for one. */
export function findDimension(text: string): SpendDimension | undefined {
  for (const { named, grouped, dimension } of groupedPatterns) if (named.test(text) && grouped.test(text)) return dimension;
  return undefined;
}

// Each dimension's grouping pattern is large, and V8 drops a regular expression's compiled code
// at a major GC when it went unused since the last one: at a quiet server every question paid
// ~2 ms to compile all ten again. The small `named` test (every alternative of `grouped` starts
// the phrase at a word boundary) keeps the large ones for questions that name their dimension.
const groupedPatterns: Array<{ named: RegExp; grouped: RegExp; dimension: SpendDimension }> = dimensionPhrases.map(
  ([phrase, dimension]) => ({
    named: new RegExp(`\\b(?:${phrase})`, 'i'),
    grouped: new RegExp(
      `\\b(?:by|per|each|every|across|among|between|for each|split by|break(?:ing)? (?:it |that |this |them )?down by|broken (?:down|out|up) by|split out by|breakdown by|grouped by)\\s+(?:the\\s+)?(?:${phrase})\\b` +
        // "at each of our locations", "across all our sites", "for every one of the vendors".
        `|\\b(?:(?:at|in|for|across) )?(?:each|every|all)(?: one)?(?: of)?(?: (?:the|our|all))*\\s+${kind}(?:${phrase})\\b` +
        `|\\b(?:top|biggest|largest|highest|most expensive|costliest|main|leading|smallest|bottom|cheapest|lowest|least expensive)\\s+${count}${kind}(?:${phrase})\\b` +
        `|\\b${count}(?:top|biggest|largest|highest|most expensive|costliest|smallest|cheapest|lowest|least expensive)\\s+${kind}(?:${phrase})\\b` +
        `|\\b(?:fastest|quickest)[- ](?:growing|rising|shrinking|declining|falling)\\s+${count}${kind}(?:${phrase})\\b` +
        `|\\b(?:which|what|the)\\s+(?:(?:one|ones) )?(?:of (?:our|the) )?${count}${kind}(?:${phrase})\\b(?=.*\\b(?:most|highest|biggest|largest|top|least|lowest|grew|shr[au]nk|rose|fell|dropped|increased|decreased|cheaper|pricier|climbed|spiked|jumped|reduced)\\b)` +
        `|\\b(?:rank|ranking|ranked|sort|sorted|order)\\s+(?:the\\s+|our\\s+|all\\s+)?${count}${kind}(?:${phrase})\\b` +
        `|\\b${kind}(?:${phrase})\\s+(?:that|which|who|whose)\\s+(?:grew|shr[au]nk|rose|fell|dropped|increased|decreased|went|cost|spent|changed|moved)\\b` +
        `|\\b${kind}(?:${phrase})\\s+(?:with|that had|had)\\s+(?:the\\s+)?(?:biggest|largest|most|highest|lowest|smallest)\\b` +
        // "did any aws service spike": a ranking of the changes.
        `|\\bany\\s+(?:\\S+\\s+)?(?:${phrase})\\b(?=.*\\b(?:spike[ds]?|jump(?:ed)?|gr[eo]w|rose|ris(?:e|en)|increas\\w*|drop(?:ped)?|fell|decreas\\w*|reduc\\w*)\\b)` +
        // "site-by-site", "site-level", "carrier spend …, ranked".
        `|\\b(?:${phrase})[- ]by[- ](?:${phrase})\\b|\\b(?:${phrase})[- ]level\\b` +
        `|\\b(?:${phrase})\\s+(?:spend|spending|costs?|charges)\\b.*\\b(?:ranked|ranking|sorted)\\b` +
        // "saas vendors ranked by spend", "sites sorted by cost".
        `|\\b${kind}(?:${phrase})\\s+(?:ranked|sorted|ordered|listed)\\s+by\\b` +
        `|\\bwhich\\s+${kind}(?:${phrase})\\b|\\bwhat\\s+(?:${phrase})\\b(?=.*\\b(?:most|highest|biggest|largest|top)\\b)|\\b(?:${phrase})\\s+(?:breakdown|split|ranking)\\b`,
      'i',
    ),
    dimension,
  }),
);

/** How many groups a breakdown or ranking shows when no number is said: all of them, as far as a chat table reads. */
export const wholeBreakdown = 25;

/** "top 5" → 5; "top" or "biggest" alone → 5; "the most" with a singular → 1 shown first anyway. */
export function findTop(text: string): number | undefined {
  const word = '(\\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|fifteen|twenty)';
  const explicit =
    new RegExp(`\\b(?:top|biggest|largest|first|bottom)\\s+${word}\\b`, 'i').exec(text) ??
    new RegExp(`\\b${word}\\s+(?:most|least|biggest|largest|highest|lowest|top|cheapest|costliest|priciest|smallest)\\b`, 'i').exec(text) ??
    new RegExp(`\\b(?:which|what|the)\\s+${word}\\s+(?!(?:days?|months?|years?|weeks?|quarters?)\\b)`, 'i').exec(text);
  if (explicit) return Number(readNumberWords([explicit[1]!.toLowerCase()])?.value.toString() ?? explicit[1]);
  // "which vendors did we spend the most with, and how much with each": every one of them.
  if (/\b(?:with|for|on|to|of) each\b|\beach (?:one|of them)\b|\ball of them\b/i.test(text)) return wholeBreakdown;
  if (/\b(?:top|biggest|largest|highest|most expensive|costliest|most|main|leading)\b/i.test(text)) return 5;
  // "rank vendors by spend": the whole ranking, as far as a table shows it.
  if (/\b(?:rank|ranking|ranked)\b/i.test(text)) return wholeBreakdown;
  return undefined;
}
