import { formatYuan } from '@campaign-studio/engine';

type Json = unknown;
type Scope = Record<string, unknown>;

/**
 * Fills a template's campaign with params. Placeholders:
 * - `{"$param": "a.b"}`: the value at that path (a property whose value is missing is dropped);
 * - `{"$each": "list", "as": "item", "do": …}`: `do` once per item of the list param, with
 *   `item` and `$index` in scope; inside an array its results are spliced in place;
 * - `{"$format": "满{{item.threshold|yuan}}减{{item.amount|yuan}}"}`: a string, where `|yuan`
 *   shows fen as yuan;
 * - `{"$if": "path", "then": …, "else": …}`: `then` when the value at path is truthy.
 */
export function expandTemplate(node: Json, scope: Scope): Json {
  if (Array.isArray(node)) return node.flatMap((item) => expandInArray(item, scope));
  if (!isObject(node)) return node;
  if ('$param' in node) return lookup(scope, String(node.$param));
  if ('$format' in node) return format(String(node.$format), scope);
  if ('$each' in node) return expandEach(node, scope);
  if ('$if' in node) {
    return expandTemplate(lookup(scope, String(node.$if)) ? node.then : node.else, scope);
  }

  const result: Record<string, Json> = {};
  for (const [key, value] of Object.entries(node)) {
    const expanded = expandTemplate(value, scope);
    if (expanded !== undefined) result[key] = expanded;
  }

  return result;
}

function expandInArray(item: Json, scope: Scope): Json[] {
  if (isObject(item) && '$each' in item) return expandEach(item, scope);
  const expanded = expandTemplate(item, scope);

  return expanded === undefined ? [] : [expanded];
}

function expandEach(node: Record<string, Json>, scope: Scope): Json[] {
  const list = lookup(scope, String(node.$each));
  if (!Array.isArray(list)) return [];
  const name = typeof node.as === 'string' ? node.as : 'item';

  return list.map((item, index) =>
    expandTemplate(node.do, { ...scope, [name]: item, $index: index }),
  );
}

function lookup(scope: Scope, path: string): Json {
  let current: Json = scope;
  for (const segment of path.split('.')) {
    if (!isObject(current) && !Array.isArray(current)) return undefined;
    current = (current as Record<string, Json>)[segment];
  }

  return current;
}

function format(text: string, scope: Scope): string {
  const placeholder = /\{\{\s*([^}|\s]+)\s*(?:\|\s*(\w+)\s*)?\}\}/g;

  return text.replace(placeholder, (_, path: string, filter?: string) => {
    const value = lookup(scope, path);
    // Whole yuan read better in names: 59900 → "599", 501 → "5.01".
    if (filter === 'yuan' && typeof value === 'number') {
      return formatYuan(value).replace(/\.00$/, '');
    }
    return value === undefined ? '' : String(value);
  });
}

function isObject(value: Json): value is Record<string, Json> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
