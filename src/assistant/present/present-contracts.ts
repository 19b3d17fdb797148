import type { ContractSummary } from '../../domain/contracts/contract-summary.js';
import type { FindNoticeDeadlinesResult } from '../../domain/contracts/find-notice-deadlines.js';
import type { GetCommitmentStatusResult } from '../../domain/contracts/get-commitment-status.js';
import type { ContractDetails, GetContractResult } from '../../domain/contracts/get-contract.js';
import type { ListContractsResult } from '../../domain/contracts/list-contracts.js';
import type { Table } from '../answer.js';
import { formatCount, formatDate, formatMoney } from '../../domain/shared/format.js';
import { contextOf, maxTableRows, pluralize, type Presentation } from './presentation.js';

const monthNames = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/** "1 January 2027": a calendar window's end reads as a date, never as a count of days. */
function formatLongDate(isoDate: string): string {
  const [year, month, day] = isoDate.slice(0, 10).split('-');
  return `${Number(day)} ${monthNames[Number(month) - 1]} ${year}`;
}

/** "before 1 January 2027" for a `through` window (exclusive), "in the next 90 days" otherwise. */
function windowWords(window: { through: string | null; withinDays: number | null }): string {
  return window.through ? `before ${formatLongDate(window.through)}` : `in the next ${window.withinDays ?? 90} days`;
}

const inDays = (days: number) =>
  days === 0 ? 'today' : days > 0 ? `in ${days} ${pluralize(days, 'day')}` : `${-days} ${pluralize(-days, 'day')} ago`;

function contractsTable(contracts: ContractSummary[], totalRows: number): Table {
  return {
    columns: [
      { key: 'contractId', label: 'Contract' },
      { key: 'vendor', label: 'Vendor' },
      { key: 'name', label: 'Name' },
      { key: 'endDate', label: 'Ends' },
      { key: 'autoRenew', label: 'Auto-renews' },
      { key: 'noticeDeadline', label: 'Notice deadline' },
      { key: 'committedAnnual', label: 'Committed / year', align: 'right' },
    ],
    rows: contracts.slice(0, maxTableRows).map((contract) => ({
      contractId: contract.contractId,
      vendor: contract.vendor,
      name: contract.name,
      endDate: formatDate(contract.endDate),
      autoRenew: contract.autoRenew ? `yes (${contract.noticeDays} days notice)` : 'no',
      noticeDeadline: formatDate(contract.noticeDeadline),
      committedAnnual: contract.committedAnnual === null ? '' : formatMoney(contract.committedAnnual, contract.currency),
    })),
    totalRows,
  };
}

const contractLine = (contract: ContractSummary) =>
  `${contract.contractId} ${contract.vendor} — ${contract.name}: ends ${formatDate(contract.endDate)}, ` +
  (contract.autoRenew
    ? `auto-renews unless notice by ${formatDate(contract.noticeDeadline)} (${inDays(contract.daysToNoticeDeadline)})`
    : 'does not auto-renew') +
  (contract.committedAnnual === null ? '' : `; commitment ${formatMoney(contract.committedAnnual, contract.currency)} a year`) +
  '.';

