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
  params(schema: Record<string, unknown>): ValidateFunction;
}

let shared: SchemaValidators | undefined;

/**
 * The validators, compiled once per process and shared by every engine: compiling schemas is
 * the slow part of creating an engine, and loading plugins creates several. Params validators
 * are cached by schema object, so blocks of different engines never mix.
 */
export function sharedSchemaValidators(): SchemaValidators {
  shared ??= createSchemaValidators();

  return shared;
}

function createSchemaValidators(): SchemaValidators {
  const ajv = createAjv();
  ajv.addSchema(campaignSchema, 'campaign');
  const definition = (name: string): ValidateFunction => {
    const validate = ajv.getSchema(`campaign#/definitions/${name}`);
    if (!validate) throw new Error(`campaign schema has no definition ${name}`);
    return validate;
  };
  const paramValidators = new WeakMap<object, ValidateFunction>();

  return {
    campaign: ajv.getSchema('campaign') as ValidateFunction,
    blockUse: definition('blockUse'),
    allGroup: definition('allGroup'),
    anyGroup: definition('anyGroup'),
    notGroup: definition('notGroup'),
    context: ajv.compile(contextSchema),
    params(schema) {
      let validate = paramValidators.get(schema);
      if (!validate) {
        validate = ajv.compile(schema);
        paramValidators.set(schema, validate);
      }
      return validate;
    },
  };
}

/**
 * The validator of a block's params schema, compiled once per process: what the engine checks
 * campaigns with, for the plugin loader to check block examples with too.
 */
export function paramsValidator(schema: Record<string, unknown>): ValidateFunction {
  return sharedSchemaValidators().params(schema);
}
