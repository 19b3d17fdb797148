import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import madge from 'madge';
import { afterAll, describe, expect, it } from 'vitest';

// No import cycles in src/, type-only imports included: a type that two files need lives where
// both can import it (ingest/ingest-types.ts, macd/macd-fields.ts), never in one of them.
// ESLint's import-x/no-cycle skips `import type`, so madge does this check (ARCHITECTURE.md).

const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

function findCycles(folder: string): Promise<string[][]> {
  return madge(folder, {
    fileExtensions: ['ts'],
    tsConfig: path.join(projectRoot, 'tsconfig.json'),
    excludeRegExp: [/^db\/generated\//],
    detectiveOptions: { ts: { skipTypeImports: false } },
  }).then((result) => result.circular());
}

describe('import cycles', () => {
  const folders: string[] = [];
  afterAll(async () => {
    for (const folder of folders) await rm(folder, { recursive: true, force: true });
  });

  it('finds none in src/', async () => {
    expect(await findCycles(path.join(projectRoot, 'src'))).toEqual([]);
  }, 120_000);

  it('finds a cycle made only of type imports', async () => {
    const folder = await mkdtemp(path.join(os.tmpdir(), 'ledgerline-cycle-'));
    folders.push(folder);
    await writeFile(
      path.join(folder, 'import-file.ts'),
      "import type { RowProblem } from './import-kind.js';\nexport interface ImportSummary { problems: RowProblem[] }\n",
    );
    await writeFile(
      path.join(folder, 'import-kind.ts'),
      "import type { ImportSummary } from './import-file.js';\nexport interface RowProblem { line: number }\nexport type Finished = ImportSummary;\n",
    );
    await writeFile(
      path.join(folder, 'importers.ts'),
      "import type { Finished } from './import-kind.js';\nexport const none: Finished[] = [];\n",
    );
    expect(await findCycles(folder)).toEqual([['import-file.ts', 'import-kind.ts']]);
  });
});
