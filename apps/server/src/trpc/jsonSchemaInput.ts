import { createAjv, toIssues, type JsonSchema } from '@campaign-studio/engine';
import { InputIssuesError } from './InputIssuesError.js';

const ajv = createAjv();

/**
 * A tRPC input parser from a JSON Schema. It is compiled once, when the router is built; on
 * invalid input it throws with every problem (tRPC turns that into BAD_REQUEST and the error
 * formatter puts the issues in `error.data.issues`). `T` must describe what the schema accepts.
 */
export function jsonSchemaInput<T>(schema: JsonSchema): (input: unknown) => T {
  const validate = ajv.compile(schema);

  return (input: unknown): T => {
    // tRPC passes `undefined` for a procedure called without input; treat it as `{}` so that
    // "required" errors name the missing fields.
    const value = input === undefined ? {} : input;
    if (!validate(value)) throw new InputIssuesError(toIssues(validate.errors));

    return value as T;
  };
}
