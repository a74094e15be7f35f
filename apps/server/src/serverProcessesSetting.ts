/** More would only queue on the cores and multiply the database connections. */
export const MAX_SERVER_PROCESSES = 64;

/**
 * `SERVER_PROCESSES`: how many server processes share the port (default 1). Several need
 * PostgreSQL: each process keeps the published campaigns, sessions and branches in memory,
 * and PostgreSQL's `campaigns_changed` notifications keep those copies in step.
 */
export function parseServerProcesses(value: string | undefined): number {
  if (value === undefined || value.trim() === '') return 1;

  // Digits only: Number() would also take "0x2", "2e0" and "1.0".
  const parsed = /^\d+$/.test(value.trim()) ? Number(value) : Number.NaN;
  if (!Number.isInteger(parsed) || parsed < 1 || parsed > MAX_SERVER_PROCESSES) {
    throw new Error(
      `SERVER_PROCESSES must be a whole number from 1 to ${MAX_SERVER_PROCESSES} ` +
        `(got "${value}"); unset it for one process.`,
    );
  }
  return parsed;
}

export interface ServerProcessesPlan {
  count: number;
  /** Why fewer processes run than were asked for: for the log. */
  ignored?: string;
}

/** As asked on PostgreSQL; on PGlite one, since PGlite lives inside its one process. */
export function serverProcessesPlan(
  asked: number,
  databaseUrl: string | undefined,
): ServerProcessesPlan {
  if (asked === 1 || (databaseUrl !== undefined && databaseUrl !== '')) return { count: asked };

  return {
    count: 1,
    ignored:
      `SERVER_PROCESSES=${asked} ignored: without DATABASE_URL the database is PGlite, ` +
      'which serves one process; running one. Set DATABASE_URL (PostgreSQL) for several.',
  };
}
