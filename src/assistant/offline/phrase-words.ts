import type { Token } from './tokens.js';

/**
 * "what % of our spend is cloud", "what share of total spend was AWS": one domain's or vendor's part of
 * the whole. Its total alone is not the share; the breakdown of the whole shows it. The whole is said
 * plainly ("of our spend"): in "what share of oct cloud spend had no cost center" cloud is the whole.
 */
export const asksShareOfOne =
  /(?:\b(?:what|which)\s+(?:%|percent(?:age)?|pct|proportion|fraction|share|portion)|%|\bpercent(?:age)?|\bproportion|\bfraction|\bshare)\s+of\s+(?:the\s+|our\s+)?(?:total\s+|overall\s+|all\s+)?(?:spend|spending|costs?|bills?|money)\b/i;

// Words the planner reads only inside a phrase. Alone each could mean something else, and as one of
// the planner's own words it would be dropped from every question: lines "moved" are a MACD move,
// spend that "moved" changed; "behind" budget is not what is behind a jump.
/** "full yr 2026 outlook", "spend outlook for Q4": a forecast; alone, Outlook is a product. */
export const spendOutlook =
  /\b(?:spend(?:ing)?|costs?|bills?|budget|full[- ]?(?:yr|year)|year|quarter|month|(?:19|20)\d{2}|q[1-4]|h[12]|eo[ymq])\s+outlook\b|\boutlook (?:for|on) (?:our |the )?(?:total |overall )?(?:spend(?:ing)?|costs?|bills?|(?:this |next |the )?(?:year|quarter|month)|(?:19|20)\d{2}|q[1-4])\b/i;

/** "did the credit ever land on an invoice", "has the credit been applied": a dispute's outcome. */
export const creditLanded =
  /\bcredits?\b.{0,30}\b(?:land(?:ed)?|appear(?:ed)?|show(?:ed|n)? up|post(?:ed)?|appl(?:y|ied)|c[ao]me through)\b/i;

