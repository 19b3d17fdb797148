// What surrounds a question in a chat message and is not part of it: the person it is addressed
// to (a Slack mention, "Ledgerline,", "Dear Ledgerline,"), a quoted line it answers ("> finance
// want this by EOD"), inline code around a name, a letter's courtesies ("I would appreciate it if
// you could", "would you be able to", "Kindly confirm whether") and its sign-off ("Many thanks,
// Sam"), and what the figure is for (", for the reforecast", "for the intercompany recharge").

const rewrites: Array<[RegExp, string]> = [
  // A quoted question kept (dropQuotedLines): its quote mark, and who it came from ("> from the CFO: …").
  [/^\s*(?:>|&gt;)\s*(?:(?:from|per|via|(?:fwd|forwarded) from) [^:?]{1,30}:\s*)?/i, ''],
  // Mentions that open the message: whom it is addressed to.
  [/^\s*(?:<@[UW][A-Z0-9]+(?:\|[^>]*)?>[\s,:]*)+/, ''],
  [/^\s*(?:@?ledgerline|hey ledgerline|hi ledgerline)\b\s*[,:!-]?\s*/i, ''],
  [/^\s*see (?:the )?thread\s*[-–—:,]\s*/i, ''],
  // `CC100`: inline code around a name or a number.
  [/`([^`\n]{1,80})`/g, '$1'],
  // How the figure is wanted, not which: "ballpark", "in round numbers", "roughly", "in thousands",
  // "headline only", "the big picture on". Figures are shown exact.
  [/\bthe headline (?:number|figure)\b/gi, 'the spend'],
  [/\bheadline ((?:[\w&-]+ ){0,2}?)(?:number|figure)\b/gi, '$1spend'],
  [/\bthe big picture (?:on|for|of)\b/gi, ''],
  [
    /[,\s-]*\b(?:(?:a |the )?ballpark(?: figure| number| estimate)?|in round(?:ed)? (?:numbers|figures|terms)|roughly|approximately|approx\.?|more or less|(?:in|to the nearest) (?:thousands|k)|headline only|high[- ]level)\b[,:]?/gi,
    ' ',
  ],
  [/\b(?:have we|did we|we['’]?ve|we have) put into\b/gi, 'did we spend on'],
  [/\bon course to (hit|meet|reach|make)\b/gi, 'on track to $1'],
  // A letter's opening and closing.
  [/^\s*(?:dear|hello|hi|hey|good (?:morning|afternoon|evening))\b(?:\s+(?:ledgerline|team|all|there))?\s*[,!:.]\s*/i, ''],
  [
    /[\s,.;!]*\b(?:many thanks|thanks(?: a lot| so much| very much)?|thank you(?: (?:very|so) much)?|kind regards|best regards|warm regards|regards|best wishes|with thanks)\b\s*[,.!]*\s*(?:[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)?\s*[.!]*\s*$/,
    '',
  ],
  // Courtesies inside the sentence.
  [
    /\bi would (?:really |very much |greatly )?(?:appreciate it|be (?:very |most )?grateful|be thankful|like it)(?: if you (?:could|would|can|might)(?: please| kindly)?)?\b/gi,
    ' ',
  ],
  [/\bi would (?:really |very much |greatly )?appreciate\b/gi, ' '],
  [/\b(?:would|could|will|can) you (?:please |kindly )?(?:be able to|be so kind as to)\b/gi, ' '],
  [
    /\b(?:could|can|would|will) you (?:please |kindly )?(?:advise(?: me)?(?: on)?|confirm(?: for me)?|identify|provide(?: me)?(?: with)?|share(?: with me)?|let me know|tell me|send(?: me)?)\b/gi,
    ' ',
  ],
  [/\b(?:please |kindly )?(?:confirm|advise|identify|let me know) (?=whether|if|which|what|how|when|who)\b/gi, ' '],
  // What is left of "I would be grateful if you could confirm the run-rate": the request's verb.
  [/^\s*(?:please |kindly )?(?:confirm|advise(?: me)?(?: on)?|identify|provide(?: me)?(?: with)?|let me know|tell me)\b\s*/i, ''],
  // "the date by which notice must be given": the notice deadline.
  [
    /\b(?:and )?the (?:last )?(?:date|day) by which (?:(?:we )?(?:must|need to|have to|should) (?:give|serve|send) notice|notice (?:must|has to|needs to|should) be (?:given|served|sent))\b/gi,
    'and its notice deadline',
  ],
  // What the figure is for, after the question: ", for the reforecast", "for the intercompany recharge"
  // ("for the april close" names a month, and is left to the period rules).
  [
    /[\s,;-]*\bfor (?:the|our|my|this|a) (?:(?!(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b|q[1-4]\b|h[12]\b|(?:19|20)\d{2}\b|month|quarter|year)[\w-]+ ){0,2}(?:reconciliation|recharges?|re-?charges?|chargebacks?|re-?forecast|accruals?|month[- ]end(?: close)?|close|board pack|budget submission|audit committee|submission|review pack)\b\s*[.!]?(?=\s*(?:[?.!]|$))/gi,
    '',
  ],
  // "…? planning the SD-WAN migration around it", ", looking for spikes": what it is for.
  [
    /\?\s+(?:(?:i['’]?m |we['’]?re |i am |we are )?(?:planning|prepping|preparing|working on|building|drafting)|(?:it['’]?s|this is) for|need(?:ed)? (?:it|this) for)\b[^?]*$/i,
    '?',
  ],
  [
    /[,\s-]*\b(?:looking for|to (?:spot|find|catch|check for)|checking for|hunting for|watching for)\s+(?:any\s+)?(?:spikes?|jumps?|anomal(?:y|ies)|outliers?|surprises?|oddities)\b/gi,
    '',
  ],
  // "…for october? the invoices won't land until november": why it is asked, not a period.
  [
    /\?\s+(?:the |our )?(?:invoices?|bills?|statements?|charges?)\s+(?:won['’]?t|will not|don['’]?t|do not|haven['’]?t|have not|aren['’]?t|are not)\b[^?]*$/i,
    '?',
  ],
];

export function dropMessageFurniture(question: string): string {
  return rewrites.reduce((text, [pattern, replacement]) => text.replace(pattern, replacement), question);
}

/**
 * A quoted line above the question (Slack's "> finance want this by EOD") is someone else's
 * words: dropped while the message still has its lines. A quoted question is kept — "> why is
 * mobility up?" then "can you check sep vs aug" is about mobility, and without it the answer
 * would be everything's.
 */
export function dropQuotedLines(message: string): string {
  return message.replace(/^(?:[ \t]*(?:>|&gt;)[^\n?]*\n)+(?=\s*\S)/, '');
}
