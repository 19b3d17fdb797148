import type { CommandEnvironment } from '../command.js';

/**
 * `ledgerline bench`: answer latency per question class on PGlite and PostgreSQL, written to
 * BENCHMARKS.md. The measuring code lives in src/bench/ and is loaded only when this command runs.
 */
export async function run(argv: string[], _environment: CommandEnvironment): Promise<number> {
  const { benchmarkUsage, parseBenchmarkArguments, runAnswerBenchmark } = await import('../../bench/run-answer-benchmark.js');
  let options: ReturnType<typeof parseBenchmarkArguments>;
  try {
    options = parseBenchmarkArguments(argv);
  } catch (error) {
    process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n${benchmarkUsage}\n`);
    return 1;
  }
  if (options === 'help') {
    process.stdout.write(`${benchmarkUsage}\n`);
    return 0;
  }
  if (typeof options === 'string') {
    process.stderr.write(`${options}\n`);
    return 1;
  }
  process.stdout.write(await runAnswerBenchmark(options, (line) => process.stderr.write(`${line}\n`)));
  return 0;
}
