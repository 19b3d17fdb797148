// Parts of something the data holds only as a whole. Bills put roaming, long distance and
// overages in usage charges with everything else billed per use; the inventory records that a
// service is a circuit, not whether it is MPLS, internet or SD-WAN; carriers bill a line's plan as
// its recurring charge, without naming the plan. Answered with the whole, such a question gets a
// broader figure than it asked for, so the planner says what it can give instead.

export interface UnrecordedPart {
  /** The words that name a part (global: every occurrence is found). */
  pattern: RegExp;
  /** What the data holds, as the question would name it. */
  whole: string;
  /** Words after the part that belong to it ("roaming charges", "MPLS circuits"). */
  trailing: RegExp;
  explain: (part: string) => string;
}

export const unrecordedParts: UnrecordedPart[] = [
  {
    pattern:
      /\b(?:(?:international|intl)\s+)?(?:roaming|long[- ]distance|international (?:calls?|calling|minutes|usage|dialing|texts?)|(?:data|voice|text|sms|minutes?) overages?)\b/gi,
    whole: 'usage charges',
    trailing: /^(?:\s+(?:charges?|costs?|fees?|spend))?/i,
    explain: (part) =>
      `Bills do not separate ${part} from other usage charges, so I cannot give ${part} on its own.` +
      ` I can give all usage charges (everything billed per use, ${part} included): a broader figure.`,
  },
  {
    pattern:
      /\b(?:mpls|dia|dedicated internet(?: access)?|internet(?: access)?|broadband|ethernet|sd-?wan(?: underlay)?|private lines?|dark fiber)\b/gi,
    whole: 'circuits',
    trailing: /^(?:\s+(?:circuits?|lines?|links?|connections?|services?))?/i,
    explain: (part) =>
      `The inventory records which services are circuits, not which circuits are ${part}, so I cannot give ${part} on its own.` +
      ` I can answer for all circuits: a broader figure.`,
  },
  {
    pattern: /\b(?:data|voice|text|talk|unlimited|rate|calling|mobile|wireless|cell(?:ular)?|phone) plans?\b/gi,
    whole: 'mobile recurring charges',
    trailing: /^/,
    explain: (part) =>
      `Carrier bills charge a line's plan as its recurring charge without naming the plan, so I cannot give ${part} on their own.` +
      ` I can give mobile recurring charges (plans and features together): a broader figure.`,
  },
];

/** The part a phrase names, when it is one. */
export const findUnrecordedPart = (phrase: string): UnrecordedPart | undefined =>
  unrecordedParts.find((part) => new RegExp(`^(?:${part.pattern.source})$`, 'i').test(phrase));

/** The question asked of the whole: the part, and the words that belong to it, replaced. */
export function askWhole(question: string, part: UnrecordedPart): string {
  const match = new RegExp(part.pattern.source, 'i').exec(question);
  if (!match) return question;
  const end = match.index + match[0].length;
  const trailing = part.trailing.exec(question.slice(end))?.[0] ?? '';
  return question.slice(0, match.index) + part.whole + question.slice(end + trailing.length);
}
