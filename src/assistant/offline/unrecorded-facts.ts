// Things people ask that nothing here records: a fiscal calendar, whether a bill was paid or when it
// is due, who approved it, a handset's model, a vendor's contact, what would happen if. Any figure
// shown for them would answer another question, so the planner declines, and says what is not
// recorded and what it can give instead — not just that it did not follow the words.

export interface UnrecordedFact {
  /** The words that ask for it (global: every occurrence is found). */
  pattern: RegExp;
  /** What the person is told: what is not recorded, and what can be asked instead. */
  explain: string;
}

export const unrecordedFacts: UnrecordedFact[] = [
  {
    // FOCUS's ListCost and ContractedCost: imported with the cost rows, read by no answer, so "aws
    // list cost" must not be answered with what was billed.
    pattern:
      /\b(?:list|on[- ]demand|public|rack[- ]rate|contracted|negotiated) (?:costs?|prices?|pricing|rates?) (?:vs\.?|versus|against|compared (?:to|with)|and) (?:(?:the|our) )?(?:billed|effective|actual|real)\b|\blist ?(?:cost|price)s?\b|\bcontracted ?costs?\b|\bon[- ]demand (?:cost|price|equivalent)s?\b/gi,
    explain:
      'List and contracted cost are kept with the imported cloud cost rows, but no answer reads them yet, so I cannot show them or the discount against them.' +
      ' I can show billed cost, effective cost (after commitments and discounts), or both side by side.',
  },
  {
    // "fiscal Q1" could be any three months; "fy26 q3", "fytd", "fy25 p04" too.
    pattern:
      /\bfiscal (?:q[1-4]|quarter|year|h[12]|half|ytd|qtd|mtd|month|period|to date)\b|\bf[yq]td\b|\bfy\s?\d{2,4}\s+p\d{1,2}\b|\bfy\s?'?\d{2,4}\s+q[1-4]\b|\bfy\s?'?(?:\d{4}|\d{2})\b/gi,
    explain:
      'No fiscal calendar is recorded here, so I cannot tell which months a fiscal quarter or year covers.' +
      ' Ask for calendar months instead, for example "Q1 2026", "July to September" or "this year".',
  },
  {
    // Its total would answer another question: "has the May invoice been paid yet".
    pattern:
      /\b(?:have|has|did) (?:we|they|you|it|that|this) (?:been )?(?:paid|settled)\b[^?]{0,60}?\byet\b|\b(?:is|was|are|were|has|have) (?:the|our|this|that|those|these)\b[^?]{0,40}?\b(?:bills?|invoices?|statements?)\b[^?]{0,30}?\b(?:been )?paid(?:\s+(?:yet|already|off|in full))?\s*\??\s*$|\b(?:bills?|invoices?|statements?)\b[^?.!]{0,30}?\b(?:been|be|get|got|gotten|was|were|is|are) (?:paid|settled)\b|\bpaid dates?\b|\bdate (?:it was |they were )?paid\b|\bpayment status\b|\b(?:unpaid|overdue|past due)\b|\bpaid (?:on time|late|in full|promptly)\b|\b(?:invoices?|bills?|statements?)\s+[\w/-]*\d[\w/-]*\s+(?:been\s+)?(?:paid|settled)\b/gi,
    explain:
      'Whether an invoice has been paid is not recorded here: invoices are recorded with their amounts, lines and audit findings, not their payments.' +
      ' I can show what an invoice billed, or its audit findings.',
  },
  {
    pattern: /\bwho (?:approved|signed(?: off)?|authori[sz]ed|paid|processed)\b.{0,40}\b(?:invoices?|bills?|payments?)\b/gi,
    explain:
      'Who approved, signed off or paid an invoice is not recorded here. I can show what the invoice billed and any audit findings on it.',
  },
  {
    // "when is the april invoice due", "payment due date", "payment terms".
    pattern:
      /\bwhen (?:is|was|are|were)\b[^?]{0,50}?\b(?:invoices?|bills?|payments?|statements?)\b[^?]{0,20}?\bdue\b|\b(?:due|payment) dates?\b|\bpayment terms\b/gi,
    explain:
      'Invoice due dates and payment terms are not recorded here; invoices are recorded by billing period and invoice date.' +
      ' I can show what an invoice billed.',
  },
  {
    // "what would cloud cost if …", "what if we cut …", "if EC2 went back to September levels".
    pattern:
      /\bwhat (?:would|could|might)\b[^?]{0,80}?\bif\b|\bwhat if\b|\bif we (?:cut|cancel(?:led)?|drop(?:ped)?|disconnect(?:ed)?|remove[ds]?|kill(?:ed)?|turn(?:ed)? off|switch(?:ed)?|move[ds]?|moved)\b[^?]{0,60}?\b(?:would|could|will|might)\b|\b(?:went|go|goes|going|came|come) back (?:down )?to\b/gi,
    explain:
      'I answer from what was billed and recorded, not what-if scenarios. I can show the figures such a scenario starts from:' +
      ' the spend of a period, a comparison of two periods, or the forecast from the current run-rate.',
  },
  {
    // "what handset is Ana on", "which phone model", "device makes".
    pattern:
      /\b(?:what|which)\s+(?:kind of\s+|type of\s+|make of\s+)?(?:handset|phone|device|model)\s+(?:is|does|do|are)\s+[^?]{1,40}?\s+(?:on|using|use|have|has|carry|carrying|got)\b|\b(?:handset|phone|device) (?:models?|makes?|brands?)\b|\b(?:what|which)\s+(?:kind of\s+|type of\s+|make of\s+)?handsets\b/gi,
    explain:
      "Handset makes and models are not recorded here. The inventory records each line's number, carrier, status, assignee, cost center and site, which I can show.",
  },
  {
    pattern: /\baccount (?:manager|rep(?:resentative)?|executive|owner)s?\b|\b(?:contact|rep|representative)s? (?:at|for|with)\b/gi,
    explain:
      "Vendors' account managers and contacts are not recorded here. I can show a vendor's contracts, with their end and notice dates, and its spend.",
  },
  {
    // Nothing records whose sites, team or lines are "mine".
    pattern:
      /\bmy (?:sites?|locations?|offices?|teams?|cost cent(?:er|re)s?|departments?|region|area|lines?|phones?|vendors?|budgets?|spend)\b/gi,
    explain: 'Nothing here records which sites, teams or lines are yours. Name the site, cost center, vendor or person instead.',
  },
  {
    // Advice is not a figure the data holds.
    pattern:
      /\bwhat (?:discount|price|rate|terms?)s? should we\b|\bshould we (?:push|ask|negotiate|target|hold out)\b|\bhow much leverage\b/gi,
    explain:
      "I can show what was billed, contracted and used, not advise on a negotiation. For example: the contract's rates, the spend with the vendor, or its commitment.",
  },
  {
    // "paying per gb on verizon", "$/gb", "cost per minute": a rate per unit of use. Answered with the
    // vendor's bill, it showed a total as if it were the rate.
    pattern:
      /(?:\bper|\beach|\bevery|\$\s*\/|\/)\s*(?:gb|gigs?|gigabytes?|mb|megabytes?|tb|terabytes?|minutes?|mins?|texts?|sms|messages?)\b/gi,
    explain:
      'A rate per GB, per minute or per message is not worked out here: bills record charges and usage side by side, and no answer divides one by the other.' +
      " I can show a vendor's usage charges, the data and minutes its lines used, or the average cost per line.",
  },
  {
    // "cost per user for the CRM", "per seat", "per head": nothing counts the users, seats or people
    // a service is for (the unit cost is per service: a line, a circuit, a subscription).
    pattern:
      /\b(?:per|each|every)\s+(?:user|seat|licen[cs]e|employee|head|fte)\b|\bper[- ](?:user|seat|licen[cs]e|employee|head|capita|person|staff member)\b/gi,
    explain:
      'Headcount, and how many employees, users or seats a service serves, are not recorded here, so I cannot divide its cost by them.' +
      ' I can show what the service costs, or the average cost per line, circuit or subscription.',
  },
  {
    // "salesforce licences count", "how many licenses": seats are not imported, only what they cost.
    pattern:
      /\bhow many\b[^?.!]{0,40}?\b(?:licen[cs]es|seats)\b|\b(?:licen[cs]es?|seats?)\s+(?:count|counts|numbers?|totals?|in use|assigned)\b|\b(?:number|count|#)\s+of\s+(?:[\w-]+\s+){0,2}?(?:licen[cs]es|seats)\b/gi,
    explain:
      'Seat and licence counts are not recorded here: SaaS subscriptions are imported with what they cost, not how many seats they hold.' +
      ' I can show what a SaaS vendor billed, or its monthly trend.',
  },
  {
    // "spend on mobile devices", "handset spend": carriers bill a device as a one-time charge among
    // others, so the mobility total (what it answered) is a broader figure.
    pattern:
      /\b(?:spend|spent|spending|costs?|paid|pay|paying|bought|buy|purchases?|purchased)\s+(?:on|for)\s+(?:(?:new|our|the)\s+)?(?:(?:mobile|cell(?:ular)?|smart)\s+)?(?:devices|handsets|hardware)\b|\b(?:devices?|handsets?|hardware)\s+(?:spend|spending|costs?|charges?|purchases?)\b/gi,
    explain:
      'Bills do not separate devices and handsets from other one-time charges, so I cannot give device spend on its own.' +
      ' I can give one-time charges (devices included, a broader figure) or all mobility spend.',
  },
  {
    // "biggest invoice last month": no answer ranks single invoices; the month's total is not it.
    // "which company sent us the biggest bill" ranks the vendors (their bills summed), as before, and
    // "which mobile line had the biggest bill" the lines (each line's charges summed).
    pattern:
      /(?<!\b(?:(?:which|what)\s+(?:\w+\s+)?(?:vendors?|compan(?:y|ies)|carriers?|providers?|suppliers?|accounts?|sites?|locations?|offices?|cost cent(?:er|re)s?|departments?|teams?|(?:mobile |phone |cell )?lines?|circuits?|trunks?|pots lines?|numbers?|phones?|sims?|services?)|who)\b[^?.!]{0,40})\b(?:biggest|largest|highest|most expensive|costliest|priciest|smallest|lowest|cheapest)\s+(?:single\s+|one\s+|individual\s+)?(?:invoices?|bills?)\b/gi,
    explain:
      'Single invoices are not ranked here: answers sum invoices by vendor, account, cost center or month.' +
      " I can show which vendor or account billed the most in a period, or audit a vendor's invoices.",
  },
];

/** The fact a phrase found by one of the patterns asks for. */
export const findUnrecordedFact = (phrase: string): UnrecordedFact | undefined =>
  unrecordedFacts.find((fact) => new RegExp(`^(?:${fact.pattern.source})$`, 'i').test(phrase));
