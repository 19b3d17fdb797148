import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { generateDemoEnterprise } from '../../demo/generate-demo-enterprise.js';
import { isDatabaseEmpty } from '../../demo/is-database-empty.js';
import { loadDemoEnterprise } from '../../demo/load-demo-enterprise.js';
import { maximumDemoScale } from '../../demo/scale-cloud-estate.js';
import { invoiceFormats } from '../../demo/write-invoice-files.js';
import type { DemoAnswerKey } from '../../demo/demo-answer-key.js';
import { openRuntime } from '../../runtime.js';
import type { CommandEnvironment } from '../command.js';
import { toIsoDate } from '../../domain/periods/period.js';

const usage = `Usage: ledgerline demo [--as-of YYYY-MM-DD] [--seed N] [--scale X] [--out DIR] [--invoice-format csv|edi811]

Generates the fictional company Northwind Logistics: carriers, ~2,000 mobile lines, circuits,
24 months of invoices and usage, daily cloud and SaaS costs (FOCUS), budgets, contracts and
planted findings listed in answer-key.json.
  --out DIR   only write the CSV files and answer-key.json to DIR (nothing is imported)
  otherwise   import them into the configured database (refused when it already holds data
              unless --force)
  --as-of     "today" for the demo (default LEDGERLINE_AS_OF or today); data ends the month before
  --seed      default LEDGERLINE_DEMO_SEED (42)
  --scale     size relative to the full company, up to 50 (default 1): mobile lines, and above 1
              as many copies of each cloud and SaaS billing account (10 = ~20,000 lines, ~210,000
              FOCUS rows; 50 = ~100,000 lines, ~1M FOCUS rows, ~2.7M invoice lines)
  --invoice-format  carrier invoices as csv (default, "import invoices") or edi811 (ANSI X12 811
              files, one per carrier, "import edi811"): the same figures either way`;

export async function run(argv: string[], { config }: CommandEnvironment): Promise<number> {
  const { values } = parseArgs({
    args: argv,
    options: {
      'as-of': { type: 'string' },
      seed: { type: 'string' },
      scale: { type: 'string' },
      out: { type: 'string' },
      'invoice-format': { type: 'string' },
      force: { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (values.help) {
    process.stdout.write(usage + '\n');
    return 0;
  }
  const asOfText = values['as-of'] ?? config.asOf ?? toIsoDate(new Date());
  const asOf = new Date(`${asOfText}T00:00:00Z`);
  const seed = values.seed === undefined ? config.demoSeed : Number(values.seed);
  const scale = values.scale === undefined ? 1 : Number(values.scale);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(asOfText) || Number.isNaN(asOf.getTime()))
    return fail(`--as-of must be a date written YYYY-MM-DD, got "${asOfText}".`);
  if (!Number.isSafeInteger(seed) || seed < 0) return fail(`--seed must be a whole number of 0 or more, got "${values.seed}".`);
  if (!(scale > 0 && scale <= maximumDemoScale))
    return fail(`--scale must be a number above 0 and at most ${maximumDemoScale}, got "${values.scale}".`);
  const invoiceFormat = invoiceFormats.find((format) => format === (values['invoice-format'] ?? 'csv'));
  if (!invoiceFormat) return fail(`--invoice-format must be one of ${invoiceFormats.join(', ')}, got "${values['invoice-format']}".`);

  if (values.out) {
    const outDir = resolve(values.out);
    const started = performance.now();
    const generated = await generateDemoEnterprise({ asOf, seed, scale, outDir, invoiceFormat });
    process.stdout.write(
      `Wrote ${generated.files.length} files and ${generated.answerKeyPath} in ${Math.round(performance.now() - started)} ms.\n` +
        describe(generated.answerKey) +
        `Import them in this order with "ledgerline import <kind> <file>":\n` +
        generated.files.map((file) => `  ${file.kind.padEnd(15)}${file.path}`).join('\n') +
        '\n',
    );
    return 0;
  }

  const runtime = await openRuntime(config);
  try {
    if (!values.force && !(await isDatabaseEmpty(runtime.prisma))) {
      return fail(
        `The database at ${runtime.database.location} already holds data; loading the demo would mix companies. Use --force to load it anyway, or --out DIR to only write the files.`,
      );
    }
    const loaded = await loadDemoEnterprise(
      { asOf, seed, scale, invoiceFormat },
      { ...runtime, costCenterTagKeys: config.costCenterTagKeys },
    );
    const rows = loaded.summaries.reduce((sum, summary) => sum + summary.rowsAccepted, 0);
    process.stdout.write(
      `Loaded the demo enterprise into ${runtime.database.location}: ${loaded.summaries.length} files, ${rows.toLocaleString('en-US')} rows ` +
        `(generated in ${loaded.generationMs} ms, imported in ${loaded.importMs} ms).\n` +
        describe(loaded.answerKey),
    );
    return 0;
  } finally {
    await runtime.close();
  }
}

function describe(answerKey: DemoAnswerKey): string {
  const counts = answerKey.counts;
  const findings = answerKey.findings;
  return (
    `${answerKey.company}, as of ${answerKey.asOf} (seed ${answerKey.seed}): ${answerKey.months[0]} to ${answerKey.lastFullMonth}, ` +
    `${counts.mobileLinesByStatus.active.toLocaleString('en-US')} active mobile lines, ${counts.activeServicesByType.circuit ?? 0} circuits, ` +
    `${counts.locations} locations in ${counts.countries.length} countries, ${counts.costCenters} cost centers, ` +
    `${counts.invoiceLines.toLocaleString('en-US')} invoice lines, ${counts.focusRows.toLocaleString('en-US')} FOCUS rows.\n` +
    `Planted: ${findings.costSpikes.length} cost spikes, ${findings.stepChanges.length} step change, ${findings.overbilling.length} overbilled services, ` +
    `${findings.duplicateCharges.length} duplicate charge, ${findings.disconnectedStillBilled.length} disconnected services still billed, ` +
    `${findings.zeroUsageLines.length} zero-usage lines, ${findings.budgetOverruns.length} budget overruns, ` +
    `${answerKey.noticeDeadlines.filter((deadline) => deadline.window !== null).length} notice deadlines within 90 days.\n`
  );
}

function fail(message: string): number {
  process.stderr.write(message + '\n');
  return 1;
}
