/**
 * Params without the empty arrays and objects a generated form fills in for optional fields.
 * An empty "only these categories" list would match no line at all, which nobody means by
 * leaving the field alone.
 */
export function pruneParams(params: Record<string, unknown>): Record<string, unknown> {
  const pruned: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(params)) {
    const kept = pruneValue(value);
    if (kept !== undefined) pruned[key] = kept;
  }
  return pruned;
}

function pruneValue(value: unknown): unknown {
  if (Array.isArray(value)) return value.length === 0 ? undefined : value;
  if (typeof value !== 'object' || value === null) return value;

  const inner = pruneParams(value as Record<string, unknown>);
  return Object.keys(inner).length === 0 ? undefined : inner;
}
