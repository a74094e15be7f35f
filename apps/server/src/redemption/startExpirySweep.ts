import type { AppServices } from '../AppServices.js';

export interface ExpirySweep {
  /** Runs one sweep now; the number of holds it released. */
  sweep(): Promise<number>;
  stop(): Promise<void>;
}

/** Default pause between sweeps: a hold is released at most this long after its expiry. */
export const SWEEP_EVERY_MS = 5000;

/**
 * Releases expired holds at start (a server that was down leaves holds behind) and then every
 * few seconds. Several servers may sweep the same database: the ledger skips holds another
 * sweeper has locked, so each hold is released once.
 */
export async function startExpirySweep(
  services: AppServices,
  everyMs = SWEEP_EVERY_MS,
): Promise<ExpirySweep> {
  let running: Promise<number> | undefined;
  const sweep = async (): Promise<number> => {
    // One sweep at a time per process; a slow one is not stacked on by the timer.
    running ??= services.ledger.releaseExpired(services.clock()).finally(() => {
      running = undefined;
    });
    return running;
  };
  const released = await sweep();
  if (released > 0) services.logger.info({ released }, 'expired redemption holds released');

  const timer = setInterval(() => {
    sweep().then(
      (count) => {
        if (count > 0) services.logger.info({ released: count }, 'expired holds released');
      },
      (error: unknown) => services.logger.warn({ err: error }, 'expiry sweep failed'),
    );
  }, everyMs);
  timer.unref();

  return {
    sweep,
    stop: async () => {
      clearInterval(timer);
      await running?.catch(() => undefined);
    },
  };
}
