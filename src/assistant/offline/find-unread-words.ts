import { knownWords } from './known-words.js';
import type { Understanding } from './read-question.js';
import { unrecordedFacts } from './unrecorded-facts.js';
import { unrecordedParts } from './unrecorded-parts.js';

// The words of a question that nothing read: not a name the matchers found, not a period, number
// or identifier, not one of the planner's own words. Any of them means the plan may not be the
// question ("amazon's stock price" is not AWS spend), so the planner says what it did not follow.

const contractions = new Set([
  'shed',
  'hed',
  'theyd',
  'youd',
  'wed',
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

// "5g", "4g": a network generation, not a number, and no service records it.
const isNumeric = (key: string) => (/^\d/.test(key) && !/^\d+g$/.test(key)) || /^(?:fy|q[1-4]|h[12])\d{0,4}$/.test(key);

// Phrases that turn a filter around or set a limit on an amount. Their words are the planner's
// own ("not", "than", "over", a number), read elsewhere, but no tool takes a negation or a
// threshold: a plan without them answers the opposite ("not including taxes" with the taxes) or a
// broader question (every vendor for "vendors over 5,000"). So the phrase counts as not read.
const numberWord = String.raw`(?:zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|thousand|million)`;
const amount = String.raw`(?:(?:usd\s*|eur\s*|\$|€|£)?\d[\d,.]*(?:\s*(?:k|m|usd|eur|dollars|bucks)\b)?|${numberWord}(?:[\s-]+${numberWord})*\s+(?:dollars|bucks|euros?|pounds|usd|eur|k|grand)\b)`;
const meaningChangers = [
  ...unrecordedParts.map((part) => part.pattern),
  ...unrecordedFacts.map((fact) => fact.pattern),
  /\b(?:not|never)\s+(?:including|includ(?:e|es|ed)|counting|counted|incl)\b/gi,
  /\b(?:other than|apart from|aside from|excluding|exclude|excl|except(?:ing)?(?: for)?|minus|besides|leaving out|leave out)\b/gi,
  // "total spend without the cloud", "spend without saas": everything but it. Without a cost
  // center, a tag, an owner or usage is a state the rules for it read.
  /\b(?:without|w\/o)\s+(?:the\s+|our\s+|any\s+)?(?:cloud|saas|software|telecom|telco|mobile|mobility|wireless|network|carriers?|vendors?|tax(?:es)?|fees|surcharges|credits?|discounts?|refunds?|adjustments?|recurring|one[- ]time|usage charges)\b|\bwithout (?:the|our)\s+(?!(?:cost[- ]?cent|tags?\b|tagging\b|usage\b|owners?\b|assignees?\b|services?\b|data\b))[\w&-]+/gi,
  // "lines that aren't Verizon": the services not matching a name. A state said of them ("aren't
  // in our inventory", "isn't allocated", "aren't used") is read by the rules for it.
  // "lines not on Verizon", "not with AT&T": the same, without "that".
  /\bnot (?:on|with|from)\b(?!\s+(?:track|budget|plan|time|the (?:bill|invoice)|our (?:bill|invoice)|any))/gi,
  // "lines not in CC-12", "circuits not at the depot", "outside sales": the same. A state ("not in use",
  // "not in our inventory", "not in service") is read by the rules for it.
  /\bnot (?:in|at|under)\b(?!\s+(?:use|service|track|time|budget|any\b|a\b|an\b|(?:the |our |your )?(?:inventory|records?|books|system|list|contract|database)))|\boutside(?: of)?\b(?!\s+(?:(?:the |our )?(?:inventory|records?|contract)))/gi,
  // "facilities cost centre", "sites team": a planner word used as a team's name. Unless a name
  // the database holds claims it, that team is not known here.
  /\b(?:facilit(?:y|ies)|sites?|offices?|locations?|buildings?|vendors?|carriers?|services?)(?=\s+(?:cost[- ]?cent(?:er|re)s?|team|department|dept)\b)/gi,
  // "all carriers but X", "every vendor but X": everything except X.
  /\b(?:all|every|each|any|everything|anything)\b[^.?!,;]{0,40}?\bbut\b/gi,
  // A period counted from another one ("the month after february", "two months before april", "Q1
  // of the year before", "the same month a year before march"): no period rule counts from a named
  // one, and the plan would answer the named period itself. "The month before last" is read.
  /\b(?:the )?(?:(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d{1,2}) )?(?:days?|weeks?|months?|quarters?|years?) (?:after|before|following|prior to|preceding)(?=\s+(?:the |an? )?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|q[1-4]\b|h[12]\b|(?:19|20)\d{2}\b|(?:month|quarter|year|week|half)\b(?!\s*[?.!,]?\s*$)|this\b|next\b))/gi,
  /\b(?:of|in|for) the year before\b(?!\s+last\b)|\ba year (?:before|after) (?=(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|q[1-4]\b|h[12]\b))|\bthe same (?:month|quarter|week|half) (?:of |in )?the year before\b/gi,
  // Part of a period said by its days: "the last business day of april", "the first week of the
  // quarter before last", "the last 10 days of april", "the first monday of march".
  /\b(?:first|second|third|fourth|last|final) (?:business|working|week)? ?days? of\b|\b(?:first|second|third|fourth|last|final) (?:\d{1,2}|two|three|four|five|six|seven|eight|nine|ten|fifteen|twenty) days of\b|\b(?:first|second|third|fourth|last|final) (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b|\b(?:first|second|third|fourth|last|final) weeks? of (?:the |this |last |next )?(?:quarter|year|half|q[1-4]|h[12])\b/gi,
  // "which invoices make up X", "the records behind X": the parts of a figure, which no tool lists.
  // "Which suppliers make up X" is a breakdown, which a tool gives.
  /\bwhich (?:[\w-]+ ){0,2}?(?:invoices|bills|statements|records|rows|charges|line items|items|transactions|entries|lines|circuits|services|phones|sims|numbers|trunks) (?:make up|makes up|made up|are behind|is behind|comprise|add up to)\b|\b(?:records|invoices|rows|items|transactions|entries) behind\b/gi,
  // "mean spend per vendor": no tool averages over the parts of a breakdown (its figures are totals).
  /\b(?:average|avg|mean)\s+(?:monthly\s+)?(?:spend|spending|costs?|bills?)?\s*(?:per|by|for each|across)\s+(?:vendor|carrier|supplier|provider|cost[- ]?cent(?:er|re)|site|location|office|department|team|domain)s?\b/gi,
  // "who has the most lines": a count per person, which no tool gives (the lines' own figures are
  // not what was asked).
  /\b(?:who|which (?:persons?|employees?|users?|staff|members?))\b[^.?!]{0,30}?\b(?:most|fewest|least)\s+(?:\w+\s+)?(?:lines|phones|devices|services|circuits|numbers|sims|subscriptions|licen[cs]es|seats)\b/gi,
  /\b(?:that|which|who)\s+(?:aren'?t|isn'?t|are not|is not|weren'?t|wasn'?t)\b(?!\s+(?:in|on|from|allocated|assigned|tagged|used|being|billed|active|under|over|within|covered))/gi,
  new RegExp(String.raw`\b(?:more|greater|higher|bigger|larger|less|lower|fewer|smaller|cheaper)\s+than\s+${amount}`, 'gi'),
  new RegExp(String.raw`(?:\b(?:over|above|under|below|exceeding|exceeds?|at least|at most)\s+|[<>]=?\s*)${amount}`, 'gi'),
];

// "over 3 months" is a period and "2026 over 2025" a comparison: not amounts.
const isPeriodAfter = (rest: string) => /^\s*(?:months?|mos?|days?|weeks?|wks?|years?|yrs?|quarters?|qtrs?)\b/i.test(rest);
const isBareYear = (phrase: string) => /(?:^|\s)(?:19|20)\d{2}$/.test(phrase);

function findMeaningChangers(question: string): string[] {
  const found: string[] = [];
  for (const pattern of meaningChangers) {
    for (const match of question.matchAll(pattern)) {
      const phrase = match[0].trim();
      const rest = question.slice((match.index ?? 0) + match[0].length);
      if (/\d/.test(phrase) && (isPeriodAfter(rest) || isBareYear(phrase))) continue;
      found.push(phrase);
    }
  }
  return found;
}

// "on 15 october", "oct 15": a day beside a month that no period read as a day (the month alone
// would be read: the whole of October for one day of it). Deadlines "before 25 december" are read
// as days by the contract rules (calendar-window.ts).
const monthWord =
  '(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)';
// A number that is part of a code ("D-10 march") is not a day.
const dayBesideMonth = new RegExp(
  `(?<![\\w-])\\d{1,2}(?:st|nd|rd|th)?\\s+(?:of\\s+)?${monthWord}\\b|\\b${monthWord}\\.?\\s+\\d{1,2}(?:st|nd|rd|th)?\\b(?!\\s*(?:,\\s*)?\\d)`,
  'gi',
);
const dateInDigits = /(?<![\w/.-])(?:\d{1,2}\/(?:\d{1,2}|\d{4})(?:\/\d{2,4})?|\d{4}-\d{2}-\d{2})(?![\w/])/g;
const isAboutDeadlines = /\bcontracts?\b|\bagreements?\b|\brenew|\bnotice\b|\bdeadlines?\b|\bexpir|\bcancel|\bterminat/i;

// "cost center fifty five hundred": a number said in words that no period read ("the last three
// months" reads one). Its words are the planner's own, so without this the code would vanish.
const spelledNumber = new RegExp(String.raw`\b${numberWord}(?:[\s-]+(?:and\s+)?${numberWord})+\b`, 'gi');

function findNumbersNotRead(understanding: Understanding): string[] {
  const read = understanding.periods.map((mention) => mention.text.toLowerCase());
  return [...understanding.question.matchAll(spelledNumber)]
    .map((match) => match[0])
    .filter((phrase) => !read.some((text) => text.includes(phrase.toLowerCase())));
}

function findDaysNotRead(understanding: Understanding): string[] {
  const question = understanding.question;
  const read = understanding.periods.map((mention) => mention.text.toLowerCase());
  const found: string[] = [];
  for (const match of question.matchAll(dayBesideMonth)) {
    const phrase = match[0].toLowerCase();
    if (read.some((text) => text.includes(phrase))) continue;
    const before = question.slice(Math.max(0, (match.index ?? 0) - 16), match.index).toLowerCase();
    if (/\b(?:before|by|until|till|through|thru)\s+(?:the\s+)?$/.test(before) && isAboutDeadlines.test(question)) continue;
    found.push(match[0]);
  }
  // "10/1", "10/1-10/7", "2026-10-01": a date in digits that no period read (the question would
  // otherwise get the default period).
  for (const match of question.matchAll(dateInDigits)) {
    if (!read.some((text) => text.includes(match[0].toLowerCase()))) found.push(match[0]);
  }
  return found;
}

// "average monthly spend this year": the run rate is the one average a tool gives, over the last
// three complete months. Over another window the plan would show the months and their total, not
// the average asked for.
const averagePerMonth =
  /\b(?:average|avg|mean)\s+(?:monthly|per month|a month|month)\b|\bmonthly (?:average|avg|mean)\b|\b(?:average|avg|mean) (?:\w+ ){0,3}?(?:per|a|each) month\b/i;
const threeMonths =
  /\b(?:last|past|trailing|previous|over the last) (?:3|three) (?:full |complete )?(?:months?|mos?)\b|\b(?:3|three)[- ]month\b/i;

function findAveragesNotComputed(understanding: Understanding): string[] {
  const question = understanding.question;
  const average = averagePerMonth.exec(question);
  if (!average || understanding.periods.length === 0 || threeMonths.test(question)) return [];
  // "avg monthly cost per circuit", "of a phone": the average cost of a service, which a tool gives.
  if (understanding.serviceTypes.length > 0 || /\b(?:per|each|of (?:a|an|one))\b/i.test(question)) return [];
  return [average[0]];
}

export function findUnreadWords(understanding: Understanding): string[] {
  const identifierKey = understanding.identifier?.toLowerCase().replace(/[^a-z0-9]/g, '') ?? '';
  const unread: string[] = [];
  const tokens = understanding.tokens;
  // Words side by side that nothing read are named as one phrase: "human resources", not "human", "resources".
  let lastUnreadIndex = -2;
  const addUnread = (index: number, text: string) => {
    const joiner = tokens[index - 1]?.key;
    if (index === lastUnreadIndex + 1 && unread.length > 0) unread[unread.length - 1] = `${unread[unread.length - 1]} ${text}`;
    // "research and development": two unknown words joined by "and" are one name.
    else if (index === lastUnreadIndex + 2 && unread.length > 0 && (joiner === 'and' || joiner === 'of'))
      unread[unread.length - 1] = `${unread[unread.length - 1]} ${tokens[index - 1]!.text} ${text}`;
    else unread.push(text);
    lastUnreadIndex = index;
  };
  for (const [index, token] of tokens.entries()) {
    if (token.isClaimed || token.key.length === 0) continue;
    // "cc 4490", "account 7781", "line 12": a code after a word that names a kind of thing is a
    // name, and one that matched nothing was not understood.
    const previous = tokens[index - 1]?.key;
    if (/^\d/.test(token.key) && previous && /^(?:cc|center|centre|account|accounts|line|contract|circuit)$/.test(previous)) {
      addUnread(index, token.text);
      continue;
    }
    if (isNumeric(token.key) || isKnown(token.key) || contractions.has(token.key)) continue;
    if (identifierKey && identifierKey.includes(token.key)) continue;
    // "w/", "a.m.", e-mail addresses and mentions are not words of the question.
    if (/@/.test(token.text)) continue;
    // "cc-999", "d-12": a code, even when its letters are a planner word; one no name claimed was not understood.
    const isCode = /^[a-z]{1,4}-?\d+$/i.test(token.text) && !/^(?:q[1-4]|h[12]|fy\d*)$/i.test(token.text);
    if (!isCode && token.lower.split(/[/.'’-]/).every((part) => part.length === 0 || isKnown(part) || isNumeric(part))) continue;
    addUnread(index, token.text);
  }
  // A phrase inside a name the database holds ("Metro Broadband") is that name.
  const claimed = new Set(tokens.filter((token) => token.isClaimed).map((token) => token.key));
  const isInName = (phrase: string) =>
    phrase
      .toLowerCase()
      .split(/[\s-]+/)
      .map((word) => word.replace(/[^a-z0-9]/g, ''))
      .every((key) => key.length > 0 && claimed.has(key));
  const changers = [
    ...findMeaningChangers(understanding.question),
    ...findDaysNotRead(understanding),
    ...findNumbersNotRead(understanding),
    ...findAveragesNotComputed(understanding),
  ].filter((phrase) => !isInName(phrase));
  // A word of a phrase named as a whole is not named again on its own.
  const inPhrase = (words: string) =>
    words.split(/\s+/).every((word) => changers.some((phrase) => phrase.toLowerCase().split(/\s+|-/).includes(word.toLowerCase())));
  return [...new Set([...changers, ...unread.filter((word) => !inPhrase(word))])];
}
