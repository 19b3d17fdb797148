import { detectAnalysisIntent, type AnalysisIntent } from './detect-analysis-intent.js';
import { detectOperationsIntent, type OperationsIntent } from './detect-operations-intent.js';
import { upForRenewal, zeroUsagePhrase } from './phrase-words.js';
import type { Understanding } from './read-question.js';

// What the person wants, from the words they used. Order matters: the most specific first.

export type Intent =
  | 'find_service'
  | 'line_usage'
  | 'line_charges'
  | 'zero_usage'
  | 'notice_deadlines'
  | 'ending_contracts'
  | 'commitment'
  | 'contract_details'
  | 'list_contracts'
  | 'budget'
  | 'count_services'
  | 'list_services'
  | 'compare_spend'
  | 'spend_trend'
  | 'spend'
  | AnalysisIntent
  | OperationsIntent;

const test = (pattern: RegExp, text: string) => pattern.test(text);

export const patterns = {
  zeroUsage:
    /\b(?:no|zero|without|nil|0)\s+(?:data\s+|mobile\s+)?(?:usage|use|activity|traffic)\b|\bno (?:calls|texts|data|minutes)\b(?:,?\s*(?:calls|texts|data|minutes|or|and)\b)*|\b(?:haven'?t|hasn'?t|have not|has not|weren'?t|wasn'?t)\s+(?:been\s+)?(?:used|touched)\b|\b(?:unused|idle|inactive|dormant|not (?:being )?used|never used|(?:no one|nobody|noone)(?: is|'s)? us(?:es|ing))\b|\bzero[- ]usage\b|\b(?:not|no longer) in use\b|\bout of use\b/i,
  /** "lines nobody has touched", "dead sims": said without the word usage. */
  zeroUsageSaid: zeroUsagePhrase,
  usage:
    /\busage\b|\bdata (?:use|used|consumption)\b|\bminutes\b|\bmessages\b|\btexts\b|\bsms\b|\bhow much (?:mobile |cellular |wireless )?data\b|\bMB\b|\bGB\b/i,
  notice:
    /\bnotice\b|\b(?:tell|notify|inform|let) (?:\S+ ){0,3}(?:if|that|when) we (?:want to |wish to )?(?:stop|cancel|leave|end|exit)\b|\bdon['’]?t want to keep\b|\bcut[- ]?offs?\b|\brenew(?:al|als|s|ing)?\b|\bauto[- ]?renew|\bauto[- ]?rolls?\b|\bcancel\b|\bterminate\b|\bdeadlines?\b|\bopt[- ]out\b|\brenegotiat|\bevergreen\b|\bact on\b|\bcancell?ations? (?:window|deadline|date|period)s?\b|\b(?:want|wanted|need|needed|like) (?:to get )?out of\b|\bget out of\b|\broll(?:s|ing)? over\b|\b(?:have|need) to (?:tell|notify|inform|warn) (?:them|the vendor|the carrier)\b/i,
  ending:
    /\b(?:expir(?:e|es|ing|y)|ending|(?:end|ends|finish|finishes|finishing) (?:soon|in|within|before|this|by)|run(?:s|ning)? out|end dates?|term end(?:s|ing)?|coming to an end)\b|\bwhen (?:does|do|will|did|is|are)\b.{0,60}\b(?:end|expire|lapse)\b|\bwhen(?:['’]s| is| are)\b.{0,60}\bup\s*(?:for renewal)?\s*[?.!]*\s*$|\b(?:are|is|come|comes|coming)\s+up\s+(?:in|within|over|during|before|by)\b/i,
  commitment:
    /\bcommit(?:ment|ments|ted)?\b|\b(?:annual|yearly|contract(?:ed)?) minimum\b|\btrue[- ]?ups?\b|\bminimum (?:annual )?(?:spend|commit|amount)|\bmarc\b|\bshortfall\b|\bon track\b/i,
  contract:
    /\bcontracts?\b|\bagreements?\b|\bdeals? with\b|\b(?:our|the|this|that) (?:[\w&-]+ )?deal\b|\bmsa\b|\bwhat(?:'?s| is| are)? (?:ending|finishing|expiring)\b/i,
  budget:
    /\bbudgets?\b|\b(?:are|is|was|were)\s+(?:we|they|it|[\w&-]+)\s+over\s+(?:on|for|in)\b(?!\s+(?:the\s+)?(?:last|past|previous|\d))|\bover(?:spend|spent|spending|ran|run|runs)\b|\bmore than (?:they|we|it|he|she) (?:were|was) (?:allowed|supposed|meant|budgeted)\b|\bover\b(?=.*\b(?:budget|plan)\b)|\bforecast(?:ed)?\b|\bprojected?\b|\bprojection\b|\bon track to\b|\bpredict(?:ed|ing|ions?|s)?\b|\bestimated (?:spend|costs?|bills?|total)\b|\bexpect(?:ed|ing)? to (?:spend|pay|be billed)\b|\bheadroom\b/i,
  count: /\bhow many\b|\bcount\b|\bnumber of\b|(?:^|\s)#\s*(?:of\b|(?=[a-z]))|\bhow much inventory\b|\btotal (?:number|count)\b/i,
  list: /\blist\b|\bshow\b|\b(?:and )?their (?:monthly )?(?:costs?|mrcs?|rates?|prices?)\b|\bwhich\b|\bwhat (?:are|is)\b|\bwhat (?:[\w-]+ ){0,2}(?:circuits|lines|services|trunks|devices|phones|subscriptions)\b|\bgive me\b|\bdisplay\b|\bfind\b|\bwhere (?:are|is)\b|\bdetails\b|\binventory\b|\bwho (?:has|uses|owns)\b/i,
  strongSpend:
    /\bspen[dt]\b|\bmoney\b|\bspending\b|\bpa(?:y|id)\b|\binvoice[ds]?\b|\bbill(?:ed|ing|s)?\b|\bcharges?\b|\bexpenses?\b|\boutlay\b|\bhow much\b/i,
  spend:
    /\bspen[dt]\b|\bactuals\b|\bspending\b|\bpa(?:y|id)\b|\binvoice[ds]?\b|\bbill(?:ed|ing|s)?\b|\bcharges?\b|\bexpenses?\b|\bcost(?:s|ing)?\b(?![- ]?cent(?:er|re)s?\b)|\bhow much\b|\btotal\b|\bexpensive\b|\bdollars?\b|\bmoney\b/i,
  compare:
    /\bvs\.?\b|\bside[- ]by[- ]side\b|\b(?:up|down) on (?:the )?(?:q[1-4]|h[12]|last|previous|prior|(?:19|20)\d{2}|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)|\b(?:is|was|are|were) (?:that|it|this|they) (?:up|down)\b|\bqoq\b|\bmom\b|\b(?:more|less)\b(?:\b[qh][1-4]\b|(?!\d).){0,60}\bthan (?:it |we |they )?(?:did |was |were |had )?(?:in |during |for )?(?:the |last )?(?:first|second|third|fourth|previous|prior|q[1-4]|h[12]|month|quarter|year|20\d\d|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)|\bversus\b|\bcompared?\b|\bcomparison\b|\bagainst\b|\bchanged?\b|\bincreas(?:e|ed)\b|\bdecreas(?:e|ed)\b|\bgo(?:ne)? (?:up|down)\b|\bwent (?:up|down)\b|\bjump(?:ed)?\b|\bclimb(?:ed|s)?\b|\brisers?\b|\bspike[ds]?\b|\bris(?:e|en)\b|\brose\b|\bdrop(?:ped)?\b|\bfell\b|\bgr[eo]w\b|\bdifference\b|\bwhy did\b|\bwhat drove\b|\bdrivers?\b|\bmover?s\b|\bdelta\b|\bup or down\b|\bwhat (?:moved|shifted)\b|\bwhy (?:was|were|is|are)\b[^?]{0,60}\bso (?:high|big|large|low|expensive)\b|\byear[- ]o(?:ver|n)[- ]year\b|\byoy\b|\b(?:(?:19|20)\d{2}|q[1-4](?:\s+(?:19|20)\d{2})?|h[12]|fy\s?\d{2,4}|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*)\s+over\s+(?:the\s+)?(?:(?:19|20)\d{2}|q[1-4](?:\s+(?:19|20)\d{2})?|h[12]|fy\s?\d{2,4}|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*)\b/i,
  trend:
    /\btrend(?:s|ing|ed)?\b|\b(?:costliest|most expensive|priciest|cheapest|least expensive|biggest|highest|lowest)\s+months?\b|\bover time\b|\bmonth[- ](?:by|over)[- ]month\b|\bmonthly\b|\bby month\b|\bper month\b|\beach month\b|\bevery month\b|\bdaily\b|\bby day\b|\bper day\b|\beach day\b|\bday[- ]by[- ]day\b|\bhistory\b|\btimeline\b|\bmom\b/i,
  inventoryNoun: /\bservices?\b|\binventory\b|\bassets?\b/i,
  /** Money asked of one line: what it was billed, not what the inventory says it costs a month. */
  lineMoney:
    /\bspen[dt]\b|\bpa(?:y|id)\b|\binvoiced?\b|\bbill(?:ed|s)?\b|\bcharge[ds]?\b|\bcharging\b|\bcost(?:s|ing)?\b(?! cent)|\bhow much\b/i,
};

// "every circuit we pay for", "lines we're billed for", "which circuits does <carrier> bill us for":
// the services themselves, described by being paid for; the payment words do not make it a spend
// question.
const paidForClause =
  /\b(lines?|circuits?|services?|trunks?|subscriptions?|devices?|phones?|sims?)\s+(?:(?:that |which )?(?:we|i)(?:'re|'ve| are| have)?\s+(?:paying|pay|paid|billed|charged|being billed|being charged)|(?:does|do|did|is|are)\s+(?:\S+\s+){1,4}?(?:bill(?:ing)?|charg(?:e|ing))\s+us)\s+for\b/gi;

export function detectIntent(understanding: Understanding): Intent | undefined {
  const text = understanding.question.replace(paidForClause, '$1');
  const analysis = detectAnalysisIntent(understanding);
  // "how much have we saved" is money already saved, not the savings still to find.
  if (analysis === 'realized_savings') return analysis;
  // A name is not a keyword: the "Internal Audit" cost center does not ask for an invoice audit.
  const withoutNames = understanding.tokens.reduce(
    (remaining, token) =>
      token.isClaimed ? remaining.replace(new RegExp(`\\b${token.text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\b`, 'i'), ' ') : remaining,
    text,
  );
  const operations = detectOperationsIntent(withoutNames, text);
  if (operations) return operations;
  // "how heavy was <number> on data": one line's data is its usage, unless money is asked.
  if (understanding.identifier)
    return test(patterns.usage, text) || (/\bdata\b/i.test(text) && !test(patterns.lineMoney, text))
      ? 'line_usage'
      : test(patterns.lineMoney, text)
        ? 'line_charges'
        : 'find_service';
  if (analysis) return analysis;
  if ((test(patterns.zeroUsage, text) || test(patterns.zeroUsageSaid, text)) && !test(patterns.strongSpend, text)) return 'zero_usage';
  const mentionsContract = test(patterns.contract, text) || understanding.contracts.length > 0;
  // "<carrier> contract end date?", "<carrier> notice deadline?": one contract's dates, not a list.
  const namesOneContract =
    understanding.contracts.length > 0 ||
    (understanding.vendors.length === 1 && !/\bcontracts\b|\bwhich\b(?! (?:date|day|deadline)\b)|\blist\b|\ball\b/i.test(text));
  if (
    namesOneContract &&
    understanding.withinDays === undefined &&
    (test(patterns.notice, text) || test(patterns.ending, text)) &&
    !test(patterns.budget, text)
  )
    return 'contract_details';
  if (
    test(patterns.commitment, text) &&
    (mentionsContract ||
      test(
        /\bcommit|\bmarc\b|\btrue[- ]?ups?\b|\bminimum (?:annual )?(?:spend|commit|amount)|\b(?:annual|yearly|contract(?:ed)?) minimum\b/i,
        text,
      ))
  )
    return 'commitment';
  // A contract "up for renewal" is one whose term ends; its notice date is another question.
  if (test(upForRenewal, text)) return 'ending_contracts';
  if (test(patterns.notice, text) && !test(patterns.budget, text)) return 'notice_deadlines';
  if (mentionsContract && test(patterns.ending, text)) return 'ending_contracts';
  // "anything expiring in the next 60 days?": with nothing else named, what expires is a contract.
  if (
    /^\s*(?:is |are )?(?:there )?(?:anything|something|what(?:['’]s| is)?|which)\s+(?:\w+\s+)?(?:expir(?:e|es|ing)|lapsing|running out)\b/i.test(
      text,
    ) &&
    understanding.serviceTypes.length === 0 &&
    understanding.vendors.length === 0
  )
    return 'ending_contracts';
  if (mentionsContract) {
    const asksForOne =
      understanding.contracts.length > 0 ||
      (understanding.vendors.length > 0 && /\b(?:contract|agreement)\b(?!s)/i.test(text) && !test(patterns.count, text));
    return asksForOne ? 'contract_details' : 'list_contracts';
  }
  if (test(patterns.budget, text)) return 'budget';
  // "how much data did we use" asks for an amount of data, not of money.
  const asksAmountOfUsage = text.replace(/\bhow much (?=(?:mobile |cellular |wireless )?(?:data|usage|traffic)\b)/i, '');
  if (
    test(patterns.usage, text) &&
    !test(patterns.strongSpend, asksAmountOfUsage) &&
    understanding.serviceTypes.every((type) => type === 'mobile_line')
  )
    return 'line_usage';
  // "which cost center has the most mobile lines" ranks a count of services per cost center, not
  // their spend: the superlative is said of the services themselves.
  if (
    understanding.dimension !== undefined &&
    understanding.serviceTypes.length > 0 &&
    /\b(?:most|fewest|least)\s+(?:(?:active|mobile|cell|voice|data|pots|sip)\s+)?(?:lines?|circuits?|services?|phones?|devices?|trunks?|subscriptions?|sims?)\b/i.test(
      text,
    ) &&
    !test(patterns.strongSpend, text) &&
    !test(/\bcost(?:s|ing|liest)?\b(?![- ]?cent(?:er|re))|\bexpensive\b/i, text)
  )
    return 'count_services';
  // "top 3 services by cost" ranks spend; it does not list the inventory.
  const isRanking =
    understanding.dimension !== undefined &&
    ((understanding.top !== undefined && !test(patterns.count, text)) ||
      /\b(?:ranked|sorted|ordered)\s+by\s+(?:cost|spend|spending|price|amount|money)\b/i.test(text));
  const mentionsInventory =
    !isRanking &&
    ((understanding.serviceTypes.length > 0 && !test(/\bmobile spend|\bwireless spend/i, text)) ||
      test(patterns.inventoryNoun, text) ||
      Boolean(understanding.assignee));
  // "Lumen circuits in Chicago and their monthly cost": the list, each with its monthly cost
  // ("with their MRC" too: each one's, not the sum).
  if (
    mentionsInventory &&
    !test(patterns.count, text) &&
    /\b(?:and |\+ )?(?:their|its|with(?: (?:their|its|the|each one['’]?s))?|w\/) (?:monthly )?(?:costs?|mrcs?|rates?|prices?)\b|\bwhat each (?:one )?costs\b|(?:\band|\+|&) (?:the )?monthly (?:costs?|mrcs?|rates?|charges?)\b/i.test(
      text,
    ) &&
    !test(patterns.strongSpend, text)
  )
    return 'list_services';
  // "monthly recurring cost of circuits in Dallas" is the inventory's MRC of a selection.
  if (
    mentionsInventory &&
    test(/\bmonthly recurring (?:cost|charges?)\b|\bmrc\b/i, text) &&
    !test(patterns.strongSpend, text.replace(/how much/i, ''))
  )
    return 'count_services';
  if (mentionsInventory && test(patterns.count, text)) return 'count_services';
  // "active mobile lines by location" groups the inventory: a count per location, not 445 rows.
  if (
    mentionsInventory &&
    understanding.dimension &&
    !test(patterns.list, text) &&
    !test(patterns.strongSpend, text) &&
    !test(patterns.trend, text) &&
    !test(patterns.compare, text)
  )
    return 'count_services';
  if (mentionsInventory && !test(patterns.strongSpend, text) && !test(patterns.trend, text) && !test(patterns.compare, text)) {
    // A bare "circuits in the Denver office" asks to see them; the list opens with the count.
    if (test(patterns.list, text) || understanding.assignee || !test(patterns.spend, text)) return 'list_services';
  }
  const isAboutSpend =
    test(patterns.spend, text) ||
    understanding.vendors.length > 0 ||
    understanding.accounts.length > 0 ||
    // "d-10 march", "hoayama ytd": a team or a site and a period is its spend.
    ((understanding.costCenters.length > 0 || understanding.locations.length > 0) && understanding.periods.length > 0) ||
    understanding.serviceNames.length > 0 ||
    understanding.serviceCategories.length > 0 ||
    understanding.regions.length > 0 ||
    (understanding.domains.length > 0 && understanding.periods.length > 0) ||
    // "breakdown by domain ytd": a breakdown is of spend.
    understanding.dimension !== undefined ||
    // "October compared to September", "the monthly trend": in this assistant, that is spend.
    (test(patterns.compare, text) && understanding.periods.length > 0) ||
    test(/\btrend(?:s|ing|ed)?\b|\bover time\b|\b(?:costliest|most expensive|priciest|cheapest|least expensive)\s+months?\b/i, text);
  if (!isAboutSpend) return undefined;
  // "how have our phone bills changed over the past twelve months": month by month.
  if (/\b(?:changed|moved|evolved|developed|gone)\b.{0,20}\bover (?:the )?(?:past|last|previous)\b/i.test(text)) return 'spend_trend';
  // "how much more did we spend on X than Y": each of the two, side by side (their sum is neither).
  const moreOneThanOther =
    /\b(?:more|less|higher|lower|bigger|smaller)\b.{0,60}\bthan\b/i.test(text) &&
    (understanding.vendors.length >= 2 ||
      understanding.costCenters.length >= 2 ||
      understanding.locations.length >= 2 ||
      understanding.domains.length >= 2);
  if (
    test(patterns.compare, text) ||
    moreOneThanOther ||
    (understanding.periods.length >= 2 &&
      test(/\band\b|\bto\b/i, text) &&
      !/\b(from|between)\b/i.test(text) &&
      test(/\bvs|versus|compare/i, text))
  )
    return 'compare_spend';
  if (test(patterns.trend, text)) return 'spend_trend';
  return 'spend';
}
