/**
 * The plugin registry from the server: plugins with their blocks, templates and samples. It
 * changes only when the server loads other plugins, so one fetch per session is enough. Pages
 * get it flattened, each item knowing its plugin.
 */
import { useMemo } from 'react';
import { useQuery } from '@tanstack/react-query';
import type { inferRouterOutputs } from '@trpc/server';
import type { AppRouter } from '@campaign-studio/server';
import { useTRPC } from './trpc.js';
import type { Registry } from './types.js';

type RegistryOutput = inferRouterOutputs<AppRouter>['registry']['get'];

export function flattenRegistry(output: RegistryOutput): Registry {
  return {
    plugins: output.plugins.map(({ id, name, description, version }) => ({
      id,
      name,
      description,
      version,
    })),
    blocks: output.plugins.flatMap((plugin) => plugin.blocks),
    templates: output.plugins.flatMap((plugin) => plugin.templates),
    samples: output.plugins.flatMap((plugin) =>
      plugin.samples.map((sample) => ({ ...sample, plugin: plugin.id })),
    ),
    refused: output.refused,
  };
}

export function useRegistry() {
  const trpc = useTRPC();
  const query = useQuery({ ...trpc.registry.get.queryOptions(), staleTime: Infinity });
  const registry = useMemo(
    () => (query.data ? flattenRegistry(query.data) : undefined),
    [query.data],
  );

  return { ...query, registry };
}

/** The plugin a block or template id belongs to: the part before the first dot. */
export function pluginOf(id: string): string {
  const dot = id.indexOf('.');

  return dot < 0 ? id : id.slice(0, dot);
}
