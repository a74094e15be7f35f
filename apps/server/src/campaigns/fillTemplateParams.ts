import { createAjv, toIssues } from '@campaign-studio/engine';
import type { TemplateDefinition } from '@campaign-studio/sdk';
import type { ValidateFunction } from 'ajv';
import { InputIssuesError } from '../trpc/InputIssuesError.js';

const ajv = createAjv({ useDefaults: true });
const validators = new WeakMap<TemplateDefinition, ValidateFunction>();

/**
 * The params a campaign records: the template's defaults with the caller's params over them,
 * checked against the template's params schema, so that what is stored is what the document
 * was built from. Issues point at `/params/...`.
 */
export function fillTemplateParams(
  template: TemplateDefinition,
  params: Record<string, unknown>,
): Record<string, unknown> {
  const filled = { ...structuredClone(template.defaults), ...structuredClone(params) };
  const validate = validatorFor(template);
  if (!validate(filled)) {
    throw new InputIssuesError(toIssues(validate.errors, '/params'), 'INVALID_TEMPLATE_PARAMS');
  }

  return filled;
}

function validatorFor(template: TemplateDefinition): ValidateFunction {
  let validate = validators.get(template);
  if (validate === undefined) {
    validate = ajv.compile(template.paramsSchema);
    validators.set(template, validate);
  }

  return validate;
}
