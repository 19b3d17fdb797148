import type { Database } from '../../db/open-database.js';
import type { DomainDeps } from '../deps.js';

// The words every part of an import speaks: the orchestrator (import-file.ts), the importers of
// each kind (kinds/) and the callers (CLI, chat, demo) import them from here, never from each other.

export const importKinds = [
  'vendors',
  'locations',
  'cost-centers',
  'inventory',
  'contracts',
  'contract-rates',
  'invoices',
  'edi811',
  'usage',
  'budgets',
  'users',
  'focus',
] as const;

export type ImportKind = (typeof importKinds)[number];

/** Kinds that bring carrier invoices: the invoice audit runs after them. */
export function isInvoiceKind(kind: ImportKind): boolean {
  return kind === 'invoices' || kind === 'edi811';
}

export interface RowProblem {
  line: number;
  column: string;
  value: string;
  reason: string;
}

export interface ImportSummary {
  batchId: number | null;
  kind: ImportKind;
  fileName: string;
  status: 'imported' | 'unchanged' | 'rejected';
  rowsRead: number;
  rowsAccepted: number;
  rowsRejected: number;
  problems: RowProblem[];
  rejectsFile?: string;
  /** Invoices whose audit has not run yet (the import that brought them ended before it). */
  isAuditPending: boolean;
  durationMs: number;
}

export interface IngestDeps extends DomainDeps {
  costCenterTagKeys: string[];
  /** With it, FOCUS files load through COPY (see import-focus-by-copy.ts); without, row by row. */
  database?: Pick<Database, 'copyCsv'>;
}

export interface ImportProgress {
  bytesRead: number;
  totalBytes: number;
  rowsRead: number;
}
