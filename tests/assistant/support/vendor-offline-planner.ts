import type { OfflinePlanner } from '../../../src/assistant/planner.js';

/** Plans `count_vendor_services` for any question naming a vendor the test database knows. */
export function createVendorOfflinePlanner(): OfflinePlanner {
  return {
    async plan({ question, context }) {
      const vendors = await context.prisma.vendor.findMany();
      const named = vendors.find((vendor) => question.toLowerCase().includes(vendor.name.toLowerCase()));
      if (!named) return { kind: 'clarify', message: 'Which vendor do you mean?', choices: vendors.map((vendor) => vendor.name) };
      return {
        kind: 'calls',
        calls: [{ tool: 'count_vendor_services', arguments: { vendor: named.name } }],
        understood: `services of ${named.name}`,
      };
    },
  };
}
