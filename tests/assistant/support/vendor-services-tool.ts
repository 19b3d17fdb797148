import { z } from 'zod';
import { LedgerlineError } from '../../../src/errors.js';
import type { PrismaClient } from '../../../src/db/generated/client.js';
import { nameKey } from '../../../src/domain/shared/normalize.js';
import { sumDecimals } from '../../../src/domain/shared/decimal.js';
import { defineTool } from '../../../src/domain/tools/define-tool.js';
import type { PresentAnswer } from '../../../src/assistant/compose-answer.js';
import { formatCount, formatMoney } from '../../../src/domain/shared/format.js';

// A small real tool over the test database, so the LLM loop is tested without depending on the
// full tool catalogue: the model must find the vendor, the tool computes the figure.

export const vendorServicesTool = defineTool({
  name: 'count_vendor_services',
  description: 'Counts the active services of one vendor and sums their monthly recurring cost.',
  input: z.object({ vendor: z.string().min(1).describe('Vendor name as the user wrote it, e.g. "AT&T"') }).strict(),
  async run(input, context) {
    const vendor = await context.prisma.vendor.findFirst({
      where: { OR: [{ key: nameKey(input.vendor) }, { aliases: { some: { key: nameKey(input.vendor) } } }] },
    });
    if (!vendor) throw new LedgerlineError('NOT_FOUND', `No vendor matches "${input.vendor}".`);
    const services = await context.prisma.service.findMany({ where: { vendorId: vendor.id, status: 'active' } });
    return {
      vendor: vendor.name,
      count: services.length,
      monthlyCost: sumDecimals(services.map((service) => service.monthlyCost ?? 0)).toFixed(2),
      currency: 'USD',
    };
  },
});

export const presentVendorServices: PresentAnswer = ({ calls }) => {
  const lines = calls.map(({ result }) => {
    const { vendor, count, monthlyCost, currency } = result as { vendor: string; count: number; monthlyCost: string; currency: string };
    return `${vendor} has ${formatCount(count)} active services costing ${formatMoney(monthlyCost, currency)} a month.`;
  });
  return { text: lines.join('\n'), facts: [], followUps: [], context: {} };
};

/** AT&T (alias "ATT") with three active lines and one disconnected: 1,339.85 a month. */
export async function insertVendorServices(prisma: PrismaClient): Promise<void> {
  const vendor = await prisma.vendor.create({ data: { name: 'AT&T', key: 'att', aliases: { create: [{ key: 'atandt' }] } } });
  const costs = ['45.10', '60.25', '1234.50'];
  for (const [index, cost] of costs.entries()) {
    await prisma.service.create({
      data: {
        externalId: `S-${index}`,
        type: 'mobile_line',
        identifier: `312-555-010${index}`,
        identifierKey: `312555010${index}`,
        vendorId: vendor.id,
        status: 'active',
        monthlyCost: cost,
      },
    });
  }
  await prisma.service.create({
    data: {
      externalId: 'S-off',
      type: 'mobile_line',
      identifier: '312-555-0199',
      identifierKey: '3125550199',
      vendorId: vendor.id,
      status: 'disconnected',
      monthlyCost: '99.00',
    },
  });
}
