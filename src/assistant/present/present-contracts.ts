import type { ContractSummary } from '../../domain/contracts/contract-summary.js';
import type { FindNoticeDeadlinesResult } from '../../domain/contracts/find-notice-deadlines.js';
import type { GetCommitmentStatusResult } from '../../domain/contracts/get-commitment-status.js';
import type { GetContractResult } from '../../domain/contracts/get-contract.js';
import type { ListContractsResult } from '../../domain/contracts/list-contracts.js';
import type { Table } from '../answer.js';
import { formatCount, formatDate, formatMoney } from '../../domain/shared/format.js';
import { contextOf, maxTableRows, pluralize, type Presentation } from './presentation.js';

const inDays = (days: number) => (days === 0 ? 'today' : days > 0 ? `in ${days} ${pluralize(days, 'day')}` : `${-days} ${pluralize(-days, 'day')} ago`);

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
  (contract.autoRenew ? `auto-renews unless notice by ${formatDate(contract.noticeDeadline)} (${inDays(contract.daysToNoticeDeadline)})` : 'does not auto-renew') +
  (contract.committedAnnual === null ? '' : `; commitment ${formatMoney(contract.committedAnnual, contract.currency)} a year`) +
  '.';

export function presentListContracts(result: ListContractsResult): Presentation {
  const context = contextOf(result);
  const status = result.filters.status === 'all' ? '' : `${String(result.filters.status ?? 'active')} `;
  if (result.totalCount === 0) return { text: `No ${status}contracts found.`, facts: [{ label: 'Contracts', value: '0', raw: '0' }], followUps: [], context };
  return {
    text: [`${formatCount(result.totalCount)} ${status}${pluralize(result.totalCount, 'contract')}:`, ...result.contracts.slice(0, 10).map(contractLine)].join('\n'),
    facts: [{ label: 'Contracts', value: formatCount(result.totalCount), raw: String(result.totalCount) }],
    table: contractsTable(result.contracts, result.totalCount),
    followUps: ['Which contracts have a notice deadline in the next 90 days?', 'Committed vs actual spend'],
    context,
  };
}

export function presentGetContract(result: GetContractResult): Presentation {
  const context = contextOf(result);
  if (result.contracts.length === 0) return { text: 'No matching contract found.', facts: [], followUps: ['List contracts'], context };
  const lines = result.contracts.flatMap((contract) => [
    contractLine(contract),
    ...contract.rates.slice(0, 5).map((rate) => `  Rate: ${rate.description} (${rate.serviceType.replaceAll('_', ' ')}) ${formatMoney(rate.unitPrice, contract.currency)} per ${rate.unit}`),
  ]);
  const first = result.contracts[0]!;
  return {
    text: lines.join('\n'),
    facts: [
      { label: 'End date', value: formatDate(first.endDate), raw: first.endDate },
      { label: 'Notice deadline', value: formatDate(first.noticeDeadline), raw: first.noticeDeadline },
      ...(first.committedAnnual === null ? [] : [{ label: 'Committed annual', value: formatMoney(first.committedAnnual, first.currency), raw: first.committedAnnual, currency: first.currency }]),
    ],
    table: contractsTable(result.contracts, result.contracts.length),
    followUps: [`Committed vs actual for ${first.vendor}`, `Spend with ${first.vendor} this year`],
    context,
  };
}

export function presentNoticeDeadlines(result: FindNoticeDeadlinesResult): Presentation {
  const context = contextOf(result);
  if (result.totalCount === 0) {
    return { text: `No contract notice deadlines in the next ${result.withinDays} days (from ${formatDate(result.asOf)}).`, facts: [{ label: 'Contracts', value: '0', raw: '0' }], followUps: ['Notice deadlines in the next 180 days'], context };
  }
  return {
    text: [
      `${formatCount(result.totalCount)} ${pluralize(result.totalCount, 'contract')} with a notice deadline in the next ${result.withinDays} days:`,
      ...result.contracts.slice(0, 15).map((contract) => `${formatDate(contract.noticeDeadline)} (${inDays(contract.daysToNoticeDeadline)}): ${contract.contractId} ${contract.vendor} — ${contract.name}, ends ${formatDate(contract.endDate)}${contract.autoRenew ? ', auto-renews' : ''}`),
    ].join('\n'),
    facts: [{ label: 'Contracts', value: formatCount(result.totalCount), raw: String(result.totalCount) }],
    table: contractsTable(result.contracts, result.totalCount),
    followUps: ['Committed vs actual spend', 'List all active contracts'],
    context,
  };
}

export function presentCommitmentStatus(result: GetCommitmentStatusResult): Presentation {
  const context = contextOf(result);
  if (result.commitments.length === 0) return { text: 'No active contract with a committed annual spend matches.', facts: [], followUps: ['List contracts'], context };
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
      { label: 'Committed', value: formatMoney(first.committedAnnual, first.currency), raw: first.committedAnnual, currency: first.currency },
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
