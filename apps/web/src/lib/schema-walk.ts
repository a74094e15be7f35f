/**
 * Small helpers to read param schemas, which arrive from the server as plain JSON.
 */
import type { JsonSchema } from '@campaign-studio/engine';

export function isSchema(value: unknown): value is JsonSchema {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function schemaProperties(schema: JsonSchema): Record<string, JsonSchema> {
  const properties = schema.properties;
  if (!isSchema(properties)) return {};

  const result: Record<string, JsonSchema> = {};
  for (const [name, child] of Object.entries(properties)) {
    if (isSchema(child)) result[name] = child;
  }
  return result;
}

export function schemaItems(schema: JsonSchema): JsonSchema | undefined {
  return isSchema(schema.items) ? schema.items : undefined;
}

/** The sub-schema at a path of property names and indices (`['tiers', '0', 'amount']`). */
export function schemaAt(schema: JsonSchema, path: readonly string[]): JsonSchema | undefined {
  let current: JsonSchema | undefined = schema;
  for (const step of path) {
    if (!current) return undefined;
    const items = schemaItems(current);
    current = items && /^\d+$/.test(step) ? items : schemaProperties(current)[step];
  }
  return current;
}

export function unitOf(schema: JsonSchema | undefined): string | undefined {
  const unit = schema?.['x-unit'];

  return typeof unit === 'string' ? unit : undefined;
}
