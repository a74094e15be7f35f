import type { ValidateFunction } from 'ajv';
import campaignSchema from '@campaign-studio/schemas/campaign.schema.json';
import contextSchema from '@campaign-studio/schemas/context.schema.json';
import { createAjv } from './create-ajv.js';

/** Compiled validators for the core schemas, made once per engine. */
export interface SchemaValidators {
  campaign: ValidateFunction;
  blockUse: ValidateFunction;
  allGroup: ValidateFunction;
  anyGroup: ValidateFunction;
  notGroup: ValidateFunction;
  context: ValidateFunction;
  /** Compiles (once) the params validator of a block schema. */
  params(blockId: string, schema: Record<string, unknown>): ValidateFunction;
}

export function createSchemaValidators(): SchemaValidators {
  const ajv = createAjv();
  ajv.addSchema(campaignSchema, 'campaign');
  const definition = (name: string): ValidateFunction => {
    const validate = ajv.getSchema(`campaign#/definitions/${name}`);
    if (!validate) throw new Error(`campaign schema has no definition ${name}`);
    return validate;
  };
  const paramValidators = new Map<string, ValidateFunction>();

  return {
    campaign: ajv.getSchema('campaign') as ValidateFunction,
    blockUse: definition('blockUse'),
    allGroup: definition('allGroup'),
    anyGroup: definition('anyGroup'),
    notGroup: definition('notGroup'),
    context: ajv.compile(contextSchema),
    params(blockId, schema) {
      let validate = paramValidators.get(blockId);
      if (!validate) {
        validate = ajv.compile(schema);
        paramValidators.set(blockId, validate);
      }
      return validate;
    },
  };
}