export function presentListContracts(result: ListContractsResult): Presentation {
  const context = contextOf(result);
  const status = result.filters.status === 'all' ? '' : `${String(result.filters.status ?? 'active')} `;
  const vendors = Array.isArray(result.filters.vendors) ? ` with ${result.filters.vendors.join(' and ')}` : '';
  const through = typeof result.filters.through === 'string' ? result.filters.through : null;
  const withinDays = typeof result.filters.endingWithinDays === 'string' ? Number(result.filters.endingWithinDays) : null;
  const window = through !== null || withinDays !== null ? ` ending ${windowWords({ through, withinDays })}` : '';
  if (result.totalCount === 0) {
    const next = result.nextEndingAfterWindow;
    // "None in the next 90 days" must not read as "no contract": say when the next one ends.
    const after = next ? ` The next one${vendors} ends ${formatDate(next.endDate)}: ${next.contractId} ${next.vendor} — ${next.name}.` : '';
    return {
      text: `No ${status}contracts${vendors}${window}.${after}`,
      facts: [
        { label: 'Contracts', value: '0', raw: '0' },
        ...(next ? [{ label: 'Next end date', value: formatDate(next.endDate), raw: next.endDate }] : []),
      ],
      followUps: next ? [`${next.vendor} contract details`, 'List all active contracts'] : ['List all active contracts'],
      context,
    };
  }
  return {
    text: [
      `${formatCount(result.totalCount)} ${status}${pluralize(result.totalCount, 'contract')}${vendors}${window}:`,
      ...result.contracts.slice(0, 10).map(contractLine),
    ].join('\n'),
    facts: [{ label: 'Contracts', value: formatCount(result.totalCount), raw: String(result.totalCount) }],
    table: contractsTable(result.contracts, result.totalCount),
    followUps: ['Which contracts have a notice deadline in the next 90 days?', 'Committed vs actual spend'],
    context,
  };
}

const statusWords: Record<ContractDetails['status'], string> = { active: 'active', upcoming: 'not started yet', expired: 'expired' };

/** End date, notice deadline, auto-renewal, commitment and rates of one contract, one fact a line. */
function contractDetailLines(contract: ContractDetails): string[] {
  const ended = contract.status === 'expired';
  return [
    `${contract.contractId} ${contract.vendor} — ${contract.name} (${statusWords[contract.status]}): ${ended ? 'ended' : 'ends'} ${formatDate(contract.endDate)}${ended ? '' : ` (${inDays(contract.daysToEnd)})`}.`,
    ...(ended
      ? []
      : [
          contract.autoRenew
            ? `  Notice deadline ${formatDate(contract.noticeDeadline)} (${inDays(contract.daysToNoticeDeadline)}): it auto-renews unless notice is given ${contract.noticeDays} days before the end.`
            : `  Notice deadline ${formatDate(contract.noticeDeadline)} (${inDays(contract.daysToNoticeDeadline)}): it does not auto-renew, so it simply ends then.`,
        ]),
    `  Commitment: ${contract.committedAnnual === null ? 'none' : `${formatMoney(contract.committedAnnual, contract.currency)} a year`}.`,
    ...contract.rates
      .slice(0, 5)
      .map(
        (rate) =>
          `  Rate: ${rate.description} (${rate.serviceType.replaceAll('_', ' ')}) ${formatMoney(rate.unitPrice, contract.currency)} per ${rate.unit}`,
      ),
    ...(contract.rates.length > 5 ? [`  … and ${contract.rates.length - 5} more rates.`] : []),
  ];
}

export function presentGetContract(result: GetContractResult): Presentation {
  const context = contextOf(result);
  if (result.contracts.length === 0) return { text: 'No matching contract found.', facts: [], followUps: ['List contracts'], context };
  // The contract people mean is the one in force; older and future ones follow in a line each.
  const [first, ...others] = result.contracts as [ContractDetails, ...ContractDetails[]];
  const detailed = result.activeCount > 1 ? result.contracts.filter((contract) => contract.status === 'active') : [first];
  const rest = others.filter((contract) => !detailed.includes(contract));
  const lines = [
    ...detailed.flatMap(contractDetailLines),
    ...(rest.length > 0
      ? [
          'Also on file:',
          ...rest.map(
            (contract) =>
              `  ${contract.contractId} — ${contract.name}: ${statusWords[contract.status]}, ${contract.status === 'expired' ? 'ended' : 'ends'} ${formatDate(contract.endDate)}`,
          ),
        ]
      : []),
  ];
  return {
    text: lines.join('\n'),
    facts: [
      { label: 'End date', value: formatDate(first.endDate), raw: first.endDate },
      { label: 'Notice deadline', value: formatDate(first.noticeDeadline), raw: first.noticeDeadline },
      { label: 'Auto-renews', value: first.autoRenew ? 'yes' : 'no' },
      ...(first.committedAnnual === null
        ? []
        : [
            {
              label: 'Committed annual',
              value: formatMoney(first.committedAnnual, first.currency),
              raw: first.committedAnnual,
              currency: first.currency,
            },
          ]),
    ],
    table: contractsTable(result.contracts, result.contracts.length),
    followUps: [
      `Committed vs actual for ${first.vendor}`,
      `Spend with ${first.vendor} this year`,
      'Which contracts have a notice deadline this year?',
    ],
    context,
  };
}

