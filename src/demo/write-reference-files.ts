import { join } from 'node:path';
import { toIsoDate } from '../domain/periods/period.js';
import { formatCents } from './cents.js';
import { CsvFileWriter } from './csv-file-writer.js';
import type { DemoModel } from './demo-model.js';

export interface WrittenFile {
  kind: string;
  path: string;
  rows: number;
}

async function writeCsv(
  outDir: string,
  kind: string,
  fileName: string,
  header: string[],
  rows: Iterable<(string | number | boolean | null)[]>,
): Promise<WrittenFile> {
  const writer = await CsvFileWriter.create(join(outDir, fileName), header);
  for (const row of rows) await writer.row(row);
  await writer.close();
  return { kind, path: writer.path, rows: writer.rowCount };
}

/** Vendors, locations, cost centers, users, contracts, rates and inventory, in import order. */
export async function writeReferenceFiles(model: DemoModel, outDir: string): Promise<WrittenFile[]> {
  const files: WrittenFile[] = [];
  files.push(
    await writeCsv(
      outDir,
      'vendors',
      'vendors.csv',
      ['name', 'domain', 'aliases'],
      model.vendors.map((vendor) => [vendor.name, vendor.domain, vendor.aliases.join(';')]),
    ),
  );
  files.push(
    await writeCsv(
      outDir,
      'locations',
      'locations.csv',
      ['name', 'city', 'country'],
      model.locations.map((location) => [location.name, location.city, location.country]),
    ),
  );
  files.push(
    await writeCsv(
      outDir,
      'cost-centers',
      'cost-centers.csv',
      ['code', 'name', 'parent', 'owner'],
      model.costCenters.map((costCenter) => [costCenter.code, costCenter.name, costCenter.parent ?? '', costCenter.owner]),
    ),
  );
  files.push(
    await writeCsv(
      outDir,
      'users',
      'users.csv',
      ['email', 'name', 'slack_user_id', 'teams_user_id', 'role', 'cost_centers'],
      model.users.map((user) => [user.email, user.name, user.slackUserId, user.teamsUserId, user.role, user.costCenters.join(';')]),
    ),
  );
  files.push(
    await writeCsv(
      outDir,
      'contracts',
      'contracts.csv',
      ['contract_id', 'vendor', 'name', 'start_date', 'end_date', 'auto_renew', 'notice_days', 'committed_annual', 'currency'],
      model.contracts.map((contract) => [
        contract.contractId,
        contract.vendor,
        contract.name,
        toIsoDate(contract.startDate),
        toIsoDate(contract.endDate),
        contract.autoRenew,
        contract.noticeDays,
        contract.committedAnnual === null ? '' : formatCents(contract.committedAnnual),
        'USD',
      ]),
    ),
  );
  files.push(
    await writeCsv(
      outDir,
      'contract-rates',
      'contract-rates.csv',
      ['contract_id', 'service_type', 'description', 'unit_price', 'unit'],
      model.contracts.flatMap((contract) =>
        contract.rates.map((rate) => [contract.contractId, rate.serviceType, rate.description, formatCents(rate.unitPrice), rate.unit]),
      ),
    ),
  );
  files.push(
    await writeCsv(
      outDir,
      'inventory',
      'inventory.csv',
      [
        'service_id',
        'type',
        'identifier',
        'vendor',
        'account',
        'location',
        'cost_center',
        'assignee',
        'status',
        'monthly_cost',
        'start_date',
        'end_date',
      ],
      model.services.map((service) => [
        service.serviceId,
        service.type,
        service.identifier,
        service.vendor,
        service.account,
        service.location?.name ?? '',
        service.costCenter,
        service.assignee,
        service.status,
        service.type === 'cloud_account' || service.type === 'saas_subscription' ? '' : formatCents(service.unitPrice * service.quantity),
        toIsoDate(service.startDate),
        service.endDate ? toIsoDate(service.endDate) : '',
      ]),
    ),
  );
  return files;
}
