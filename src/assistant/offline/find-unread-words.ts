import { knownWords } from './known-words.js';
import type { Understanding } from './read-question.js';

// The words of a question that nothing read: not a name the matchers found, not a period, number
// or identifier, not one of the planner's own words. Any of them means the plan may not be the
// question ("amazon's stock price" is not AWS spend), so the planner says what it did not follow.

const contractions = new Set([
  'dont',
  'didnt',
  'doesnt',
  'isnt',
  'arent',
  'wasnt',
  'werent',
  'havent',
  'hasnt',
  'cant',
  'couldnt',
  'wont',
  'im',
  'ive',
  'weve',
  'were',
  'youre',
  'whats',
  'hows',
  'whos',
  'wheres',
  'thats',
  'theres',
  'lets',
  'id',
  'wed',
]);

/** Tokens that are numbers, years, quarters and the like: periods and counts read them. */
/** A plural of a planner word is read by the same rules (they all accept the plural). */
const isKnown = (key: string) =>
  knownWords.has(key) ||
  (key.endsWith('s') && knownWords.has(key.slice(0, -1))) ||
  (key.endsWith('es') && knownWords.has(key.slice(0, -2)));

const isNumeric = (key: string) => /^\d/.test(key) || /^(?:fy|q[1-4]|h[12])\d{0,4}$/.test(key);

export function findUnreadWords(understanding: Understanding): string[] {
  const identifierKey = understanding.identifier?.toLowerCase().replace(/[^a-z0-9]/g, '') ?? '';
  const unread: string[] = [];
  const tokens = understanding.tokens;
  for (const [index, token] of tokens.entries()) {
    if (token.isClaimed || token.key.length === 0) continue;
    // "cc 4490", "account 7781", "line 12": a code after a word that names a kind of thing is a
    // name, and one that matched nothing was not understood.
    const previous = tokens[index - 1]?.key;
    if (/^\d/.test(token.key) && previous && /^(?:cc|center|centre|account|accounts|line|contract|circuit)$/.test(previous)) {
      unread.push(token.text);
      continue;
    }
    if (isNumeric(token.key) || isKnown(token.key) || contractions.has(token.key)) continue;
    if (identifierKey && identifierKey.includes(token.key)) continue;
    // "w/", "a.m.", e-mail addresses and mentions are not words of the question.
    if (/@/.test(token.text)) continue;
    if (token.lower.split(/[/.'’-]/).every((part) => part.length === 0 || isKnown(part) || isNumeric(part))) continue;
    unread.push(token.text);
  }
  return [...new Set(unread)];
}