export function presentNoticeDeadlines(result: FindNoticeDeadlinesResult): Presentation {
  const context = contextOf(result);
  if (result.totalCount === 0) {
    return {
      text: `No contract notice deadlines ${windowWords(result)} (from ${formatDate(result.asOf)}).`,
      facts: [{ label: 'Contracts', value: '0', raw: '0' }],
      followUps: ['Notice deadlines in the next 180 days'],
      context,
    };
  }
  return {
    text: [
      `${formatCount(result.totalCount)} ${pluralize(result.totalCount, 'contract')} with a notice deadline ${windowWords(result)}:`,
      ...result.contracts
        .slice(0, 15)
        .map(
          (contract) =>
            `${formatDate(contract.noticeDeadline)} (${inDays(contract.daysToNoticeDeadline)}): ${contract.contractId} ${contract.vendor} — ${contract.name}, ends ${formatDate(contract.endDate)}${contract.autoRenew ? ', auto-renews' : ''}`,
        ),
    ].join('\n'),
    facts: [{ label: 'Contracts', value: formatCount(result.totalCount), raw: String(result.totalCount) }],
    table: contractsTable(result.contracts, result.totalCount),
    followUps: ['Committed vs actual spend', 'List all active contracts'],
    context,
  };
}

export function presentCommitmentStatus(result: GetCommitmentStatusResult): Presentation {
  const context = contextOf(result);
  if (result.commitments.length === 0)
    return { text: 'No active contract with a committed annual spend matches.', facts: [], followUps: ['List contracts'], context };
  const lines = result.commitments.map(
    (commitment) =>
      `${commitment.contractId} ${commitment.vendor} (${commitment.name}): ${formatMoney(commitment.actual, commitment.currency)} spent of ${formatMoney(commitment.committedAnnual, commitment.currency)} committed ` +
      `for the contract year ${commitment.contractYear.label} (${commitment.consumedPercent}% used, ${commitment.elapsedPercent}% of the year gone) — ` +
      `${commitment.isOnTrack ? 'on track' : `shortfall risk, ${formatMoney(commitment.remaining, commitment.currency)} still to spend`}.`,
  );
  const first = result.commitments[0]!;
  return {
    text: lines.join('\n'),
    facts: [
      { label: 'Actual', value: formatMoney(first.actual, first.currency), raw: first.actual, currency: first.currency },
      {
        label: 'Committed',
        value: formatMoney(first.committedAnnual, first.currency),
        raw: first.committedAnnual,
        currency: first.currency,
      },
      { label: 'Remaining', value: formatMoney(first.remaining, first.currency), raw: first.remaining, currency: first.currency },
    ],
    table: {
      columns: [
        { key: 'contract', label: 'Contract' },
        { key: 'vendor', label: 'Vendor' },
        { key: 'committed', label: 'Committed', align: 'right' },
        { key: 'actual', label: 'Actual', align: 'right' },
        { key: 'used', label: 'Used', align: 'right' },
      ],
      rows: result.commitments.slice(0, maxTableRows).map((commitment) => ({
        contract: commitment.contractId,
        vendor: commitment.vendor,
        committed: formatMoney(commitment.committedAnnual, commitment.currency),
        actual: formatMoney(commitment.actual, commitment.currency),
        used: `${commitment.consumedPercent}%`,
      })),
      totalRows: result.commitments.length,
    },
    followUps: ['Which contracts have a notice deadline in the next 90 days?'],
    context,
  };
}
