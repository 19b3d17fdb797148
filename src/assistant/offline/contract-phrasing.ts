// How procurement and vendor managers ask about a contract's term, said the way every contract rule
// reads it: "termination date for X", "how long is left on X", "how long are we tied to X", "which
// agreements lapse". Run before any rule reads the question.

const rewrites: Array<[RegExp, string]> = [
  // "termination date", "contract termination": when the term ends (not a request to terminate).
  [/\btermination dates?\b/gi, 'end date'],
  [/\b(?:contract|agreement|term) termination\b/gi, 'contract end date'],
  // "the framework agreement", "the Acme framework": the contract.
  [/\b(?:framework|umbrella|master services?|master|enterprise) agreements?\b/gi, 'contract'],
  [/(?<=\bthe [\w&.-]+(?: [\w&.-]+)? )framework\b/gi, 'contract'],
  // "how long is left on X", "how much time is left on the X contract": when it ends.
  [
    /\bhow (?:long|much time|many (?:months|days|years)) (?:is |do we have |have we got |are )?(?:left|remaining) (?:on|in|with|of)\b/gi,
    'when does the contract end with',
  ],
  // "how long are we tied to X (for)", "locked in with": when the term ends.
  [
    /\bhow long (?:are|am|is) (?:we|i|it) (?:still )?(?:tied|locked|committed|stuck|bound) (?:in(?:to)?|to|with)\b([^?]*?)(?:\s+for)?(?=\s*\??\s*$)/gi,
    'when does the contract end with$1',
  ],
  // "which agreements lapse this year": end.
  [/\blaps(?:e|es|ing)\b/gi, 'expire'],
  [/\blapsed\b/gi, 'expired'],
];

export function readContractPhrasing(question: string): string {
  return rewrites.reduce((text, [pattern, replacement]) => text.replace(pattern, replacement), question);
}
