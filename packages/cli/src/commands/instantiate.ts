import { CliError, EXIT_OK } from '../cli-error.js';
import type { CommandOutput } from '../command-output.js';
import { explainEngineErrors } from '../explain-engine-errors.js';
import type { Lang } from '../format-issues.js';
import { describeRefusals, readJsonObject, type LoadedRegistry } from '../load.js';

export interface InstantiateOptions {
  templateId: string;
  /** JSON file of params; what it leaves out takes the template's defaults. */
  paramsFile?: string;
  /** Id of the campaign made; defaults to the template's name without its plugin prefix. */
  campaignId?: string;
  branchId?: string;
  lang?: Lang;
  cwd?: string;
}

/** Prints the campaign document a template makes with the given params, as JSON. */
export async function instantiateCommand(
  loaded: LoadedRegistry,
  options: InstantiateOptions,
): Promise<CommandOutput> {
  const { registry } = loaded;
  const lang = options.lang ?? 'en';
  if (!registry.template(options.templateId)) {
    const known = registry.plugins.flatMap((plugin) => plugin.templates.map((entry) => entry.id));
    const list = known.length > 0 ? known.join(', ') : 'none (no plugin loaded)';
    throw new CliError(`Unknown template ${options.templateId}. Templates: ${list}`);
  }

  const params = options.paramsFile
    ? await readJsonObject(options.paramsFile, 'template params', options.cwd)
    : {};
  const campaignId = options.campaignId ?? defaultCampaignId(options.templateId);
  const identity =
    options.branchId === undefined ? { campaignId } : { campaignId, branchId: options.branchId };

  const source = options.paramsFile ?? `template ${options.templateId}`;
  const instantiate = () => registry.instantiate(options.templateId, params, identity);
  const document = explainEngineErrors(instantiate, source, lang);

  return {
    exitCode: EXIT_OK,
    stdout: `${JSON.stringify(document, undefined, 2)}\n`,
    stderr: describeRefusals(loaded.refused),
  };
}

/** `ecommerce.tiered-coupons` → `tiered-coupons`. */
function defaultCampaignId(templateId: string): string {
  return templateId.slice(templateId.indexOf('.') + 1);
}
