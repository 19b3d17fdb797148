import { createInvoicesImporter } from '../import-invoices.js';
import { readEdi811Records } from './read-edi811-records.js';

/**
 * Carrier bills as ANSI X12 811 files. Only the reading differs from the CSV invoice import:
 * the rows go through the same schema, the same writes (a corrected invoice replaces the old
 * one), the same batch, checksum and post-import audit.
 */
export function createEdi811Importer(): ReturnType<typeof createInvoicesImporter> {
  const invoices = createInvoicesImporter();
  return {
    ...invoices,
    kind: 'edi811',
    readRecords: (filePath, options) => readEdi811Records(filePath, options, invoices.requiredColumns),
  };
}
