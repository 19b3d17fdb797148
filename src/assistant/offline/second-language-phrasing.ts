// How people whose first language is not English put a spend question: "the vendor with more
// spend", "is it possible to know", "the evolution of", "month per month", "one by one", "the
// budget, it is respected or no?". Rewritten to the usual English before any rule reads the
// question, so the words mean what they mean, not nothing.

const rankedThings = String.raw`(?:vendors?|carriers?|suppliers?|providers?|services?|lines?|circuits?|sites?|locations?|offices?|cost cent(?:er|re)s?|teams?|departments?|accounts?|regions?)`;

const rewrites: Array<[RegExp, string]> = [
  // "the vendor with more spend", "the 5 vendors with more costs": the most.
  [
    new RegExp(
      String.raw`\b(${rankedThings}) (?:with|that have|who have|which have|having) (?:the )?more (spend(?:ing)?|costs?|money|amount|charges|billing)\b(?!\s+than)`,
      'gi',
    ),
    '$1 with the most $2',
  ],
  [new RegExp(String.raw`\b(${rankedThings}) (?:that|which|who) (?:costs?|spends?) more\b(?!\s+than)`, 'gi'), '$1 that costs the most'],
  // "which is the vendor with…": which vendor.
  [new RegExp(String.raw`\bwhich (?:is|are) the (${rankedThings})\b`, 'gi'), 'which $1'],
  // "is it possible to know", "I would like to know", "I want to know": how it is asked.
  [
    /\b(?:is it possible to|would it be possible to|it is possible to|i would like to|i'?d like to|i want to|i wish to|we would like to|we want to) (?:know|have|get|see|obtain|receive)\b(?: please)?/gi,
    ' ',
  ],
  // "the evolution of the spend": its trend.
  [/\b(?:the )?(?:evolution|progression) of\b/gi, 'the trend of'],
  [/\bmonth (?:per|for|after) month\b/gi, 'month by month'],
  // "for the last three months, one by one": each month apart.
  [/(?<=\bmonths?\b[^?]{0,40}?)[,\s]+(?:one by one|each one|separately|one after (?:the )?other)\b/gi, ' month by month'],
  // "the budget of D-12 for april, it is respected or no?": is it kept, are we over.
  [/(?<=\bbudgets?\b.*)[,\s]*\b(?:it )?(?:is|was) (?:it )?(?:respected|kept|held|fulfilled)(?: or (?:no|not))?\b/gi, ' are we over'],
  [/\bis the (budget) (?:respected|kept|held)\b/gi, 'are we over the $1'],
];

export function readSecondLanguagePhrasing(question: string): string {
  return rewrites.reduce((text, [pattern, replacement]) => text.replace(pattern, replacement), question);
}
