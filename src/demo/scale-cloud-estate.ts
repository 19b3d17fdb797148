import type { CloudProvider } from './demo-cloud-catalog.js';
import { cloudProviders } from './demo-cloud-catalog.js';

/** The largest demo scale: 50× the 1× company (~100,000 mobile lines, ~1M FOCUS rows). */
export const maximumDemoScale = 50;

/**
 * The cloud and SaaS estate at a scale: the catalog's billing accounts, plus at N > 1 another
 * N − 1 copies of each (rounded), as a large enterprise has one AWS organization, Azure enrollment
 * or SaaS tenant per business unit. Copies are their own billing accounts, sub-accounts and
 * resources with the same services, regions, levels and cost-center tags, so cloud spend grows N×
 * while the catalog's own accounts (where the anomalies are planted) stay exactly as at 1×: each
 * watched series (provider × billing account × service) keeps its shape and its planted findings.
 */
export function scaleCloudEstate(scale: number): CloudProvider[] {
  const copies = Math.max(1, Math.round(scale));
  const estate: CloudProvider[] = [];
  for (const provider of cloudProviders) {
    estate.push(provider);
    for (let copy = 2; copy <= copies; copy++) estate.push(copyProvider(provider, copy));
  }
  return estate;
}

function copyProvider(provider: CloudProvider, copy: number): CloudProvider {
  const suffix = String(copy).padStart(2, '0');
  return {
    ...provider,
    billingAccountId: copyId(provider.billingAccountId, copy),
    billingAccountName: `${provider.billingAccountName} ${suffix}`,
    subAccounts: provider.subAccounts.map((subAccount) => ({
      ...subAccount,
      id: copyId(subAccount.id, copy),
      name: `${subAccount.name}-${suffix}`,
    })),
  };
}

/**
 * An id of the copy in the provider's own shape (12-digit AWS accounts, Azure GUIDs), distinct
 * from every catalog id and from the other copies' ids.
 */
function copyId(id: string, copy: number): string {
  // AWS account ids: the catalog's differ in the last two digits, copies step by hundreds.
  if (/^\d{12}$/.test(id)) return String(Number(id) + copy * 100);
  // Azure GUIDs: the catalog's end in c417, 0a11, f622 and 8e33; copies end in 0002…0032.
  if (/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/.test(id))
    return `${id.slice(0, -4)}${copy.toString(16).padStart(4, '0')}`;
  return `${id}-${String(copy).padStart(2, '0')}`;
}
