// FinOps engineers type the FOCUS specification's column names, often as SQL: "BilledCost by
// ServiceCategory last month", "sum(BilledCost) where ServiceName = 'X' 2025-03", "RegionId =
// eu-west-1", "Tags.cost-center = 8810", "ChargePeriodStart >= '2025-01-01'". Written here as
// the words every other rule reads ("spend on X in 2025-03", "in region eu-west-1", "for cost
// center 8810", "since 2025-01-01"). Columns no answer reads (ListCost, ResourceId, ChargeCategory
// and the rest) are left as they are, so the question is declined with them named.

/** A column's value: quoted, or one token. */
const value = String.raw`(?:'([^']+)'|"([^"]+)"|([\w.&/-]+))`;
const column = (names: string) => String.raw`\b(?:${names})\s*(?:=|==|\bis\b|:)\s*${value}`;

const rewrites: Array<[RegExp, string | ((...groups: string[]) => string)]> = [
  [/^\s*select\s+/i, ''],
  [/\bsum\s*\(\s*([a-z]+cost)\s*\)/gi, '$1'],
  [/\b(?:group(?:ed)? by|grouped by|split by)\s+(?=[A-Z][a-z]+[A-Z])/g, 'by '],
  [new RegExp(column('ProviderName|PublisherName|InvoiceIssuerName|Provider|Publisher'), 'gi'), (_m, a, b, c) => ` for ${a ?? b ?? c} `],
  [new RegExp(column('ServiceName'), 'gi'), (_m, a, b, c) => ` on ${a ?? b ?? c} `],
  [new RegExp(column('ServiceCategory'), 'gi'), (_m, a, b, c) => ` on ${a ?? b ?? c} `],
  [new RegExp(column('RegionId|RegionName|Region'), 'gi'), (_m, a, b, c) => ` in region ${a ?? b ?? c} `],
  [
    new RegExp(column('SubAccountId|SubAccountName|BillingAccountId|BillingAccountName'), 'gi'),
    (_m, a, b, c) => ` for the ${a ?? b ?? c} account `,
  ],
  [
    new RegExp(
      String.raw`\btags?\s*(?:\.\s*|\[\s*['"]?)(?:cost[-_ ]?cent(?:er|re)|costcent(?:er|re)|cc)['"]?\s*\]?\s*(?:=|==|:)\s*${value}`,
      'gi',
    ),
    (_m, a, b, c) => ` for cost center ${a ?? b ?? c} `,
  ],
  [new RegExp(String.raw`\b(?:ChargePeriodStart|BillingPeriodStart)\s*>=?\s*${value}`, 'gi'), (_m, a, b, c) => ` since ${a ?? b ?? c} `],
  [
    new RegExp(String.raw`\b(?:ChargePeriodStart|BillingPeriodStart)\s*=\s*${value}`, 'gi'),
    (_m, a, b, c) => ` in ${(a ?? b ?? c)!.replace(/^(\d{4}-\d{2})-01$/, '$1')} `,
  ],
  // Columns named as what to group by or read.
  [/\bBilledCost\b/g, 'billed cost'],
  [/\bEffectiveCost\b/g, 'effective cost'],
  [/\bServiceCategory\b/g, 'service category'],
  [/\bServiceName\b/g, 'service'],
  [/\b(?:ProviderName|PublisherName|InvoiceIssuerName)\b/g, 'vendor'],
  [/\b(?:RegionId|RegionName)\b/g, 'region'],
  [/\b(?:SubAccountId|SubAccountName|SubAccount|BillingAccountId|BillingAccountName)\b/g, 'account'],
  // "where" and "and" between the filters above, once the columns are words.
  [/\bwhere\s+(?=(?:for|on|in|since)\b)/gi, ''],
  // "2025-Q1": Q1 2025.
  [/\b((?:19|20)\d{2})[- ]?q([1-4])\b/gi, 'q$2 $1'],
];

export function readFocusColumns(question: string): string {
  const looksLikeFocus =
    /[a-z][A-Z]/.test(question) || /\bsum\s*\(|^\s*select\b|\btags?\s*[.[]|\b(?:19|20)\d{2}[- ]?q[1-4]\b/i.test(question);
  if (!looksLikeFocus) return question;
  return rewrites
    .reduce(
      (text, [pattern, replacement]) =>
        typeof replacement === 'string' ? text.replace(pattern, replacement) : text.replace(pattern, replacement),
      question,
    )
    .replace(/\s{2,}/g, ' ')
    .trim();
}
