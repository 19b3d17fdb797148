import type { Prisma, SpendDomain } from '../../db/generated/client.js';
import { nameKey } from '../shared/normalize.js';

export type Transaction = Prisma.TransactionClient;

/** Vendors users name in many ways; the first spelling is the vendor's name when it is created. */
const builtInVendors: { names: string[]; domain: SpendDomain }[] = [
  { names: ['AT&T', 'ATT', 'AT and T'], domain: 'telecom' },
  { names: ['Verizon', 'Verizon Wireless', 'VZW'], domain: 'telecom' },
  { names: ['T-Mobile', 'TMobile'], domain: 'mobility' },
  { names: ['Microsoft', 'Azure', 'Microsoft Azure'], domain: 'cloud' },
  { names: ['AWS', 'Amazon Web Services', 'Amazon'], domain: 'cloud' },
  { names: ['Google Cloud', 'GCP', 'Google', 'Google Cloud Platform'], domain: 'cloud' },
  { names: ['Oracle', 'OCI', 'Oracle Cloud'], domain: 'cloud' },
];
const builtInByKey = new Map(builtInVendors.flatMap((group) => group.names.map((name) => [nameKey(name), group] as const)));

/**
 * Finds or creates the vendors, accounts, locations and cost centers rows refer to, within the
 * import's transaction, with a cache so a million-row file asks the database once per name.
 */
export class ReferenceResolver {
  private readonly vendorIds = new Map<string, number>();
  private readonly accountIds = new Map<string, number>();
  private readonly locationIds = new Map<string, number>();
  private costCenterIds: Map<string, number> | undefined;

  constructor(private readonly tx: Transaction) {}

  /** Vendor id by name or alias (case and punctuation ignored); unknown vendors are created. */
  async vendorId(name: string, domainIfNew: SpendDomain): Promise<number> {
    const key = nameKey(name);
    const cached = this.vendorIds.get(key);
    if (cached !== undefined) return cached;
    const id = (await this.findVendorId(key)) ?? (await this.createVendor(name, key, domainIfNew));
    this.vendorIds.set(key, id);
    return id;
  }

  async findVendorId(key: string): Promise<number | undefined> {
    const vendor = await this.tx.vendor.findUnique({ where: { key }, select: { id: true } });
    if (vendor) return vendor.id;
    const alias = await this.tx.vendorAlias.findUnique({ where: { key }, select: { vendorId: true } });
    return alias?.vendorId;
  }

  private async createVendor(name: string, key: string, domainIfNew: SpendDomain): Promise<number> {
    const builtIn = builtInByKey.get(key);
    if (!builtIn) return this.insertVendor(name.trim(), key, domainIfNew);
    const [canonicalName] = builtIn.names as [string, ...string[]];
    const canonicalKey = nameKey(canonicalName);
    const existing = await this.findVendorId(canonicalKey);
    const vendorId = existing ?? (await this.insertVendor(canonicalName, canonicalKey, builtIn.domain));
    const aliasKeys = builtIn.names.map(nameKey).filter((aliasKey) => aliasKey !== canonicalKey);
    await this.tx.vendorAlias.createMany({ data: aliasKeys.map((aliasKey) => ({ key: aliasKey, vendorId })), skipDuplicates: true });
    return vendorId;
  }

  /**
   * Another import (of another kind, or in another process) may create the same vendor at the
   * same moment: ON CONFLICT waits for it to commit and then takes its row, where a plain INSERT
   * would fail on Vendor_name_key or Vendor_key_key.
   */
  private async insertVendor(name: string, key: string, domain: SpendDomain): Promise<number> {
    const [inserted] = await this.tx.$queryRaw<{ id: number }[]>`
      INSERT INTO "Vendor" ("name", "key", "domain") VALUES (${name}, ${key}, ${domain}::"SpendDomain")
      ON CONFLICT DO NOTHING RETURNING "id"`;
    if (inserted) return inserted.id;
    const existing = await this.tx.vendor.findFirst({ where: { OR: [{ key }, { name }] }, select: { id: true } });
    if (!existing) throw new Error(`vendor ${name} neither inserted nor found`);
    return existing.id;
  }

  /** Forgets cached vendors (after an explicit vendors import changes aliases). */
  forgetVendor(key: string): void {
    this.vendorIds.delete(key);
  }

  async accountId(vendorId: number, number: string): Promise<number> {
    const cacheKey = `${vendorId}\u0000${number}`;
    const cached = this.accountIds.get(cacheKey);
    if (cached !== undefined) return cached;
    // ON CONFLICT: a concurrent import creating the same account is waited for, not a unique error.
    const [inserted] = await this.tx.$queryRaw<{ id: number }[]>`
      INSERT INTO "Account" ("vendorId", "number") VALUES (${vendorId}, ${number})
      ON CONFLICT ("vendorId", "number") DO NOTHING RETURNING "id"`;
    const id =
      inserted?.id ??
      (await this.tx.account.findUniqueOrThrow({ where: { vendorId_number: { vendorId, number } }, select: { id: true } })).id;
    this.accountIds.set(cacheKey, id);
    return id;
  }

  async locationId(name: string): Promise<number> {
    const key = nameKey(name);
    const cached = this.locationIds.get(key);
    if (cached !== undefined) return cached;
    const existing = await this.tx.location.findUnique({ where: { key }, select: { id: true } });
    const id = existing?.id ?? (await this.insertLocation(name.trim(), key));
    this.locationIds.set(key, id);
    return id;
  }

  /** As insertVendor: a location created at the same moment by another import is taken, not a unique error. */
  private async insertLocation(name: string, key: string): Promise<number> {
    const [inserted] = await this.tx.$queryRaw<{ id: number }[]>`
      INSERT INTO "Location" ("name", "key") VALUES (${name}, ${key}) ON CONFLICT DO NOTHING RETURNING "id"`;
    if (inserted) return inserted.id;
    const existing = await this.tx.location.findFirst({ where: { OR: [{ key }, { name }] }, select: { id: true } });
    if (!existing) throw new Error(`location ${name} neither inserted nor found`);
    return existing.id;
  }

  /** Cost center id by code, case-insensitively; undefined when no such cost center exists. */
  async costCenterId(code: string): Promise<number | undefined> {
    if (!this.costCenterIds) {
      const costCenters = await this.tx.costCenter.findMany({ select: { id: true, code: true } });
      this.costCenterIds = new Map(costCenters.map((costCenter) => [costCenter.code.toLowerCase(), costCenter.id]));
    }
    return this.costCenterIds.get(code.trim().toLowerCase());
  }
}

/** The spend domain of a vendor first seen in an inventory row, from the service type. */
export function domainOfServiceType(type: string): SpendDomain {
  if (type === 'mobile_line' || type === 'device') return 'mobility';
  if (type === 'cloud_account') return 'cloud';
  if (type === 'saas_subscription') return 'saas';
  return 'telecom';
}
