import type { Database, Ledger, Repositories } from '@campaign-studio/storage';
import type { PluginRefusal, Registry } from '@campaign-studio/sdk';
import type { Logger } from 'pino';
import type { ServerCaches } from './caches/ServerCaches.js';

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
  /** Budgets, stock and caps that redemptions hold and use (docs/operations.md). */
  ledger: Ledger;
  /** How long a redemption's hold lasts before it expires unpaid. */
  holdMs: number;
  /** Sessions, branches and the campaigns' freshness, kept between calls. */
  caches: ServerCaches;
}
