import { localizedError } from '../trpc/LocalizedError.js';

/** No such project, or one of another branch: the two are not told apart. */
export function projectNotFound(id: string) {
  return localizedError(
    'NOT_FOUND',
    `id: there is no connection project "${id}".`,
    `id：没有业扩工程 ${id}。`,
    'no-project',
  );
}
