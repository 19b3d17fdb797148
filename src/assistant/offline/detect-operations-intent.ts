import { creditLanded } from './phrase-words.js';

// The analyst's and approver's jobs beyond reporting: invoice audit, savings, disputes, MACD
// requests, and the channel's alert subscriptions. Checked before the reporting intents because
// their words ("billing", "budget alerts", "credited", "save") would otherwise read as spend.

export type OperationsIntent =
  | 'subscribe_alerts'
  | 'unsubscribe_alerts'
  | 'list_subscriptions'
  | 'list_alerts'
  | 'request_status'
  | 'my_requests'
  | 'disconnect_summary'
  | 'billed_after_disconnect'
  | 'audit'
  | 'disputes'
  | 'savings';

export const operationsPatterns = {
  unsubscribe: /\bunsubscribe\b|\b(?:stop|mute|no more|turn off|disable)\b.{0,40}\b(?:alerts?|anomal(?:y|ies)|notifications?|digests?)\b/i,
  subscribe:
    /\bsubscribe\b|\b(?:send|post|deliver|route|notify|push)\b.{0,50}\b(?:alerts?|anomal(?:y|ies)|notices?|deadlines?|discrepanc(?:y|ies)|digests?|notifications?)\b.{0,40}\b(?:here|this channel|to (?:this|the) channel|in (?:this|the) channel)\b|\b(?:alert|notify) (?:this channel|us here)\b/i,
  listSubscriptions:
    /\bsubscribed\b|\b(?:alert|channel|our|my|this channel'?s?) subscriptions?\b|\bsubscriptions? (?:of|for|in|here|on) (?:this|the) channel\b|\bsubscriptions? here\b|\b(?:what|which) (?:kinds? of )?alerts? (?:do|does|will|are) (?:we|i|this channel|you|it)\b.{0,20}\b(?:get|receive|send|sending|posting)\b/i,
  alerts: /\balerts?\b|\bnotifications?\b/i,
  requestNumber: /\b(?:request|order|ticket|macd)\s*(?:number\s*|no\.?\s*|#\s*)?(\d{1,9})\b/i,
  myRequests:
    /\bmy (?:own |open |pending |submitted |recent |latest |macd |service )*(?:requests?|orders?|tickets?|macds?)\b|\b(?:requests?|orders?) (?:i (?:made|submitted|raised|opened|filed))\b/i,
  disconnectSummary:
    /\bwhat (?:did|have) we disconnect(?:ed)?\b|\b(?:completed|finished|recent) disconnects?\b|\bdisconnects? (?:completed|done|finished)\b|\bdisconnected (?:last|this) (?:month|quarter|year|week)\b|\bdisconnects? (?:last|this) (?:month|quarter|year)\b|\bsav(?:e|es|ed|ings?) (?:from|of|by) (?:the |our )?disconnects?\b/i,
  billedAfterDisconnect:
    /\b(?:paying|pay|paid|billed|billing|charged|charging|invoiced)\b.{0,40}\b(?:disconnected|cancell?ed|terminated|closed|ported[- ]out)\b|\b(?:paying|pay|paid|billed|charg\w+)\b.{0,40}\b(?:shut down|shut off|turned off|switched off|cut off)\b|\b(?:disconnected|cancell?ed|terminated)\b.{0,40}\b(?:still )?(?:billed|billing|charged|charging|paying|invoiced|(?:on|in) (?:the |our |any )?(?:bills?|invoices?))\b|\bbilled after disconnect|\bcharges? after disconnect|\bstill (?:on|in) (?:the |our )?(?:bills?|invoices?)\b.{0,30}\b(?:cancel\w*|disconnect\w*|terminat\w*)|\b(?:charges?|charged|billing|billed|bills?|invoic\w+)\b.{0,30}\bafter\b.{0,30}\b(?:cancel\w*|disconnect\w*|terminat\w*)/i,
  audit:
    /\bover[- ]?bill(?:ed|ing|s)?\b|\bover[- ]?charg(?:e|ed|es|ing)\b|\bbilling (?:errors?|mistakes?|discrepanc(?:y|ies)|issues?|problems?|findings?)\b|\binvoice (?:errors?|audit|mistakes?|discrepanc(?:y|ies)|problems?)\b|\baudit\b|\bduplicate (?:charges?|billing|lines?)\b|\b(?:billed|charged) (?:us )?twice\b|\brate variances?\b|\babove (?:the )?contract(?:ed)?(?: (?:rates?|prices?|pricing))?\b|\b(?:more|higher) than (?:the |our )?contract(?:ed)? (?:rates?|prices?|pricing)\b|\b(?:above|over|more than|higher than) (?:the |our )?(?:agreed|negotiated|contract(?:ed)?) (?:rates?|prices?|pricing)\b|\b(?:bills?|invoices?)\b.{0,45}\b(?:don'?t|do not) have\b.{0,25}\b(?:list|inventory|records)\b|\brate checks?\b|\b(?:billing|invoice) exceptions?\b|\b(?:can'?t|cannot|could ?n'?t|unable to|don'?t) match\b.{0,30}\binventory\b|\bwrong rates?\b|\berrors? (?:on|in) (?:the |our )?(?:bills?|invoices?)\b|\b(?:anything|something|what(?:['’]s| is)?|errors?|mistakes?)\s+(?:(?:that(?:['’]s| is)?|is|was|looks?)\s+)?(?:wrong|off|incorrect)\s+(?:on|in|with)\s+(?:the |our |this |that |these )?(?:\S+\s+){0,3}?(?:bills?|invoices?)\b|\berrors?\s+(?:on|in)\s+(?:the |our |this |these )?(?:\S+\s+){0,3}?(?:bills?|invoices?)\b|\b(?:not|isn'?t|aren'?t|wasn'?t|weren'?t)\s+(?:in|on) (?:the |our )?inventory\b|\b(?:against|vs\.?|versus) (?:the |our )?(?:contract(?:ed)?|agreed) (?:rates?|prices?|pricing)\b|\bmissing from (?:the |our )?inventory\b|\b(?:don['’]?t|do not|can['’]?t|cannot) recogni[sz]e\b|\bghost (?:charges?|lines?|circuits?|services?)\b|\b(?:paying|pay|paid|billed|charged) for\b.{0,40}\b(?:don'?t|do not) have (?:on|in) (?:record|file|(?:the |our )?(?:inventory|books|records))\b|\b(?:billed|charged|charges?|bills?) (?:\w+ )?after (?:the )?disconnect(?:ion|ed)?\b|\b(?:billed|billing|charged|charging|invoiced|paying|paid)\b.{0,40}\b(?:don['’]?t|do not|doesn['’]?t|does not)\s+have\b.{0,25}\b(?:inventory|records?|books|file)\b|\b(?:no|without (?:a|any)) (?:matching |corresponding )?(?:services?|lines?|circuits?|records?|entr(?:y|ies)) (?:in|on) (?:the |our )?inventory\b/i,
  disputes: /\bdisput(?:e|es|ed)\b/i,
  savings: /\bsav(?:e|ing|ings)\b|\bcut (?:our )?costs?\b|\breduce (?:our )?(?:costs?|spend)\b|\bwaste(?:d)?\b|\boptimi[sz](?:e|ation)\b/i,
};

const test = (pattern: RegExp, text: string) => pattern.test(text);

/**
 * "credits we are owed", "did the credit land on an invoice", "the overcharge claim": a dispute.
 * Read on the whole question: "credit" is also a charge type, and "claim" a word read only in its
 * phrase, so neither is left in the question without names.
 */
function asksAfterDispute(question: string): boolean {
  return (
    /\bowes? us\b|\bowe us\b|\bget it back\b|\bcredits?\b.{0,30}\bowed\b|\bowed\b.{0,20}\bcredits?\b|\b(?:overcharge|billing|credit|refund)\s+claims?\b/i.test(
      question,
    ) || creditLanded.test(question)
  );
}

/**
 * `question` is the question without the names it holds (a team called "Internal Audit" asks for
 * no audit); `whole` is all of it, for the phrases whose words the reader claims.
 */
export function detectOperationsIntent(question: string, whole = question): OperationsIntent | undefined {
  if (test(operationsPatterns.unsubscribe, question)) return 'unsubscribe_alerts';
  if (test(operationsPatterns.listSubscriptions, question) && !/\bsubscribe\b/i.test(question)) return 'list_subscriptions';
  if (test(operationsPatterns.subscribe, question)) return 'subscribe_alerts';
  if (test(operationsPatterns.alerts, question) && !test(operationsPatterns.audit, question)) return 'list_alerts';
  if (test(operationsPatterns.requestNumber, question)) return 'request_status';
  if (test(operationsPatterns.myRequests, question)) return 'my_requests';
  if (test(operationsPatterns.billedAfterDisconnect, question) || test(operationsPatterns.billedAfterDisconnect, whole))
    return 'billed_after_disconnect';
  if (test(operationsPatterns.disconnectSummary, question)) return 'disconnect_summary';
  if (test(operationsPatterns.disputes, question) || /\bcredited\b/i.test(question) || asksAfterDispute(whole)) return 'disputes';
  if (
    test(operationsPatterns.audit, question) ||
    /\b(?:billing|invoice) exceptions?\b|\bmissing (?:from|in) (?:the |our )?inventory\b/i.test(whole)
  )
    return 'audit';
  if (test(operationsPatterns.savings, question)) return 'savings';
  return undefined;
}
