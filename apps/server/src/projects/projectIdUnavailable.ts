import { localizedError } from '../trpc/LocalizedError.js';

/**
 * A project id another branch holds. Ids are shared by all branches, so it cannot be used
 * here; the answer names neither the branch nor anything of the project.
 */
export function projectIdUnavailable(id: string) {
  return localizedError(
    'CONFLICT',
    `id: the project id "${id}" cannot be used; choose another.`,
    `id：工程编号 ${id} 不能使用，请换一个。`,
    'id-unavailable',
  );
}
