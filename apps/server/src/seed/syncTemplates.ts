import type { Registry } from '@campaign-studio/sdk';
import type { Repositories } from '@campaign-studio/storage';

/**
 * Stores every loaded template version that is not stored yet, so that campaigns keep the
 * exact definition they were made from even after a plugin upgrade.
 * @returns the ids (`id@version`) that were new.
 */
export async function syncTemplates(
  registry: Registry,
  repositories: Repositories,
): Promise<string[]> {
  const added: string[] = [];
  for (const plugin of registry.plugins) {
    for (const template of plugin.templates) {
      const isNew = await repositories.templates.insertIfMissing({
        id: template.id,
        version: template.version,
        plugin: plugin.id,
        definition: JSON.parse(JSON.stringify(template)) as Record<string, unknown>,
      });
      if (isNew) added.push(`${template.id}@${template.version}`);
    }
  }

  return added;
}
