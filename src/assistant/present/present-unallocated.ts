import { isByCurrency } from '../../domain/shared/answer-currency.js';
import { presentByCurrency } from './present-by-currency.js';
import type { GetUnallocatedSpendOutput, GetUnallocatedSpendResult, UnallocatedReason } from '../../domain/spend/get-unallocated-spend.js';
import { Decimal } from '../../domain/shared/decimal.js';
import { formatCount, formatMoney } from '../../domain/shared/format.js';
import { contextOf, filterPhrase, pluralize, type Presentation } from './presentation.js';

const reasonNames: Record<UnallocatedReason, { label: string; record: string }> = {
  account_level_invoice_lines: { label: 'Account-level invoice lines (no service identifier)', record: 'line' },
  service_without_cost_center: { label: 'Services with no cost center in the inventory', record: 'line' },
  identifier_not_in_inventory: { label: 'Invoice identifiers not in the inventory', record: 'line' },
  untagged_cloud_rows: { label: 'Cloud and SaaS costs without a cost-center tag', record: 'row' },
};

export function presentUnallocated(output: GetUnallocatedSpendOutput): Presentation {
  return isByCurrency(output) ? presentByCurrency(output, presentUnallocatedInOneCurrency) : presentUnallocatedInOneCurrency(output);
}

function presentUnallocatedInOneCurrency(result: GetUnallocatedSpendResult): Presentation {
  const money = (amount: string) => formatMoney(amount, result.currency);
  const context = contextOf(result);
  const scope = `${filterPhrase(result.filters)} in ${result.period.label}`;
  const followUps = ['Break that down by cost center', 'Which cost center grew the most?', 'Compare with the previous period'];
  const facts = [
    { label: 'Unallocated', value: money(result.unallocated), raw: result.unallocated, currency: result.currency },
    { label: 'Allocated', value: money(result.allocated), raw: result.allocated, currency: result.currency },
    { label: 'Total spend', value: money(result.total), raw: result.total, currency: result.currency },
  ];
  if (result.isScopeLimited) {
    return {
      text: `You see only spend allocated to your cost centers (${money(result.allocated)}${scope}), so none of it is unallocated; unallocated spend is shown to people who can see every cost center.`,
      facts,
      followUps,
      context,
    };
  }
  if (new Decimal(result.unallocated).isZero()) {
    return {
      text: `All spend${scope} (${money(result.total)}) is allocated to a cost center; nothing is unallocated.`,
      facts,
      followUps,
      context,
    };
  }
  const share = result.unallocatedPercent === null ? '' : ` (${result.unallocatedPercent}%)`;
  const reasons = result.reasons.map(
    (reason) =>
      `- ${reasonNames[reason.reason].label}: ${money(reason.amount)} (${formatCount(reason.recordCount)} ${pluralize(reason.recordCount, reasonNames[reason.reason].record)})`,
  );
  const largest = result.contributors
    .slice(0, 3)
    .map((contributor) => `${contributor.vendor} account ${contributor.account} ${money(contributor.amount)}`);
  return {
    text: [
      `Unallocated spend${scope}: ${money(result.unallocated)} of ${money(result.total)}${share} has no cost center; ${money(result.allocated)} is allocated.`,
      'Why:',
      ...reasons,
      ...(largest.length > 0 ? [`Largest: ${largest.join(', ')}.`] : []),
    ].join('\n'),
    facts,
    table: {
      columns: [
        { key: 'vendor', label: 'Vendor' },
        { key: 'account', label: 'Account' },
        { key: 'source', label: 'Source' },
        { key: 'amount', label: 'Unallocated', align: 'right' },
      ],
      rows: result.contributors.map((contributor) => ({
        vendor: contributor.vendor,
        account: contributor.account,
        source: contributor.source === 'cloud' ? 'cloud/SaaS (untagged)' : 'invoice',
        amount: money(contributor.amount),
      })),
      totalRows: result.contributorCount,
    },
    chart: {
      kind: 'bar',
      title: `Unallocated spend by reason, ${result.period.label}`,
      categories: result.reasons.map((reason) => reasonNames[reason.reason].label),
      series: [{ name: 'Unallocated', values: result.reasons.map((reason) => reason.amount) }],
      unit: result.currency,
    },
    followUps,
    context,
  };
}