/** "lines nobody has touched", "dead sims - nothing used": lines without usage. */
export const zeroUsagePhrase =
  /\b(?:no one|nobody|noone)(?: has| have|'s)? (?:touched|used)\b|\bnothing used\b|\bdead (?:lines?|sims?|numbers?|phones?)\b/i;

/** "contracts that come up for renewal", "due for renewal": contracts whose term ends. */
export const upForRenewal = /\b(?:come|comes|coming|are|is|be|what['’]?s|anything|something) up for renewal\b|\bdue for renewal\b/i;

const phrases: Array<{ pattern: RegExp; words: string[] }> = [
  // "sims no longer in use": not used (the zero-usage rule reads "in use").
  { pattern: /\bno longer in use\b/i, words: ['longer'] },
  // "the auto-renewal clause", "the termination clause": the contract's term, read by the contract rules.
  {
    pattern: /\b(?:auto[- ]?renew(?:al)?|renewal|termination|notice|exit|cancell?ation|evergreen|rollover) clauses?\b/i,
    words: ['clause', 'clauses'],
  },
  // "are we heading for a true-up", "heading towards a shortfall": where the commitment is going.
  { pattern: /\bheading (?:for|towards?|to) (?:a |an |the )?(?:true[- ]?up|shortfall|overage|miss)\b/i, words: ['heading'] },
  // "or are we locked in for another year", "tied in": the contract's term.
  {
    pattern:
      /\b(?:locked|tied) in(?:to)?\b(?=.*\b(?:year|term|contract|notice|renew\w*)\b)|\b(?:give|send)\b.*\bnotice\b.*\b(?:locked|tied)\b/i,
    words: ['locked', 'tied'],
  },
  // "what notice deadlines come up over the next six months": which fall in the window.
  { pattern: /\b(?:come|comes|coming) up (?:in|within|over|during|before|by|soon|next|this)\b/i, words: ['come', 'comes', 'coming'] },
  // "how has our telecom spend moved month by month": a change in spend.
  {
    pattern: /\b(?:spend|spending|costs?|bills?|charges|invoices?)\s+(?:has |have |had )?(?:moved|shifted)\b|\bwhat (?:moved|shifted)\b/i,
    words: ['moved', 'shifted'],
  },
  // "which part of the business is behind the jump": what drove it (compare rules read "jump").
  {
    pattern:
      /\b(?:is|are|was|were|whats|what['’]s)\s+behind\s+(?:the|this|that|our|these)\s+(?:[\w-]+\s+){0,3}?(?:jump|spike|increase|rise|growth|drop|decrease|change|swing)s?\b/i,
    words: ['behind'],
  },
  // "cloud jumped in april - what's behind it": what drove the change the question names.
  {
    pattern:
      /^(?=.*\b(?:jump|spike|increas|ris[ei]|rose|gr[eo]w|climb|drop|fell|decreas|went (?:up|down)|go(?:ne)? (?:up|down))\w*\b).*\b(?:what['’]?s|whats|what is|what was|what['’]?s really) behind (?:it|that|this)\b/i,
    words: ['behind'],
  },
  // "lines marked disconnected in inventory", "flagged as suspended": the status itself.
  {
    pattern:
      /\b(?:marked|flagged|listed|shown|showing|set)(?: as)? (?:active|disconnected|suspended|pending|cancell?ed|inactive|terminated)\b/i,
    words: ['marked', 'flagged', 'listed', 'shown', 'showing', 'set', 'as'],
  },
  // "sims sitting idle": lines without usage (the zero-usage rule reads "idle").
  {
    pattern: /\b(?:sitting|lying|left|sat)(?: there)? (?:idle|unused|dormant|inactive)\b/i,
    words: ['sitting', 'lying', 'left', 'sat', 'there'],
  },
  // "— looks high", "seems off": how the asker sees the figure, not part of the question.
  {
    pattern:
      /\b(?:looks?|looked|seems?|seemed|feels?)\s+(?:a bit |quite |very |really |too )?(?:high|low|off|wrong|big|odd|weird|strange|expensive|steep)\b/i,
    words: [
      'look',
      'looks',
      'looked',
      'seem',
      'seems',
      'seemed',
      'feel',
      'feels',
      'high',
      'low',
      'off',
      'wrong',
      'big',
      'odd',
      'weird',
      'strange',
      'steep',
      'bit',
      'quite',
      'very',
      'really',
      'too',
    ],
  },
  // "put X and Y side by side": a comparison of the two (the compare rule reads it).
  { pattern: /\bside[- ]by[- ]side\b/i, words: ['put', 'side', 'by'] },
  // "mobiles issued out of the Denver office": the lines at a site.
  { pattern: /\bissued (?:out of|from|at|to|in)\b/i, words: ['issued', 'out'] },
  // "fixed-line network spend": the wireline side of telecom (the domain rule reads it).
  { pattern: /\bfixed[- ]line\b/i, words: ['fixed', 'fixed-line', 'fixedline'] },
  // "contracts we can still get out of before they roll over": notice before auto-renewal.
  { pattern: /\bget out of\b|\broll(?:s|ed|ing)? over\b/i, words: ['get', 'out', 'roll', 'rolls', 'rolled', 'rolling', 'over'] },
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
    words: [
      'land',
      'landed',
      'appear',
      'appeared',
      'show',
      'showed',
      'shown',
      'post',
      'posted',
      'apply',
      'applied',
      'up',
      'come',
      'came',
      'through',
    ],
  },
  // "disconnected circuits still showing up on invoices": billed after disconnect.
  {
    pattern:
      /\b(?:disconnected|cancell?ed|terminated)\b.{0,40}\b(?:showing|turning|popping|appearing|appear|show|turn|pop)(?:\s+up)?\s+(?:on|in)\b/i,
    words: ['showing', 'turning', 'popping', 'appearing', 'appear', 'turn', 'pop', 'up'],
  },
  // "did we miss the cancellation window": whether a notice deadline has passed.
  {
    pattern:
      /\b(?:did|have|has|had) (?:we|i|they|you) (?:already |just )?miss(?:ed)? (?:the|our|a|any|its|their)\b.{0,40}\b(?:windows?|deadlines?|dates?|notice)\b/i,
    words: ['miss', 'missed'],
  },
  // "if we want out of <vendor>": leaving the contract (the notice rule reads it).
  { pattern: /\b(?:want|wanted|need|needed|like) (?:to get )?out of\b/i, words: ['want', 'wanted', 'out', 'like', 'get'] },
  // "contracts that come up for renewal": contracts ending (the ending rule reads it).
  { pattern: upForRenewal, words: ['come', 'comes', 'coming', 'up', 'due'] },
  // "did we miss the notice window on X": that contract's notice date.
  {
    pattern: /\bmiss(?:ed)?\s+(?:the\s+|our\s+)?(?:notice|cancell?ation|termination|renewal|opt[- ]out|non[- ]renewal)\b/i,
    words: ['miss', 'missed'],
  },
  // "committed spend and how much is left": the commitment's remainder.
  { pattern: /\bcommit\w*\b.{0,60}\b(?:left|remaining|to go)\b/i, words: ['left', 'remaining', 'go'] },
  // Greetings: "Good morning!", "good afternoon all".
  { pattern: /^\W*(?:good\s+)?(?:morning|afternoon|evening)\b/i, words: ['good', 'morning', 'afternoon', 'evening'] },
  // What the answer is for: "for the cfo deck", "for the board meeting".
  {
    pattern:
      /\b(?:for|in|into) (?:the |a |my |our |an |tomorrow'?s )?(?:\w+ )?(?:deck|slides?|presentation|meeting|board pack|pack|qbr|memo|email)\b/i,
    words: [
      'deck',
      'slides',
      'slide',
      'presentation',
      'meeting',
      'pack',
      'qbr',
      'memo',
      'email',
      'cfo',
      'ceo',
      'cio',
      'cto',
      'exec',
      'execs',
      'leadership',
      'board',
      'tomorrow',
    ],
  },
  // "how much budget do we have left", "budget position": the budget against its actuals.
  { pattern: /\bbudget\b.{0,40}\b(?:left|remaining)\b|\b(?:left|remaining)\b.{0,20}\bbudget\b/i, words: ['left', 'remaining'] },
  { pattern: /\bbudget (?:position|situation|picture|standing)\b/i, words: ['position', 'situation', 'picture', 'standing'] },
  // "what did the account come to", "did X come in under budget": the amount, the budget.
  { pattern: /\b(?:come|came|comes|coming) (?:to|in)\b(?! (?:the|a|an|our|at)\b)/i, words: ['come', 'came', 'comes', 'coming'] },
  // "what's q4 going to come in at", "where will cloud come in for the year": the forecast (its rule reads it).
  { pattern: /\bcome in (?:at|for|under|over|around)\b/i, words: ['come'] },
  // "going into the Lumen negotiation", "renewals to get ahead of": the occasion, not the question.
  { pattern: /\bgoing into (?:the|our|a) \S+(?: \S+)? (?:negotiations?|renewal|call|meeting|review)\b/i, words: ['going', 'into'] },
  { pattern: /\bget ahead of\b/i, words: ['get', 'ahead'] },
  // "phones that have sat unused": no usage.
  { pattern: /\bsat (?:unused|idle|dormant|inactive)\b/i, words: ['sat'] },
  // "what share of cloud spend had no cost center": the unallocated spend (with its share).
  {
    pattern: /\b(?:share|portion|proportion|fraction) of\b.*\b(?:unallocated|untagged|no cost[- ]cent|not (?:allocated|tagged))/i,
    words: ['share', 'portion', 'proportion', 'fraction'],
  },
  // "where do our disputes stand": their status.
  { pattern: /\bwhere (?:do|does|did)\b.{0,50}\bstand\b/i, words: ['stand'] },
  // "racked up", "run up": spent.
  { pattern: /\b(?:racked|rung|clocked|run) up\b/i, words: ['racked', 'rung', 'clocked', 'run'] },
  // "once december is done": the period's end, said of a forecast.
  {
    pattern: /\bonce (?:\w+ ){0,2}(?:is |are |has |have )?(?:done|over|closed|finished|complete|ended|booked)\b/i,
    words: ['once', 'done', 'closed', 'finished', 'complete', 'ended', 'booked'],
  },
  // "how many circuits do we run at the moment": the services there now.
  { pattern: /\bat the moment\b|\bright now\b/i, words: ['moment', 'right'] },
  { pattern: /\b(?:do|does|did) (?:we|they|you) (?:run|operate|maintain)\b/i, words: ['run', 'operate', 'maintain'] },
  // "lines nobody has touched", "dead sims": no usage (the zero-usage rule reads it).
  { pattern: zeroUsagePhrase, words: ['touched', 'dead', 'nothing'] },
  // "how heavy was <number> on data": its usage.
  { pattern: /\bhow heavy\b|\bheavy (?:on )?data\b/i, words: ['heavy'] },
  // "zombie circuits", "charges continuing after": billed after disconnect.
  { pattern: /\bzombie (?:lines?|circuits?|services?|charges?|sims?)\b/i, words: ['zombie'] },
  { pattern: /\b(?:charges?|billing|bills?)\b.{0,20}\bcontinu\w*\b/i, words: ['continuing', 'continue', 'continues', 'continued'] },
  // "billing exceptions": audit findings.
  { pattern: /\b(?:billing|invoice) exceptions?\b/i, words: ['exception', 'exceptions'] },
  // "the overcharge claim": a dispute.
  { pattern: /\b(?:overcharge|billing|credit|refund|dispute)\s+claims?\b/i, words: ['claim', 'claims'] },
  // "missing a cost center", "no cost-center tag": unallocated spend.
  { pattern: /\bmissing (?:a |an |its |their )?cost[- ]cent(?:er|re)s?\b/i, words: ['missing'] },
  { pattern: /\bcost[- ]cent(?:er|re) tags?\b/i, words: ['tag', 'tags'] },
  // "saas tools", "cloud apps": the services of that kind.
  {
    pattern: /\b(?:saas|software|cloud)\s+(?:tools?|apps?|applications?|platforms?)\b/i,
    words: ['tool', 'tools', 'app', 'apps', 'application', 'applications', 'platform', 'platforms'],
  },
  // "when is the licence up?": when it ends.
  { pattern: /\bwhen (?:is|are)\b.{0,60}\bup\s*(?:for renewal)?\s*[?.!]*\s*$/i, words: ['up'] },
  // "what our cost-reduction work has saved": the savings.
  {
    pattern: /\bcost[- ](?:reduction|saving|cutting)s? (?:work|efforts?|programs?|programmes?|initiatives?|projects?)\b/i,
    words: [
      'costreduction',
      'costsaving',
      'costsavings',
      'costcutting',
      'reduction',
      'work',
      'effort',
      'efforts',
      'program',
      'programs',
      'programme',
      'programmes',
      'initiative',
      'initiatives',
      'project',
      'projects',
    ],
  },
  // What the figure is for: "for the accrual". An accrual is a month's expected charges.
  { pattern: /\bfor (?:the |our |my )?(?:month[- ]end |monthly )?accruals?\b/i, words: ['accrual', 'accruals'] },
  // "if it continue like now", "if things stay the same": at the current rate.
  {
    pattern: /\bif (?:it|this|things|that) (?:continues?|stays?|keeps? going) (?:like (?:now|this)|the same|as (?:is|now))\b/i,
    words: ['continue', 'continues', 'stay', 'stays', 'keep', 'keeps', 'things', 'same'],
  },
  // "more than they were allowed": over budget.
  { pattern: /\bmore than (?:they|we|it|he|she) (?:were|was) (?:allowed|supposed|meant)\b/i, words: ['allowed', 'supposed', 'meant'] },
  // "if we don't want to keep it", "stop using it": the notice to leave.
  { pattern: /\bdon['’]?t want to keep\b/i, words: ['keep'] },
  { pattern: /\b(?:stop|quit) using\b/i, words: ['stop', 'using', 'quit'] },
  // "before the new year": 1 January (calendar-window.ts).
  { pattern: /\b(?:before|by|until|till) (?:the )?new year\b/i, words: ['new'] },
  // "a work phone": their phone.
  { pattern: /\bwork (?:phones?|mobiles?|lines?|numbers?|cells?|sims?)\b/i, words: ['work'] },
  // "tagging gap": unallocated spend.
  { pattern: /\btag(?:ging)? gap\b/i, words: ['tagging', 'tag', 'gap'] },
  // "save by cancelling things": realized savings.
  {
    pattern: /\bby (?:cancell?ing|disconnecting|turning off|shutting down)(?: (?:things|stuff|services|lines))?\b/i,
    words: ['cancelling', 'canceling', 'disconnecting', 'turning', 'shutting', 'things', 'stuff'],
  },
  // "a circuit already shut down", "lines we turned off": disconnected.
  { pattern: /\b(?:already )?(?:shut|turned|switched|cut) (?:down|off)\b/i, words: ['already', 'shut', 'turned', 'switched'] },
  // "the money they owe us for the wrong bill, did we get it back": a dispute.
  { pattern: /\bowes? us\b|\bget it back\b/i, words: ['owe', 'owes', 'wrong'] },
  // "how did cloud spend move april vs march": how it changed (the compare rule reads "vs").
  { pattern: /\bhow (?:did|has|have|does|do)\b[^?]{0,40}\b(?:move|moved|shift|shifted)\b/i, words: ['move', 'moved', 'shift', 'shifted'] },
  // "which five vendors accounted for the most spend": the ranking.
  { pattern: /\baccount(?:ed|s)? for (?:the )?(?:most|biggest|largest|highest|least)\b/i, words: ['accounted'] },
  // "which come out on top": the ranking.
  { pattern: /\bc[oa]mes? out (?:on )?top\b/i, words: ['come', 'comes', 'came', 'out'] },
  // "run an audit, what comes up": the findings.
  { pattern: /\bwhat (?:comes|came|turns|turned|shows|showed) up\b/i, words: ['comes', 'came', 'turns', 'turned', 'up'] },
  // "set H1 against H2": a comparison (the compare rule reads "against").
  { pattern: /\bset\b[^?]{1,60}\bagainst\b/i, words: ['set'] },
  // "how much did the organisation spend": everything, no filter.
  {
    pattern:
      /\b(?:did|has|have|does|do|is|was|will)\s+(?:the|our)\s+(?:whole\s+|entire\s+)?(?:organi[sz]ation|org|company|business|enterprise)\b/i,
    words: ['organisation', 'organization', 'org', 'company', 'business', 'enterprise', 'whole', 'entire'],
  },
  // "prepping the Lumen renewal -": the occasion (the renewal itself is read by the contract rules).
  { pattern: /\b(?:prepping|preparing|prep)\b(?: for)? (?:the |our |a )?/i, words: ['prepping', 'preparing', 'prep'] },
  // "what are we effectively paying per line": what it costs (FOCUS's effective cost is "effective cost").
  { pattern: /\beffectively (?:pay|paying|paid|spend|spending|spent|costing|charged)\b/i, words: ['effectively'] },
  // "did engineering stay inside its budget": the budget against its actual.
  {
    pattern:
      /\b(?:stay|stayed|stays|staying|kept|keep|remain|remained|come|came|land|landed)\s+(?:inside|within|under|in)\s+(?:its |their |the |our |his |her )?budget\b/i,
    words: [
      'stay',
      'stayed',
      'stays',
      'staying',
      'kept',
      'keep',
      'remain',
      'remained',
      'inside',
      'within',
      'come',
      'came',
      'land',
      'landed',
    ],
  },
  // "mobiles sitting in drawers": not used (the zero-usage rule reads "no usage" or "unused").
  {
    pattern: /\bsitting (?:in|on) (?:a |the )?(?:drawers?|shel(?:f|ves)|cupboards?|desks?)\b/i,
    words: ['sitting', 'drawer', 'drawers', 'shelf', 'shelves', 'cupboard', 'cupboards', 'desk', 'desks'],
  },
  // "what came through on the last bill": what it billed.
  { pattern: /\b(?:came|come|comes) through (?:on|in)\b/i, words: ['came', 'come', 'comes', 'through'] },
  // "the share of spend across telecom, cloud and saas": the breakdown, which shows each part's share.
  { pattern: /\bshare of (?:the |our )?(?:total )?(?:spend|spending|costs?)\b/i, words: ['share'] },
  // "what % of our spend is cloud": the breakdown of the whole, which shows that part's share (read-question.ts).
  { pattern: asksShareOfOne, words: ['percent', 'percentage', 'pct', 'proportion', 'fraction', 'share', 'portion'] },
  // "which sims haven't been touched": no usage (the zero-usage rule reads it).
  { pattern: /\b(?:haven'?t|hasn'?t|have not|has not)\s+(?:been\s+)?touched\b/i, words: ['touched'] },
  // "where is cloud likely to end up": the forecast (the forecast rule reads it).
  { pattern: /\blikely to (?:end up|land|finish|close|be)\b/i, words: ['likely'] },
  // "cloud spend without tags": unallocated (the unallocated rule reads it). Alone, "by tag" is a
  // breakdown no tool makes.
  { pattern: /\bwithout (?:a |any )?(?:cost[- ]cent(?:er|re) )?tags?\b/i, words: ['tag', 'tags'] },
  // "q3 spend that never landed on a cost centre": unallocated (the unallocated rule reads it).
  {
    pattern:
      /\b(?:never|not|didn['’]?t|did not|hasn['’]?t|has not|haven['’]?t|have not)\s+(?:been\s+)?land(?:ed)?\s+(?:on|in|with|against)\s+(?:a|an|any|its|their)\s+(?:cost[- ]cent(?:er|re)|department|team)s?\b/i,
    words: ['land', 'landed'],
  },
  // "bills that are missing from inventory": not in inventory (the audit rule reads it).
  { pattern: /\bmissing (?:from|in) (?:the |our )?inventory\b/i, words: ['missing'] },
  // "in percent how much up was telecom in september vs august": the comparison shows the percent.
  {
    pattern:
      /^(?=.*\b(?:vs|versus|compared?|against|up|down|change[ds]?|increase[ds]?|decrease[ds]?|gr[eo]w|jump(?:ed)?|drop(?:ped)?)\b).*\b(?:percent(?:age)?|pct)\b/i,
    words: ['percent', 'percentage', 'pct'],
  },
  // "how does sept stack up against last year": a comparison (the compare rule reads "against").
  { pattern: /\bstack(?:s|ed)? up\b/i, words: ['stack', 'stacks', 'stacked', 'up'] },
  // "the costliest month this year": the month by month spend, its highest month first to see.
  {
    pattern: /\b(?:costliest|most expensive|priciest|cheapest|least expensive)\s+months?\b/i,
    words: ['costliest', 'priciest', 'cheapest', 'expensive'],
  },
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
