import type { ServiceType, SpendDomain } from '../../db/generated/client.js';
import type { SpendDimension } from '../../domain/spend/spend-filters.js';
import { findDimension, findTop } from './dimension-words.js';
import { findIdentifier } from './find-identifier.js';
import { findPeriods, type PeriodMention } from './parse-period.js';
import { knownWords } from './known-words.js';
import { findServiceTypes, findStatuses, type StatusWord } from './service-words.js';
import { matchPartialNames } from './match-partial-names.js';
import { asksShareOfOne, claimPhraseWords, claimWholeEstateWords } from './phrase-words.js';
import { matchPhraseKinds, matchPhrases, tokenize, type PhraseMatch, type Token } from './tokens.js';
import type { PartialName, Vocabulary } from './vocabulary.js';

/** Everything the planner recognized in one question, before deciding what to call. */
export interface Understanding {
  question: string;
  vendors: string[];
  locations: string[];
  costCenters: string[];
  serviceNames: string[];
  serviceCategories: string[];
  regions: string[];
  accounts: string[];
  chargeTypes: string[];
  contracts: string[];
  periods: PeriodMention[];
  identifier?: string;
  serviceTypes: ServiceType[];
  statuses: StatusWord[] | 'all' | undefined;
  dimension?: SpendDimension;
  top?: number;
  domains: SpendDomain[];
  isEffectiveCost: boolean;
  /** A name said like a vendor ("pay Comcast") that matches nothing known. */
  unknownName?: string;
  /** "next 60 days", "within 3 months". */
  withinDays?: number;
  /** "90 days", "6 months" of no usage. */
  usageMonths?: number;
  assignee?: string;
  isDaily: boolean;
  /** The question's words, each marked when a name matcher used it. */
  tokens: Token[];
  /** Words that fit more than one name ("field" for Field Engineering and Field Sales): asked, never guessed. */
  ambiguities: Array<{ text: string; candidates: PartialName[] }>;
}

const unique = <Value>(values: Value[]): Value[] => [...new Set(values)];

// Words that may follow "pay"/"with"/"for" and are not names.
const notNames = new Set(
  'the a an our my we us all each every total this that last next previous past in on for of to from with and or by per vs it them those these what which how much many much spend spent cost costs month months quarter year week day days today yesterday ytd q1 q2 q3 q4 january february march april may june july august september october november december jan feb mar apr jun jul aug sep sept oct nov dec cloud saas telecom mobility wireless mobile lines line circuits circuit services service contracts contract budget budgets usage invoices invoice charges taxes tax credits data voice vendors vendor carriers carrier everything anything both usd i please me you show list give tell monthly daily weekly quarterly annual yearly overall average current recent our their who why when where compare break top biggest largest highest total net gross actual projected expected'.split(
    ' ',
  ),
);

