import { EXIT_OK } from '../cli-error.js';
import type { CommandOutput } from '../command-output.js';
import type { Lang } from '../format-issues.js';
import { describeRefusals, type LoadedRegistry } from '../load.js';

export interface TemplatesOptions {
  lang?: Lang;
  /** Print id, version, plugin, scenarios, name and description as JSON instead of a list. */
  json?: boolean;
}

/** Lists the templates of the loaded plugins: id, version, scenarios and name. */
export function templatesCommand(
  loaded: LoadedRegistry,
  options: TemplatesOptions = {},
): CommandOutput {
  const lang = options.lang ?? 'en';
  const stderr = describeRefusals(loaded.refused);
  const templates = loaded.registry.plugins.flatMap((plugin) =>
    plugin.templates.map((template) => ({
      id: template.id,
      version: template.version,
      plugin: plugin.id,
      scenarios: template.scenarios ?? [],
      name: template.name,
      description: template.description,
    })),
  );
  if (options.json === true) {
    return { exitCode: EXIT_OK, stdout: `${JSON.stringify(templates, undefined, 2)}\n`, stderr };
  }

  const rows = templates.map((template) => [
    template.id,
    `v${template.version}`,
    template.scenarios.join(',') || '-',
    template.name[lang],
  ]);
  const widths = [0, 1, 2].map((column) =>
    Math.max(0, ...rows.map((row) => (row[column] ?? '').length)),
  );
  const lines = rows.map((row) =>
    row
      .map((cell, column) => cell.padEnd(widths[column] ?? 0))
      .join('  ')
      .trimEnd(),
  );

  return { exitCode: EXIT_OK, stdout: lines.map((line) => `${line}\n`).join(''), stderr };
}
