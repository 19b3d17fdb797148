import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { bindMigrationAwareSqlAdapterFactory } from '@prisma/driver-adapter-utils';
import type { SqlMigrationAwareDriverAdapterFactory } from '@prisma/driver-adapter-utils';
import type * as SchemaEngineModule from '@prisma/schema-engine-wasm';
import type { SchemaEngine } from '@prisma/schema-engine-wasm';

// The native schema engine cannot be downloaded on our machines; its WebAssembly build ships
// on npm. Its entry imports the .wasm as an ES module, which Node 20 only allows behind a flag,
// so we instantiate the wasm ourselves and hand it to the generated bindings (ADR 0001).
type WasmExports = Record<string, unknown>;
type Bindings = typeof SchemaEngineModule & {
  __wbg_set_wasm(exports: WasmExports): void;
};
// lib "ES2023" has no WebAssembly declarations (they live in the DOM lib); Node has the global.
const wasmRuntime = (
  globalThis as unknown as {
    WebAssembly: { instantiate(bytes: Uint8Array, imports: Record<string, unknown>): Promise<{ instance: { exports: WasmExports } }> };
  }
).WebAssembly;

let bindings: Promise<Bindings> | undefined;

function loadBindings(): Promise<Bindings> {
  bindings ??= (async () => {
    const require = createRequire(import.meta.url);
    const gluePath = require.resolve('@prisma/schema-engine-wasm/schema_engine_bg');
    const packageDir = path.dirname(gluePath);
    const glue = (await import(pathToFileURL(gluePath).href)) as Bindings;
    const bytes = await readFile(path.join(packageDir, 'schema_engine_bg.wasm'));
    const { instance } = await wasmRuntime.instantiate(bytes, { './schema_engine_bg.js': glue });
    glue.__wbg_set_wasm(instance.exports);
    (instance.exports.__wbindgen_start as () => void)();
    return glue;
  })();
  return bindings;
}

export interface SchemaFile {
  path: string;
  content: string;
}

export async function openSchemaEngine(
  schema: SchemaFile,
  adapterFactory: SqlMigrationAwareDriverAdapterFactory,
  log: (line: string) => void = () => {},
): Promise<SchemaEngine> {
  const { SchemaEngine: Engine } = await loadBindings();
  const adapter = bindMigrationAwareSqlAdapterFactory(adapterFactory);
  return Engine.new({ datamodels: [[schema.path, schema.content]] }, log, adapter);
}
