import type { LocalizedText } from '@campaign-studio/engine';
import type { Repositories } from '@campaign-studio/storage';

/**
 * The display names of the people who published versions, by user id, for the versions list
 * (the shell shows names, not ids). A user who no longer exists is left out.
 */
export async function publisherNames(
  repositories: Repositories,
  userIds: readonly (string | undefined)[],
): Promise<Map<string, LocalizedText>> {
  const names = new Map<string, LocalizedText>();
  for (const id of new Set(userIds)) {
    if (id === undefined) continue;
    const user = await repositories.users.get(id);
    if (user === undefined) continue;
    names.set(id, { 'zh-CN': user.displayName, en: user.displayNameEn ?? user.displayName });
  }

  return names;
}
