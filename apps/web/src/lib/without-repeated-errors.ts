/**
 * The server's errors for a form, less those the form's own live check already shows at the
 * same field: both describe a mistake in the same words, and one mistake should read once.
 */
import type { ErrorSchema } from '@rjsf/utils';

type Node = { __errors?: string[] } & { [field: string]: unknown };

export function withoutRepeatedErrors(
  server: ErrorSchema | undefined,
  live: ErrorSchema | undefined,
): ErrorSchema | undefined {
  if (server === undefined || live === undefined) return server;
  return prune(server as Node, live as Node) as ErrorSchema | undefined;
}

function prune(server: Node, live: Node): Node | undefined {
  const kept: Node = {};
  const shown = new Set(live.__errors ?? []);
  const errors = (server.__errors ?? []).filter((message) => !shown.has(message));
  if (errors.length > 0) kept.__errors = errors;

  for (const [field, child] of Object.entries(server)) {
    if (field === '__errors' || typeof child !== 'object' || child === null) continue;
    const liveChild = (live[field] ?? {}) as Node;
    const rest = prune(child as Node, liveChild);
    if (rest !== undefined) kept[field] = rest;
  }
  return Object.keys(kept).length === 0 ? undefined : kept;
}
