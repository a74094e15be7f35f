import type { ErrorObject } from 'ajv';
import { createAjv, toIssues, type JsonSchema } from '@campaign-studio/engine';
import { UNHINTED_PATTERN, unhintedFormat } from './inputHints.js';
import { inputShapeIssues } from './inputShapeIssues.js';
import { InputIssuesError } from './InputIssuesError.js';

const ajv = createAjv();

/**
 * A tRPC input parser from a JSON Schema. It is compiled once, when the router is built; on
 * invalid input it throws with every problem (tRPC turns that into BAD_REQUEST and the error
 * formatter puts the issues in `error.data.issues`). `T` must describe what the schema accepts.
 * Every input is also refused with control characters in its text or nested too deep.
 */
export function jsonSchemaInput<T>(schema: JsonSchema): (input: unknown) => T {
  const validate = ajv.compile(schema);

  return (input: unknown): T => {
    // tRPC passes `undefined` for a procedure called without input; treat it as `{}` so that
    // "required" errors name the missing fields.
    const value = input === undefined ? {} : input;
    // Before the schema: its checks recurse, and it says nothing of control characters.
    const shape = inputShapeIssues(value);
    if (shape.length > 0) throw new InputIssuesError(shape);
    if (!validate(value)) throw new InputIssuesError(toIssues(validate.errors?.map(withHint)));

    return value as T;
  };
}

/**
 * Pattern and format errors are worded from the schema's `x-hint` (see inputHints.ts); one
 * without a hint gets a general one, so that no refusal shows a regular expression.
 */
function withHint(error: ErrorObject): ErrorObject {
  if (error.keyword !== 'pattern' && error.keyword !== 'format') return error;
  const parentSchema = (error.parentSchema ?? {}) as Record<string, unknown>;
  if (parentSchema['x-hint'] !== undefined) return error;

  const hint =
    error.keyword === 'format'
      ? unhintedFormat(String((error.params as { format?: unknown }).format))
      : UNHINTED_PATTERN;
  return { ...error, parentSchema: { ...parentSchema, 'x-hint': hint } };
}
