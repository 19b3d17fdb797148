import type { SqlDriverAdapter, SqlMigrationAwareDriverAdapterFactory } from '@prisma/driver-adapter-utils';

/**
 * @prisma/adapter-pg runs a migration script by splitting it at every semicolon — also inside
 * comments and quoted function bodies — and sending the pieces one by one. The native schema
 * engine (`prisma migrate deploy`) and the PGlite adapter send the script whole, which the simple
 * query protocol allows; so do we, or a migration that applies on one engine breaks on the other.
 */
export function sendMigrationScriptsWhole(factory: SqlMigrationAwareDriverAdapterFactory): SqlMigrationAwareDriverAdapterFactory {
  const wholeScripts = (adapter: SqlDriverAdapter): SqlDriverAdapter => {
    // No parameters: pg uses the simple query protocol, which takes many statements at once.
    adapter.executeScript = async (script) => {
      await adapter.executeRaw({ sql: script, args: [], argTypes: [] });
    };
    return adapter;
  };
  return {
    provider: factory.provider,
    adapterName: factory.adapterName,
    connect: async () => wholeScripts(await factory.connect()),
    connectToShadowDb: async () => wholeScripts(await factory.connectToShadowDb()),
  };
}
