/**
 * Names for the ids the server returns: branches (from `branches.list`) and plugins (from the
 * registry), in the shell's language, falling back to the id itself.
 */
import { useCallback } from 'react';
import { useQuery } from '@tanstack/react-query';
import { useLocale } from '../i18n/locale-context.js';
import { localize } from '../lib/localized.js';
import { useTRPC } from './trpc.js';
import { useRegistry } from './use-registry.js';

export function useNames() {
  const trpc = useTRPC();
  const { locale } = useLocale();
  const branches = useQuery({ ...trpc.branches.list.queryOptions(), staleTime: Infinity });
  const { registry } = useRegistry();

  const branchName = useCallback(
    (id: string) => {
      const branch = branches.data?.find((candidate) => candidate.id === id);
      if (!branch) return id;
      return locale === 'en' ? branch.nameEn : branch.nameZh;
    },
    [branches.data, locale],
  );
  const pluginName = useCallback(
    (id: string) => {
      const plugin = registry?.plugins.find((candidate) => candidate.id === id);
      return plugin ? localize(plugin.name, locale) || id : id;
    },
    [registry, locale],
  );

  return { branchName, pluginName };
}
