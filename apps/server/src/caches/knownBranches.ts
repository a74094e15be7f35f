import type { Repositories } from '@campaign-studio/storage';
import type { TableWrites } from './tableWrites.js';

/**
 * Branch ids known to exist. Branches are added, never removed or renamed, so a branch once
 * found stays found; an id not yet known is asked of the database (a branch another process
 * just created is found there). Cleared when this process changes a branch row, in case a
 * later version does remove them.
 */
export class KnownBranches {
  private readonly known = new Set<string>();
  private loadedAt = performance.now();

  constructor(private readonly writes: TableWrites) {}

  async exists(branches: Repositories['branches'], branchId: string): Promise<boolean> {
    if (!this.writes.settled('branches', this.loadedAt, true)) {
      this.known.clear();
      this.loadedAt = performance.now();
    }
    if (this.known.has(branchId)) return true;

    const found = (await branches.get(branchId)) !== undefined;
    if (found) this.known.add(branchId);
    return found;
  }
}
