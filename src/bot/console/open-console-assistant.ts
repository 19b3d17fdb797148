import type { Config } from '../../config.js';
import type { Assistant } from '../../assistant/assistant.js';
import { createAssistant } from '../../assistant/create-assistant.js';
import type { Runtime } from '../../runtime.js';
import { loadDemoIfEmpty, openRuntime } from '../../runtime.js';
import { consoleLogger } from './console-logger.js';

/**
 * The runtime (database migrated; the demo enterprise loaded into an empty database unless
 * LEDGERLINE_DEMO=0) and the assistant the `ask` and `chat` commands talk to.
 */
export async function openConsoleAssistant(
  config: Config,
  { isTerminal = false }: { isTerminal?: boolean } = {},
): Promise<{ runtime: Runtime; assistant: Assistant }> {
  const runtime = await openRuntime(config, isTerminal ? { logger: consoleLogger(config) } : {});
  try {
    await loadDemoIfEmpty(runtime);
  } catch (error) {
    await runtime.close();
    throw error;
  }
  const assistant = createAssistant({
    prisma: runtime.prisma,
    now: runtime.now,
    logger: runtime.logger,
    llm: config.llm,
    readReplica: runtime.database.readReplica,
  });
  return { runtime, assistant };
}
