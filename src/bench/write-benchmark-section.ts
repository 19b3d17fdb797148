import { readFile, writeFile } from 'node:fs/promises';

/**
 * Replaces one benchmark's section of BENCHMARKS.md (from its "## " title to the next), or
 * appends it; the other sections belong to other benchmarks and stay as they are.
 */
export async function writeBenchmarkSection(benchmarksPath: string, sectionTitle: string, section: string): Promise<void> {
  const existing = await readFile(benchmarksPath, 'utf8').catch(() => '# Benchmarks\n\n');
  const start = existing.indexOf(sectionTitle);
  if (start === -1) {
    await writeFile(benchmarksPath, `${existing.trimEnd()}\n\n${section}`);
    return;
  }
  const next = existing.indexOf('\n## ', start + sectionTitle.length);
  const after = next === -1 ? '' : existing.slice(next + 1);
  await writeFile(benchmarksPath, `${existing.slice(0, start)}${section}${after ? `\n${after}` : ''}`);
}
