import {
  createAjv,
  EngineError,
  toIssues,
  type CampaignDocument,
  type Engine,
  type LocalizedText,
} from '@campaign-studio/engine';
import type { ValidateFunction } from 'ajv';
import { expandTemplate } from './expand-template.js';
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
 * validated by the engine. Issues of params point at `/params/<field>`.
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

  const expanded = expandTemplate(template.campaign, filled) as Record<string, unknown>;
  const document = {
    ...expanded,
    id: identity.campaignId,
    version: 1,
    name: identity.name ?? expanded.name ?? template.name,
    plugin: template.id.split('.')[0],
    template: { id: template.id, version: template.version },
    ...(identity.branchId && { branchId: identity.branchId }),
  };
  const issues = engine.validateCampaign(document);
  if (issues.length > 0) throw new EngineError('INVALID_CAMPAIGN', issues);

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
