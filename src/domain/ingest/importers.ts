import type { ImportKind } from './ingest-types.js';
import type { KindImporter } from './import-kind.js';
import { createBudgetsImporter } from './kinds/import-budgets.js';
import { createContractRatesImporter } from './kinds/import-contract-rates.js';
import { createContractsImporter } from './kinds/import-contracts.js';
import { createCostCentersImporter } from './kinds/import-cost-centers.js';
import { createEdi811Importer } from './kinds/edi811/import-edi811.js';
import { createFocusImporter } from './kinds/import-focus.js';
import { createInventoryImporter } from './kinds/import-inventory.js';
import { createInvoicesImporter } from './kinds/import-invoices.js';
import { createLocationsImporter } from './kinds/import-locations.js';
import { createUsageImporter } from './kinds/import-usage.js';
import { createUsersImporter } from './kinds/import-users.js';
import { createVendorsImporter } from './kinds/import-vendors.js';

/** A fresh importer per import: importers keep per-file state (periods touched, invoices seen). */
export const importers: Record<ImportKind, () => KindImporter<unknown>> = {
  vendors: createVendorsImporter,
  locations: createLocationsImporter,
  'cost-centers': createCostCentersImporter,
  inventory: createInventoryImporter,
  contracts: createContractsImporter,
  'contract-rates': createContractRatesImporter,
  invoices: createInvoicesImporter,
  edi811: createEdi811Importer,
  usage: createUsageImporter,
  budgets: createBudgetsImporter,
  users: createUsersImporter,
  focus: createFocusImporter,
};
