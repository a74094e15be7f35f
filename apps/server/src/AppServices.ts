import type { Database, Repositories } from '@campaign-studio/storage';
import type { PluginRefusal, Registry } from '@campaign-studio/sdk';
import type { Logger } from 'pino';

/** What the procedures work with; built once per server by `createAppServices`. */
export interface AppServices {
  database: Database;
  repositories: Repositories;
  registry: Registry;
  /** Plugins that were not loaded, with the reason. */
  refused: PluginRefusal[];
  logger: Logger;
  /** The current time; tests pin it. */
  clock: () => Date;
  sessionTtlMs: number;
}
