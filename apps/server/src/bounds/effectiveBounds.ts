import type { ParamBound, TemplateDefinition } from '@campaign-studio/sdk';
import type { Repositories } from '@campaign-studio/storage';

/** A template's bounds as they apply now: HQ's stored ones, else its template file's. */
export interface TemplateBounds {
  templateId: string;
  bounds: Record<string, ParamBound>;
  /** What the plugin's template file says, for "reset to the plugin's bounds". */
  fileBounds: Record<string, ParamBound>;
  /** Whether HQ has set bounds of its own. */
  overridden: boolean;
}

export async function effectiveBounds(
  repositories: Repositories,
  template: TemplateDefinition,
): Promise<TemplateBounds> {
  const fileBounds = template.bounds ?? {};
  const stored = await repositories.templateBounds.get(template.id);

  return {
    templateId: template.id,
    bounds: stored === undefined ? fileBounds : (stored as Record<string, ParamBound>),
    fileBounds,
    overridden: stored !== undefined,
  };
}