function findUnknownName(question: string, tokens: Token[]): string | undefined {
  // "Comcast spend in October": a capitalized name right before a spend word.
  const before = /\b([A-Z][A-Za-z0-9&.'-]+)\s+(?:spend|spending|costs?|bills?|invoices?|charges|contracts?)\b/g;
  for (let match = before.exec(question); match; match = before.exec(question)) {
    const word = match[1]!.replace(/['’]s$/, '');
    const token = tokens.find((candidate) => candidate.text === word);
    // One of the planner's own words is that word, also with the capital a message starts with ("Forecast spend…").
    if (token && !token.isClaimed && !notNames.has(word.toLowerCase()) && !knownWords.has(word.toLowerCase())) return word;
  }
  const pattern =
    /\b(?:pay|paid|paying|with|from|spend(?:ing)? on|spent on|bill(?:ed)? by|contracts? (?:with|for)|invoices? from|cost of|vendor|carrier)\s+([A-Za-z][A-Za-z0-9&.'-]*(?:\s+[A-Z][A-Za-z0-9&.'-]*)?)/g;
  for (let match = pattern.exec(question); match; match = pattern.exec(question)) {
    const name = match[1]!.trim();
    const words = name.split(/\s+/);
    const first = words[0]!.toLowerCase().replace(/['’]s$/, '');
    // "savings from MACD disconnects": one of the planner's own words is not a vendor's name.
    if (notNames.has(first) || knownWords.has(first) || /^\d/.test(first)) continue;
    const token = tokens.find((candidate) => candidate.lower === first);
    if (!token || token.isClaimed) continue;
    // Lower-case words after "with" are usually ordinary words ("with usage"); after "pay" they are names.
    if (!/^[A-Z]/.test(name) && !/^(?:pay|paid|paying|bill)/i.test(match[0])) continue;
    const restIsName = words.length > 1 && !notNames.has(words[1]!.toLowerCase());
    return restIsName ? name : words[0]!;
  }
  return undefined;
}

function findDomains(text: string): SpendDomain[] {
  const domains: SpendDomain[] = [];
  if (
    /\btele(?:coms?|communications?|co)\b|\btelcos?\b|\bcarrier spend\b|\bnetwork(?:ing)? (?:spend|spending|costs?|charges|bills?)\b/i.test(
      text,
    )
  )
    domains.push('telecom', 'mobility');
  // Wireline is the fixed-line side of telecom: not mobility.
  if (/\bwireline\b|\bfixed[- ]line\b/i.test(text)) domains.push('telecom');
  if (/\bmobility\b|\bwireless\b|\bmobile\b|\bcell(?:ular| ?phones?)?\b/i.test(text)) domains.push('mobility');
  if (/\bclouds?\b|\biaas\b|\bpaas\b/i.test(text)) domains.push('cloud');
  if (/\bsaas\b|\bsoftware\b/i.test(text)) domains.push('saas');
  return unique(domains);
}

// "incl. taxes and surcharges", "taxes included", "MRC plus taxes and fees": charges said to be in
// the total. Alone they add nothing to filter by (the total has them); beside another kind of
// charge ("MRC plus taxes") they join it.
// "net spend after credits", "net of credits", "credits included": the total, which has the credits
// (filtered to them, it showed the credits alone as the spend).
const includedCharges =
  /\b(?:including|incl\.?|inclusive of|plus|with)\s+(?:all\s+)?(?:the\s+)?(?:taxes|tax|surcharges?|fees|usf)(?:\s*(?:,|and|&)\s*(?:taxes|tax|surcharges?|fees|usf))*\b|\b(?:taxes|tax|surcharges?|fees|usf)(?:\s*(?:,|and|&)\s*(?:taxes|tax|surcharges?|fees|usf))*\s+included\b|\b(?:net of|after|including|incl\.?|inclusive of)\s+(?:all\s+|any\s+)?(?:the\s+|our\s+)?(?:credits?|refunds?)\b|\b(?:credits?|refunds?)\s+(?:included|applied|netted(?: off)?)\b/gi;

function findChargeTypes(text: string): string[] {
  const named = findNamedChargeTypes(text.replace(includedCharges, ' '));
  return named.length === 0 ? [] : findNamedChargeTypes(text);
}

/** "how much tax", "credits", "one-time charges": a kind of charge, not all spend. */
function findNamedChargeTypes(text: string): string[] {
  const found: string[] = [];
  if (/\btax(?:es)?\b/i.test(text)) found.push('tax');
  if (/\bsurcharges?\b|\bregulatory (?:recovery )?fees?\b|\busf\b|\b(?:and|plus) fees\b/i.test(text)) found.push('surcharge');
  if (/\bcredits?\b(?! card)/i.test(text)) found.push('credit');
  if (/\bone[- ]time\b|\binstallation\b|\bnrcs?\b/i.test(text)) found.push('one_time');
  if (/\busage charges?\b|\boverages?\b/i.test(text)) found.push('usage');
  if (/\brecurring charges?\b|\bmrcs?\b(?! of)/i.test(text) && !/\bmonthly recurring cost\b/i.test(text)) found.push('recurring');
  return found;
}

const dayWords: Record<string, number> = { seven: 7, ten: 10, fourteen: 14, thirty: 30, sixty: 60, ninety: 90, hundred: 100 };

function findWithinDays(text: string): number | undefined {
  const days =
    /\b(?:next|within|coming|upcoming|in)\s+(?:the\s+)?(?:next\s+)?(\d{1,4}|seven|ten|fourteen|thirty|sixty|ninety)\s+days?\b/i.exec(text);
  if (days) return dayWords[days[1]!.toLowerCase()] ?? Number(days[1]);
  const months = /\b(?:next|within|coming|upcoming|in)\s+(?:the\s+)?(?:next\s+)?(\d{1,2}|one|two|three|six|twelve)\s+months?\b/i.exec(text);
  if (months) {
    const count =
      ({ one: 1, two: 2, three: 3, six: 6, twelve: 12 } as Record<string, number>)[months[1]!.toLowerCase()] ?? Number(months[1]);
    return count * 30;
  }
  if (/\bnext (?:quarter|3 months)\b/i.test(text)) return 90;
  if (/\b(?:this|next) (?:year)\b/i.test(text)) return 365;
  if (/\bnext month\b/i.test(text)) return 30;
  if (/\b(?:this|next) week\b/i.test(text)) return 7;
  return undefined;
}

const usageMonthNames = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

function findUsageMonths(text: string, asOf: Date): number | undefined {
  // "since january", "this year", "ytd": the usage months from then to the last complete one.
  const since = /\bsince (?:the start of )?(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b(?!\s+(?:19|20)\d{2})/i.exec(text);
  if (since) {
    const months = (asOf.getUTCMonth() - usageMonthNames.indexOf(since[1]!.toLowerCase()) + 12) % 12;
    return Math.max(1, months);
  }
  if (/\b(?:this|the) (?:calendar )?year\b|\bytd\b|\bso far this year\b|\bsince the start of the year\b/i.test(text))
    return Math.max(1, asOf.getUTCMonth());
  const days = /\b(\d{2,3})\s+days\b/i.exec(text);
  if (days) return Math.max(1, Math.round(Number(days[1]) / 30));
  const months = /\b(\d{1,2}|one|two|three|four|five|six|twelve)\s+(?:straight\s+|consecutive\s+|full\s+)?months?\b/i.exec(text);
  if (months)
    return (
      ({ one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, twelve: 12 } as Record<string, number>)[months[1]!.toLowerCase()] ??
      Number(months[1])
    );
  if (/\bquarter\b/i.test(text)) return 3;
  if (/\b(?:half a year|half-year)\b/i.test(text)) return 6;
  if (/\byear\b/i.test(text)) return 12;
  return undefined;
}

const isWord = (key: string) => knownWords.has(key);

/**
 * "Where is our money going?": the spend broken down one level below what is named: by domain,
 * by vendor within one domain, by service within one vendor.
 */
function whereMoneyGoes(question: string, understanding: Understanding): SpendDimension | undefined {
  if (
    !/\bwhere (?:is|does|did|are|has) (?:all )?(?:of )?(?:our |the )?(?:\S+ )?(?:money|spend|spending|dollars|cash|budget) (?:going|go|gone|went)\b/i.test(
      question,
    )
  )
    return undefined;
  if (understanding.vendors.length === 1) return 'service';
  if (understanding.domains.length === 1 || understanding.vendors.length > 1) return 'vendor';
  return 'domain';
}

// "our Gilhaven operation", "the Leeds branch": after a place, the business there. Read only there:
// alone, "operations" may be a team's name ("billing ops"), and as a known word it would be dropped.
const placeNouns = new Set(['operation', 'operations', 'branch', 'campus', 'presence', 'footprint']);

function claimPlaceNouns(tokens: Token[], places: ReadonlyArray<PhraseMatch<string>>): void {
  for (const place of places) {
    const next = tokens[place.start + place.length];
    if (next && !next.isClaimed && placeNouns.has(next.key)) next.isClaimed = true;
  }
}

/**
 * The services a matched service phrase names: one, or for a key several providers share ("k8s"),
 * the named provider's ("azure k8s") or, with none named, every provider's.
 */
/**
 * "how many handsets have we got": devices where the inventory records them; where it records
 * none, a handset is how people name a mobile line ("No active devices found" would mislead).
 */
function handsetsAsLines(types: ServiceType[], text: string, vocabulary: Vocabulary): ServiceType[] {
  if (vocabulary.recordsDevices || !types.includes('device') || /\bdevices?\b|\bhardware\b/i.test(text)) return types;
  return unique(types.map((type) => (type === 'device' ? 'mobile_line' : type)));
}

function servicesOfMatch(match: PhraseMatch<string>, tokens: Token[], vocabulary: Vocabulary, vendorsNamed: string[]): string[] {
  const key = tokens
    .slice(match.start, match.start + match.length)
    .map((token) => token.key)
    .join('');
  const sharing = vocabulary.sharedServiceKeys.get(key);
  if (!sharing) return [match.value];
  const ofNamedVendor = sharing.filter((service) => vendorsNamed.includes(service.vendor));
  return (ofNamedVendor.length > 0 ? ofNamedVendor : sharing).map((service) => service.serviceName);
}

/**
 * Every account a matched account name names: sub-accounts of several providers may share one name
 * ("Atlas Orion" in two clouds), and the question asks for all of them.
 */
function accountsOfMatch(match: PhraseMatch<string>, tokens: Token[], vocabulary: Vocabulary): string[] {
  const key = tokens
    .slice(match.start, match.start + match.length)
    .map((token) => token.key)
    .join('');
  const named = vocabulary.accountNames.filter((entry) => entry.key === key).map((entry) => entry.value);
  return named.length > 0 ? named : [match.value];
}

export function readQuestion(question: string, vocabulary: Vocabulary, asOf: Date): Understanding {
  const tokens = tokenize(question);
  const contracts = matchPhrases(tokens, vocabulary.contracts, { maxWords: 1 });
  // An account id is all digits like a phone number: accounts are read before identifiers.
  const accountIds = matchPhrases(tokens, vocabulary.accountIds, { maxWords: 3 });
  const identifier = findIdentifier(
    accountIds.reduce((text, match) => text.replace(match.text, ' '), question),
    tokens,
  );
  // Longest phrases win across kinds: "Google Cloud Platform" before the "cloud" domain word,
  // "Sales EMEA" before "Sales", an account "Northwind GCP 09" before the vendor GCP; of one length,
  // cost centers before locations so "Facilities" is the team.
  // "compute category": a name that is both a FOCUS service and a category is the category when the word says so.
  const saysCategory = /\bcategor(?:y|ies)\b/i.test(question);
  const categoriesFirst = saysCategory ? matchPhrases(tokens, vocabulary.serviceCategories, { maxWords: 5 }) : [];
  const named = matchPhraseKinds(tokens, [
    { kind: 'serviceNames', entries: vocabulary.serviceNames, maxWords: 5 },
    { kind: 'vendors', entries: vocabulary.vendors, maxWords: 5 },
    { kind: 'costCenters', entries: vocabulary.costCenters, maxWords: 4 },
    { kind: 'locations', entries: vocabulary.locations, maxWords: 4 },
    { kind: 'categories', entries: vocabulary.serviceCategories, maxWords: 5 },
    { kind: 'regions', entries: vocabulary.regions, maxWords: 3 },
    { kind: 'accountNames', entries: vocabulary.accountNames, maxWords: 5 },
    { kind: 'contractNames', entries: vocabulary.contractNames, maxWords: 8 },
    { kind: 'assignees', entries: vocabulary.assignees, maxWords: 3 },
  ]);
  const { serviceNames, vendors, costCenters, locations, regions, accountNames, contractNames, assignees } = named;
  const categories = [...categoriesFirst, ...named.categories];
  const fuzzyVendors = matchPhrases(tokens, vocabulary.vendors, { maxWords: 3, fuzzy: true, isWord });
  const fuzzyLocations = matchPhrases(tokens, vocabulary.locations, { maxWords: 2, fuzzy: true, isWord });
  const fuzzyCostCenters = matchPhrases(tokens, vocabulary.costCenters, { maxWords: 3, fuzzy: true, isWord });
  claimPlaceNouns(tokens, [...locations, ...fuzzyLocations]);
  const partials = matchPartialNames(tokens, vocabulary.partialNames);
  claimWholeEstateWords(tokens);
  const partialValues = (kind: PartialName['kind']) =>
    partials
      .filter((match) => match.candidates.length === 1 && match.candidates[0]!.kind === kind)
      .map((match) => match.candidates[0]!.value);
  const unclaimed = tokens
    .filter((token) => !token.isClaimed)
    .map((token) => token.text)
    .join(' ');
  // After the unclaimed words are taken: "part of the business" is still there for the dimension.
  claimPhraseWords(question, tokens);
  const withoutIdentifier = identifier ? question.replace(identifier, ' ') : question;
  const assignee =
    assignees[0]?.value ?? partialValues('person')[0] ?? /\bassigned to ([A-Z][\p{L}'-]+(?:\s+[A-Z][\p{L}'-]+)?)/u.exec(question)?.[1];
  const vendorsNamed = unique([...vendors, ...fuzzyVendors].map((match) => match.value).concat(partialValues('vendor')));
  const understanding: Understanding = {
    question,
    tokens,
    ambiguities: partials
      .filter((match) => match.candidates.length > 1)
      .map((match) => ({ text: match.text, candidates: match.candidates })),
    vendors: vendorsNamed,
    locations: unique([...locations, ...fuzzyLocations].map((match) => match.value).concat(partialValues('location'))),
    costCenters: unique([...costCenters, ...fuzzyCostCenters].map((match) => match.value).concat(partialValues('cost center'))),
    serviceNames: unique(
      serviceNames.flatMap((match) => servicesOfMatch(match, tokens, vocabulary, vendorsNamed)).concat(partialValues('service')),
    ),
    serviceCategories: unique(categories.map((match) => match.value)),
    regions: unique(regions.map((match) => match.value)),
    accounts: unique([
      ...accountIds.map((match) => match.value),
      ...accountNames.flatMap((match) => accountsOfMatch(match, tokens, vocabulary)),
    ]),
    chargeTypes: findChargeTypes(question),
    contracts: unique([...contracts, ...contractNames].map((match) => match.value)),
    periods: findPeriods(withoutIdentifier, asOf),
    serviceTypes: handsetsAsLines(findServiceTypes(unclaimed), unclaimed, vocabulary),
    statuses: findStatuses(unclaimed),
    domains: findDomains(unclaimed),
    isEffectiveCost: /\b(?:effective|amorti[sz]ed|net of (?:commitments|discounts))\b/i.test(question),
    isDaily: /\bdaily\b|\bby day\b|\bper day\b|\beach day\b|\bday by day\b|\bday-by-day\b/i.test(question),
  };
  if (identifier) understanding.identifier = identifier;
  // One domain's or vendor's share of the whole: the breakdown of the whole, unfiltered. Only when
  // that name is all the question narrows by: in "what portion of the verizon bill is taxes" the
  // vendor is the whole and the taxes its part, answered as before (Verizon's taxes).
  const narrowsByMore = [
    understanding.locations,
    understanding.costCenters,
    understanding.serviceNames,
    understanding.serviceCategories,
    understanding.regions,
    understanding.accounts,
    understanding.chargeTypes,
    understanding.serviceTypes,
  ].some((names) => names.length > 0);
  const isShareOfOne = !narrowsByMore && !identifier && asksShareOfOne.test(question);
  if (isShareOfOne && understanding.domains.length === 1 && understanding.vendors.length === 0) {
    understanding.domains = [];
    understanding.dimension = 'domain';
  } else if (isShareOfOne && understanding.vendors.length === 1 && understanding.domains.length === 0) {
    understanding.vendors = [];
    understanding.dimension = 'vendor';
  }
  // "split between telecom, cloud and SaaS", "chargeback for Q3": a breakdown of what is named.
  // "the share of spend across telecom, cloud and saas": the same breakdown, each part's share.
  const splitsNamed =
    /\b(?:split|divided|broken down|distributed)\b|\bshares? of (?:the |our )?(?:total )?(?:spend|spending|costs?)\b/i.test(question);
  // "split across telco / mobile / cloud / saas": "mobile" there is the mobility spend, not the lines.
  if (
    splitsNamed &&
    understanding.domains.length >= 2 &&
    understanding.serviceTypes.join() === 'mobile_line' &&
    /\bmobiles?\b|\bwireless\b|\bcell(?:ular)?\b/i.test(question)
  ) {
    understanding.domains = unique([...understanding.domains, 'mobility']);
    understanding.serviceTypes = [];
  }
  const dimension =
    findDimension(unclaimed) ??
    (splitsNamed && understanding.domains.length >= 2 ? 'domain' : undefined) ??
    (splitsNamed && understanding.vendors.length >= 2 ? 'vendor' : undefined) ??
    // "the city has two sites — how does q3 spend split between them": by site.
    (splitsNamed &&
    understanding.locations.length >= 1 &&
    /\b(?:between|across|among) (?:them|the two|both|the sites|its sites)\b|\bboth sites\b/i.test(question)
      ? 'location'
      : undefined) ??
    // "who went up most mom": in spend, "who" is the vendor.
    (/\bwho\s+(?:went (?:up|down)|grew|increased|rose|jumped|spiked|climbed|dropped|fell|shrank|decreased)\b.*\b(?:most|biggest|fastest)\b/i.test(
      question,
    )
      ? 'vendor'
      : undefined) ??
    (/\b(?:charge|show)[- ]?backs?\b/i.test(question) ? 'cost_center' : undefined) ??
    whereMoneyGoes(question, understanding);
  if (dimension && !understanding.dimension) understanding.dimension = dimension;
  const top = findTop(unclaimed);
  if (top) understanding.top = top;
  const unknownName = findUnknownName(question, tokens);
  if (unknownName) understanding.unknownName = unknownName;
  const withinDays = findWithinDays(question);
  if (withinDays) understanding.withinDays = withinDays;
  const usageMonths = findUsageMonths(question, asOf);
  if (usageMonths) understanding.usageMonths = usageMonths;
  if (assignee) understanding.assignee = assignee;
  return understanding;
}
