import { join } from 'node:path';
import { formatMonth } from './calendar.js';
import { CsvFileWriter } from './csv-file-writer.js';
import type { DemoFindings } from './demo-answer-key.js';
import { monthIndexOf } from './build-demo-model.js';
import { formatCents } from './cents.js';
import type { DemoModel } from './demo-model.js';
import type { DemoTally } from './demo-tally.js';
import { createSeededRandom } from './seeded-random.js';
import type { WrittenFile } from './write-reference-files.js';

/**
 * One row per mobile line and month while the line is in service. Every line uses something
 * each month (at least 1 MB of data), except the planted zero-usage lines, which report zeros.
 */
export async function writeUsage(
  model: DemoModel,
  outDir: string,
  tally: DemoTally,
): Promise<{ file: WrittenFile; zeroUsageLines: DemoFindings['zeroUsageLines'] }> {
  const random = createSeededRandom(model.seed).fork('usage');
  const writer = await CsvFileWriter.create(join(outDir, 'usage.csv'), ['identifier', 'period', 'data_mb', 'voice_minutes', 'messages']);
  const zeroUsageLines: DemoFindings['zeroUsageLines'] = [];
  const lastIndex = model.months.length - 1;
  for (const service of model.services) {
    if (service.type !== 'mobile_line' || service.status === 'pending' || !service.usageProfile) continue;
    const first = Math.max(0, monthIndexOf(model.months, service.startDate));
    const last = service.endDate ? Math.min(lastIndex, monthIndexOf(model.months, service.endDate)) : lastIndex;
    const zeroFrom = model.plantings.zeroUsage.get(service.serviceId);
    for (let monthIndex = first; monthIndex <= last; monthIndex++) {
      const profile = service.usageProfile;
      const isZero = zeroFrom !== undefined && monthIndex >= zeroFrom;
      const vary = (typical: number) => (typical === 0 ? 0 : Math.max(1, Math.round(typical * (0.7 + random.next() * 0.6))));
      const dataMb = isZero ? 0 : vary(profile.dataMb);
      const voiceMinutes = isZero ? 0 : vary(profile.voiceMinutes);
      const messages = isZero ? 0 : vary(profile.messages);
      await writer.row([service.identifier, formatMonth(model.months[monthIndex] as Date), dataMb, voiceMinutes, messages]);
      tally.usageRows++;
    }
    if (zeroFrom !== undefined) {
      zeroUsageLines.push({
        identifier: service.identifier,
        vendor: service.vendor,
        account: service.account,
        location: service.location?.name ?? '',
        costCenter: service.costCenter,
        assignee: service.assignee,
        plan: service.description,
        monthlyCost: formatCents(service.unitPrice * service.quantity),
        zeroSince: formatMonth(model.months[zeroFrom] as Date),
        zeroMonths: lastIndex - zeroFrom + 1,
      });
    }
  }
  await writer.close();
  return { file: { kind: 'usage', path: writer.path, rows: writer.rowCount }, zeroUsageLines };
}
