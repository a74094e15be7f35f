import {
  AliasNode,
  TableNode,
  type KyselyPlugin,
  type OperationNode,
  type PluginTransformQueryArgs,
  type PluginTransformResultArgs,
  type QueryResult,
  type RootOperationNode,
  type UnknownRow,
} from 'kysely';

/**
 * How long after a write to a table this process keeps asking the database instead of its
 * caches. The plugin sees the statement, not the commit: a read made by another request
 * before the writing transaction commits would otherwise be cached as current. Transactions
 * here last milliseconds; a slower commit is still caught by the caches' own bounds (the
 * published set's once-a-second stamp check, the session cache's 5 s).
 */
export const SETTLE_MS = 1_000;

/**
 * When this process last wrote each table, from a Kysely plugin on the server's database:
 * every write through it (repositories, transactions, seeds) is seen, whichever router or
 * service made it, so a cache can tell whether what it loaded is still what the table holds.
 * Raw SQL statements (the ledger's) are not attributed to a table.
 */
export class TableWrites implements KyselyPlugin {
  private readonly lastWrite = new Map<string, number>();

  /**
   * Whether a value of `table` loaded at `loadedAt` (performance.now) may be trusted. With
   * `changesOnly`, new rows do not count (a new session leaves a cached one valid).
   */
  settled(table: string, loadedAt: number, changesOnly = false): boolean {
    const written = this.lastWrite.get(changesOnly ? `${table}:changed` : table);
    return written === undefined || loadedAt >= written + SETTLE_MS;
  }

  /** Marks `table` written now: `changed` for an update or delete of existing rows. */
  wrote(table: string, changed: boolean): void {
    const now = performance.now();
    this.lastWrite.set(table, now);
    if (changed) this.lastWrite.set(`${table}:changed`, now);
  }

  transformQuery(args: PluginTransformQueryArgs): RootOperationNode {
    const table = writtenTable(args.node);
    if (table !== undefined) this.wrote(table, args.node.kind !== 'InsertQueryNode');
    return args.node;
  }

  transformResult(args: PluginTransformResultArgs): Promise<QueryResult<UnknownRow>> {
    return Promise.resolve(args.result);
  }
}

function writtenTable(node: RootOperationNode): string | undefined {
  switch (node.kind) {
    case 'InsertQueryNode':
      return tableName(node.into);
    case 'UpdateQueryNode':
      return tableName(node.table);
    case 'DeleteQueryNode':
      return tableName(node.from.froms[0]);
    default:
      return undefined;
  }
}

function tableName(node: OperationNode | undefined): string | undefined {
  if (node === undefined) return undefined;
  if (TableNode.is(node)) return node.table.identifier.name;
  if (AliasNode.is(node)) return tableName(node.node);
  return undefined;
}
