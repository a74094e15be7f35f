import {
  createAjv,
  EngineError,
  lastField,
  toIssues,
  type CampaignDocument,
  type Engine,
  type LocalizedText,
  type ValidationIssue,
} from '@campaign-studio/engine';
import type { ValidateFunction } from 'ajv';
import { expandTemplateTraced, type ParamOrigin } from './expand-template.js';
import type { TemplateDefinition } from './types.js';

export interface CampaignIdentity {
  campaignId: string;
  branchId?: string;
  name?: LocalizedText;
}

const ajv = createAjv({ useDefaults: true });
const paramValidators = new WeakMap<TemplateDefinition, ValidateFunction>();

/**
 * Builds a campaign document from a template: params are checked against the template's
 * params schema (defaults filled in for what is missing), the campaign is expanded and then
 * validated by the engine. Issues of params point at `/params/<field>`; so do the campaign's
 * issues that stem from a param (a window ending before it starts, say), so that a form can
 * show each next to its field.
 */
export function instantiateTemplate(
  engine: Engine,
  template: TemplateDefinition,
  params: Record<string, unknown>,
  identity: CampaignIdentity,
): CampaignDocument {
  const filled = { ...structuredClone(template.defaults), ...structuredClone(params) };
  const validate = paramsValidator(template);
  if (!validate(filled)) {
    throw new EngineError('INVALID_TEMPLATE_PARAMS', toIssues(validate.errors, '/params'));
  }

  const traced = expandTemplateTraced(template.campaign, filled);
  const expanded = traced.value as Record<string, unknown>;
  const document = {
    ...expanded,
    id: identity.campaignId,
    version: 1,
    name: identity.name ?? expanded.name ?? template.name,
    plugin: template.id.split('.')[0],
    template: { id: template.id, version: template.version },
    ...(identity.branchId && { branchId: identity.branchId }),
  };
  const issues = engine.validateCampaign(document).map((issue) => toParams(issue, traced.origins));
  if (issues.length > 0) {
    const allParams = issues.every((issue) => issue.path.startsWith('/params/'));
    throw new EngineError(allParams ? 'INVALID_TEMPLATE_PARAMS' : 'INVALID_CAMPAIGN', issues);
  }

  return document as unknown as CampaignDocument;
}

function paramsValidator(template: TemplateDefinition): ValidateFunction {
  let validate = paramValidators.get(template);
  if (!validate) {
    validate = ajv.compile(template.paramsSchema);
    paramValidators.set(template, validate);
  }

  return validate;
}

/** Points an issue of the built campaign at the param it came from, when it came from one. */
function toParams(issue: ValidationIssue, origins: readonly ParamOrigin[]): ValidationIssue {
  let best: ParamOrigin | undefined;
  for (const origin of origins) {
    const covers = issue.path === origin.output || issue.path.startsWith(`${origin.output}/`);
    if (covers && (!best || origin.output.length > best.output.length)) best = origin;
  }
  if (!best) return issue;
  const path = `/params${best.param}${issue.path.slice(best.output.length)}`;

  return { ...issue, path, field: lastField(path) ?? issue.field ?? '' };
}
