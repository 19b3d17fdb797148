import { spendOutlook } from './phrase-words.js';
import type { Understanding } from './read-question.js';

// The questions people ask after "how much": who grew, what it runs at a year, where the month
// will land, what one line costs, which lines cost most, what nobody owns, what we already saved.
// Each has its own tool; answering them with a plain total would be a wrong figure that looks right.

export type AnalysisIntent =
  'spend_changes' | 'run_rate' | 'forecast' | 'unit_costs' | 'rank_services' | 'unallocated' | 'realized_savings';

export const analysisPatterns = {
  realizedSavings:
    /\b(?:have|did|had) we (?:already |actually )?saved?\b|\bwe(?:'ve| have) saved\b|\bsaved (?:so far|this|last|in|ytd|since|to date)\b|\breali[sz]ed\b|\bsavings (?:achieved|delivered|to date|so far|this year|ytd)\b|\bhow much (?:have|did) we save\b|\b(?:did|have|has) (?:\S+ ){1,6}?(?:actually |really )?saved? us\b|\bdid (?:\S+ ){1,3}(?:actually |really )?save\b|\bsavings\b.{0,40}\b(?:delivered|achieved|generated|produced|made)\b|\bsavings? from (?:the |our )?(?:\w+ ){0,4}(?:we|that we) (?:cut|disconnected|cancell?ed|killed|dropped)\b|\b(?:did|have) we save\b.{0,20}\bby (?:cancell?ing|disconnecting|turning off|shutting down)\b/i,
  runRate:
    /\brun[- ]?rates?\b|\bburn[- ]?rates?\b|\bmonthly burn\b|(?<!budget )\bburn (?:on|for|with)\b|\b(?:running|tracking) at\b(?! (?:a |an )?(?:loss|risk))|\bif (?:it|this|that) (?:continues?|stays?|keeps? going) (?:like (?:now|this)|the same|as (?:is|now))\b|\bannuali[sz]ed\b|\bannual (?:spend|cost) at (?:the )?current\b|\bat (?:the |this |our )?current (?:monthly |annual )?(?:rate|pace)\b/i,
  forecast:
    /\bforecast(?:ed|ing|s)?\b|\bprojected?\b|\bprojections?\b|\bon pace\b|\bend of (?:the )?(?:month|quarter|year)\b|\b(?:month|quarter|year)[- ]end\b|\beo[myq]\b|\bwill (?:\S+ ){0,4}?(?:spend|land|end up)\b|\b(?:what|how much) will (?:\S+ ){1,5}?(?:be|cost|come to|total|run (?:us|to))\b|\bgoing to (?:spend|land|end up|come to|cost)\b|\bif things stay the same\b|\bexpected (?:\S+ ){0,4}(?:spend|spending|costs?|bills?|charges)\b|\bby (?:the )?end of\b|\blanding\b|\bto land\b|\bwhere (?:does|do|will) (?:\S+ ){0,4}(?:land|finish|end|close)\b|\blikely to (?:end up|land|finish|close|be)\b|\bpredict(?:ed|ing|ions?|s)?\b|\bestimated (?:spend|costs?|bills?|total)\b|\bexpect(?:ed|ing)? to (?:spend|pay|be billed)\b|\bon track to (?:spend|pay|hit|land|end up)\b|\bwill (?:we|i|they|it|you) (?:\S+ ){0,2}?(?:be billed|be charged|get billed|get charged|pay|owe)\b|\baccru(?:e|ed|al|als|ing)\b|\boutturn\b|\b(?:end|finish|close) (?:the )?(?:year|quarter|month|q[1-4]|h[12]) (?:at|on)\b|\bcome in (?:at|for|under|over|around)\b|\b(?:spend|cost|bill|accrual|month|year|quarter)s? estimates?\b|\bestimates? (?:for|of)\b/i,
  budget: /\bbudgets?\b|\bover (?:plan|budget)\b|\bover(?:spend|spent|spending)\b|\bheadroom\b/i,
  // "average monthly spend (over the last 3 months)": the trailing run rate, a month's worth.
  averageMonth: /\b(?:average|avg|mean)\s+(?:monthly|per month|a month|month)\b|\bmonthly (?:average|avg|mean)\b/i,
  unallocated:
    /\bunallocated\b|\buntagged\b|\btag(?:ging)? (?:coverage|gap)\b|\b(?:not|isn'?t|aren'?t|wasn'?t|weren'?t|couldn'?t|can'?t|cannot)\s+(?:be\s+|been\s+)?(?:allocated|tagged|attributed|mapped|matched|charged|traced)(?:\s+back)?\s+to\s+(?:a|an|any|its|their)\s+(?:cost[- ]cent(?:er|re)|department|team)s?\b|\b(?:not|isn'?t|aren'?t|wasn'?t|weren'?t|couldn'?t|can'?t|cannot)\s+(?:be\s+|been\s+)?(?:allocated|tagged|attributed|mapped)\b|\bunassigned (?:spend|costs?)\b|\bwithout (?:a |any )?cost[- ]cent(?:er|re)s?\b|\bwithout (?:a |any )?(?:cost[- ]cent(?:er|re) )?tags?\b|\bno cost[- ]cent(?:er|re)\b|\bmissing (?:a |an |its |their )?cost[- ]cent(?:er|re)s?\b|\bnot (?:tagged|assigned)\b|\b(?:never|not|didn['’]?t|did not|hasn['’]?t|has not|haven['’]?t|have not)\s+(?:been\s+)?land(?:ed)?\s+(?:on|in|with|against)\s+(?:a|an|any|its|their)\s+(?:cost[- ]cent(?:er|re)|department|team)s?\b/i,
  average:
    /\baverage\b|\bavg\b|\bmean\b|\bunit (?:costs?|economics|price)\b|\bcost per\b(?! (?:month|quarter|year|week|day)\b)|\bspend per\b(?! (?:month|quarter|year|week|day)\b)|\bper[- ](?:line|circuit|phone|device|trunk|subscription|sim|mobile line|pots line|user)\b|\bper (?:[\w&-]+ ){1,2}(?:line|circuit|phone|device|trunk|subscription|sim)\b|\bwhat does (?:one|a|each|a single|1) (?:\S+ ){0,2}cost\b|\bwhat(?:['’]?s| is) (?:one|a|each|a single|1) (?:\S+ ){0,3}?(?:line|circuit|phone|trunk|subscription|sim)s? (?:costing|running)\b/i,
  serviceSort:
    /\bmost expensive\b|\b(?:biggest|highest|largest) (?:charges?|bills?)\b|\bcostliest\b|\bpriciest\b|\bhighest[- ](?:cost|bill|billed|spend|mrc|invoiced)\b|\bcheapest\b|\bleast expensive\b|\blowest[- ](?:cost|bill|spend|mrc)\b|\bmost\b.{0,20}\b(?:data|minutes|messages|texts|sms|usage|calls)\b|\bheaviest\b|\bbiggest (?:data )?users\b|\b(?:sorted|ordered|ranked) by\b|\bcost(?:s|ing)? (?:us |me |the (?:company|business) )?the (?:most|least)\b|\b(?:spend|spent|pay|paid) (?:the )?(?:most|least) (?:on|for)\b|\b(?:top|bottom)[\s-]+(?:\d+|two|three|four|five|six|seven|eight|nine|ten|fifteen|twenty|fifty|hundred)\b|\b(?:top|bottom|biggest|largest|highest|lowest|smallest)\b.{0,40}\bby (?:invoiced |billed )?(?:cost|spend|spending|bill|charges?|amount)\b|\b(?:highest|biggest|largest|most expensive|lowest|smallest|cheapest) first\b/i,
  // "who used the most data", "heaviest data users", "top 5 data users": usage ranked per line.
  usageSort:
    /\b(?:most|heaviest|highest|biggest|largest|top(?:\s+\d+)?)\b.{0,30}\b(?:data|minutes|messages|texts|sms|calls)\b|\b(?:heaviest|heavy|biggest|largest|top(?:\s+(?:\d+|two|three|four|five|six|seven|eight|nine|ten))?)\s+(?:data|voice|sms|text|texting|minutes|calling)\s+(?:users|consumers)\b|\bchattiest\b|\bby (?:call |voice )?minutes\b/i,
  change:
    /\bgr[eo]w(?:n|th)?\b|\bgrowing\b|\bshr[aiu]nk\b|\bshrinking\b|\bincreas(?:e|ed|es|ing)\b|\bdecreas(?:e|ed|es|ing)\b|\brose\b|\bris(?:e|en|ing)\b|\bfell\b|\bdrop(?:ped)?\b|\bdeclin(?:e|ed|ing)\b|\bjump(?:ed)?\b|\bspike[ds]?\b|\bclimb(?:ed|s)?\b|\brisers?\b|\bcut (?:its|their|the most|back|spending|spend|costs?)\b|\breduc(?:e|ed|es|ing)\b|\bgot (?:cheaper|pricier|dearer|more expensive)\b|\bwent (?:up|down)\b|\bgo(?:ne)? (?:up|down)\b|\bmovers?\b|\bchanged? the most\b|\bbiggest (?:changes?|swings?)\b/i,
  decrease:
    /\bcut\b|\breduc|\bcheaper\b|\bshr[aiu]nk\b|\bshrinking\b|\bdecreas|\bdrop|\bfell\b|\bfall\b|\bdeclin|\b(?:went|gone|go) down\b|\bless\b|\blowest\b/i,
  ranking:
    /\bany\b|\brisers?\b|\bmost\b|\bfastest\b|\bquickest\b|\bbiggest\b|\blargest\b|\btop\b|\bwhich\b|\bwho\b|\bwhat\b|\branking\b|\bmovers?\b/i,
};

const test = (pattern: RegExp, text: string) => pattern.test(text);

// "per-line cost", "what does one trunk cost": a unit cost even with no service type named.
const perPhrase =
  /\bper[- ](?:[\w&-]+ ){0,2}(?:line|circuit|phone|device|trunk|subscription|sim|user)\b|\bwhat does (?:one|a|each|a single|1) |\bwhat(?:['’]?s| is) (?:one|a|each|a single|1) (?:\S+ ){0,3}?(?:line|circuit|phone|trunk|subscription|sim)s? (?:costing|running)\b/i;

export function detectAnalysisIntent(understanding: Understanding): AnalysisIntent | undefined {
  const text = understanding.question;
  if (test(analysisPatterns.realizedSavings, text)) return 'realized_savings';
  // "where will it land for the year at the current pace" is a forecast said with run-rate words.
  if (
    test(analysisPatterns.runRate, text) &&
    !(test(analysisPatterns.forecast, text) && /\bcurrent (?:rate|pace)\b|\bif (?:it|this|things|that) (?:continues?|stays?)\b/i.test(text))
  )
    return 'run_rate';
  // "renewal decision before year end" is about contracts, whatever the words for the date.
  // "are we on track to hit the X commitment" is the commitment's status, not a forecast.
  const isAboutContracts =
    /\bcontracts?\b|\bagreements?\b|\brenew|\bnotice\b|\bdeadlines?\b|\bexpir|\bwhat(?:'?s| is| are)? (?:ending|finishing)\b|\bcommit(?:ment|ments|ted)\b|\btrue[- ]?ups?\b/i.test(
      text,
    );
  const asksForecast = test(analysisPatterns.forecast, text) || test(spendOutlook, text);
  if (asksForecast && !test(analysisPatterns.budget, text) && !isAboutContracts) return 'forecast';
  // "spend by cost center, unallocated included" is the breakdown; "how much is unallocated" is this.
  if (test(analysisPatterns.unallocated, text) && understanding.dimension !== 'cost_center') return 'unallocated';
  const namesServices = understanding.serviceTypes.length > 0;
  if (test(analysisPatterns.average, text) && (namesServices || perPhrase.test(text))) return 'unit_costs';
  if (namesServices && test(analysisPatterns.serviceSort, text) && understanding.dimension === undefined) return 'rank_services';
  // The run rate averages the last three complete months: a month's average over another window
  // is the trend's to show.
  const overThreeMonthsOrNone =
    understanding.periods.length === 0 || /\b(?:last|past|trailing|previous) (?:3|three) (?:months?|mos?)\b/i.test(text);
  if (test(analysisPatterns.averageMonth, text) && overThreeMonthsOrNone && understanding.dimension === undefined) return 'run_rate';
  // Only mobile lines have usage, so a usage ranking needs no service type said; a question about
  // money ("most expensive data circuits") is not one.
  const asksMoney =
    /\bspen[dt]\b|\bspending\b|\bcosts?\b|\bcostliest\b|\bpa(?:y|id)\b|\bbill|\bcharge|\bexpensive\b|\binvoice|\bpric/i.test(text);
  if (test(analysisPatterns.usageSort, text) && !asksMoney && understanding.dimension === undefined) return 'rank_services';
  if (understanding.dimension !== undefined && test(analysisPatterns.change, text) && test(analysisPatterns.ranking, text))
    return 'spend_changes';
  return undefined;
}
