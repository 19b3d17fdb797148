import type { Config } from '../config.js';

export interface CommandEnvironment {
  config: Config;
}

export interface CommandModule {
  /** Parses its own arguments (node:util parseArgs) and returns the exit code. */
  run(argv: string[], environment: CommandEnvironment): Promise<number>;
}

export interface CommandEntry {
  summary: string;
  load(): Promise<CommandModule>;
}
