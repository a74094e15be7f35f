import cluster, { type Worker } from 'node:cluster';
import type { Logger } from 'pino';

export interface ServerProcesses {
  /** Where the workers listen, all on the one port. */
  url: string;
  /** Worker process ids, in start order. */
  pids: number[];
  /** Asks every worker to close (SIGTERM) and waits until all have exited. */
  stop(): Promise<void>;
  /** Settles when the workers are gone: 0 after `stop()`, 1 when one exited by itself. */
  exited: Promise<number>;
}

/**
 * From the primary of a `node:cluster`: forks `count` workers that re-run this process's
 * script (each sees `cluster.isWorker` and starts a server) and share its listening port; the
 * primary hands them the connections in turn and serves nothing itself. The first worker
 * starts alone: on an empty database it migrates and seeds, which must happen once; the
 * others start when it listens. Resolves when all of them listen.
 *
 * A worker that exits by itself (a crash) stops the others: `exited` settles with 1, for the
 * caller to exit with, so that whatever supervises the server restarts it whole.
 */
export async function startServerProcesses(
  count: number,
  logger: Logger,
): Promise<ServerProcesses> {
  const workers: Worker[] = [];
  let stopping = false;
  let crashed = false;
  let settle: (code: number) => void = () => undefined;
  const exited = new Promise<number>((resolve) => {
    settle = resolve;
  });
  const live = new Set<Worker>();

  const stop = async () => {
    stopping = true;
    const gone = [...live].map(
      (worker) => new Promise<void>((resolve) => worker.once('exit', () => resolve())),
    );
    for (const worker of live) worker.process.kill('SIGTERM');
    await Promise.all(gone);
  };

  const fork = () =>
    new Promise<{ worker: Worker; url: string }>((resolve, reject) => {
      const worker = cluster.fork();
      workers.push(worker);
      live.add(worker);
      worker.once('listening', (address) => {
        const host = address.address ?? '127.0.0.1';
        const url = `http://${host.includes(':') ? `[${host}]` : host}:${address.port}`;
        resolve({ worker, url });
      });
      worker.once('exit', (code, signal) => {
        live.delete(worker);
        // Nothing when it listened already: a promise settles once.
        reject(new Error(`server process ${worker.process.pid} ended before listening`));
        if (!stopping) {
          crashed = true;
          logger.error(
            { workerPid: worker.process.pid, code, signal },
            'a server process ended by itself; stopping the others',
          );
          void stop();
        }
        if (live.size === 0) settle(crashed ? 1 : 0);
      });
    });

  try {
    const { url } = await fork();
    await Promise.all(Array.from({ length: count - 1 }, fork));
    logger.info({ processes: count, url }, 'server processes listening');
    return {
      url,
      pids: workers.map((worker) => worker.process.pid ?? 0),
      stop,
      exited,
    };
  } catch (error) {
    await stop();
    throw error;
  }
}
