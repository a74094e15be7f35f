import { formatYuan } from '@campaign-studio/engine';

type Json = unknown;
type Scope = Record<string, unknown>;

/** Which part of the expanded campaign came from which param: `/window` ← `usableDays`. */
export interface ParamOrigin {
  /** JSON pointer into the expanded campaign. */
  output: string;
  /** JSON pointer into the params, e.g. `/tiers/2/amount`. */
  param: string;
}

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
  return new Expander().expand(node, scope, '', new Map());
}

/** Like `expandTemplate`, and also says where each `$param` landed in the result. */
export function expandTemplateTraced(
  node: Json,
  scope: Scope,
): { value: Json; origins: ParamOrigin[] } {
  const expander = new Expander();
  const value = expander.expand(node, scope, '', new Map());

  return { value, origins: expander.origins };
}

/** Scope names bound by `$each` → the params pointer of the item they stand for. */
type Bindings = Map<string, string>;

class Expander {
  readonly origins: ParamOrigin[] = [];

  expand(node: Json, scope: Scope, at: string, bindings: Bindings): Json {
    if (Array.isArray(node)) return this.expandArray(node, scope, at, bindings);
    if (!isObject(node)) return node;
    if ('$param' in node) {
      const path = String(node.$param);
      this.origins.push({ output: at, param: paramPointer(path, bindings) });
      return lookup(scope, path);
    }
    if ('$format' in node) return format(String(node.$format), scope);
    if ('$each' in node) return this.expandEach(node, scope, at, bindings, 0);
    if ('$if' in node) {
      const branch = lookup(scope, String(node.$if)) ? node.then : node.else;
      return this.expand(branch, scope, at, bindings);
    }

    const result: Record<string, Json> = {};
    for (const [key, value] of Object.entries(node)) {
      const expanded = this.expand(value, scope, `${at}/${key}`, bindings);
      if (expanded !== undefined) result[key] = expanded;
    }

    return result;
  }

  private expandArray(items: Json[], scope: Scope, at: string, bindings: Bindings): Json[] {
    const result: Json[] = [];
    for (const item of items) {
      if (isObject(item) && '$each' in item) {
        result.push(...this.expandEach(item, scope, at, bindings, result.length));
        continue;
      }
      const expanded = this.expand(item, scope, `${at}/${result.length}`, bindings);
      if (expanded !== undefined) result.push(expanded);
    }

    return result;
  }

  /** Items land at `at/start`, `at/start+1`, … of the array they are spliced into. */
  private expandEach(
    node: Record<string, Json>,
    scope: Scope,
    at: string,
    bindings: Bindings,
    start: number,
  ): Json[] {
    const listPath = String(node.$each);
    const list = lookup(scope, listPath);
    if (!Array.isArray(list)) return [];
    const name = typeof node.as === 'string' ? node.as : 'item';
    const listPointer = paramPointer(listPath, bindings);

    return list.map((item, index) => {
      const inner = new Map(bindings).set(name, `${listPointer}/${index}`);
      const itemScope = { ...scope, [name]: item, $index: index };
      return this.expand(node.do, itemScope, `${at}/${start + index}`, inner);
    });
  }
}

/**
 * `tier.amount` with `tier` bound to `/tiers/2` → `/tiers/2/amount`;
 * `usableDays` → `/usableDays`.
 */
function paramPointer(path: string, bindings: Bindings): string {
  const [head = '', ...rest] = path.split('.');
  const base = bindings.get(head) ?? `/${head}`;

  return [base, ...rest].join('/');
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
