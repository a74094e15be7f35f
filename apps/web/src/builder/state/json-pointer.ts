/**
 * JSON pointers (RFC 6901) over plain JSON values, with immutable updates. The builder names
 * every slot and block by its pointer into the campaign document, the same pointer the
 * server's validation issues carry, so a problem links straight to its block and field.
 */

export type Json = unknown;

export function parsePointer(pointer: string): string[] {
  if (pointer === '') return [];

  return pointer
    .slice(1)
    .split('/')
    .map((step) => step.replace(/~1/g, '/').replace(/~0/g, '~'));
}

export function toPointer(steps: readonly (string | number)[]): string {
  return steps.map((step) => `/${String(step).replace(/~/g, '~0').replace(/\//g, '~1')}`).join('');
}

/** The pointer of the array holding an item and the item's index in it. */
export function splitLast(pointer: string): { parent: string; last: string } {
  const steps = parsePointer(pointer);
  const last = steps.pop() ?? '';

  return { parent: toPointer(steps), last };
}

function isRecord(value: Json): value is Record<string, Json> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function getAt(root: Json, pointer: string): Json {
  let node = root;
  for (const step of parsePointer(pointer)) {
    if (Array.isArray(node)) node = node[Number(step)];
    else if (isRecord(node)) node = node[step];
    else return undefined;
  }
  return node;
}

/**
 * A copy of `root` with the value at `pointer` replaced by `update(old)`; `undefined` removes
 * an object key. Missing containers on the way are created (an array when the next step is a
 * number), so a first condition can be dropped into a rule that has no `when` yet.
 */
export function updateAt(root: Json, pointer: string, update: (old: Json) => Json): Json {
  return updateSteps(root, parsePointer(pointer), update);
}

function updateSteps(node: Json, steps: readonly string[], update: (old: Json) => Json): Json {
  const [step, ...rest] = steps;
  if (step === undefined) return update(node);

  const container: Json = node ?? (/^\d+$/.test(step) ? [] : {});
  if (Array.isArray(container)) {
    const copy = [...container];
    copy[Number(step)] = updateSteps(copy[Number(step)], rest, update);
    return copy;
  }
  if (!isRecord(container)) throw new TypeError(`cannot step into a ${typeof container}`);

  const value = updateSteps(container[step], rest, update);
  const { [step]: _old, ...others } = container;
  return value === undefined ? others : { ...others, [step]: value };
}

/** Whether `pointer` is `ancestor` itself or lies inside it. */
export function isWithin(pointer: string, ancestor: string): boolean {
  return pointer === ancestor || pointer.startsWith(`${ancestor}/`);
}

/**
 * Where `pointer` points once the array item at `removed` is gone: a later sibling (or what is
 * inside one) moves up by one.
 */
export function afterRemoval(pointer: string, removed: string): string {
  const { parent, last } = splitLast(removed);
  if (!isWithin(pointer, parent) || pointer === parent) return pointer;

  const steps = parsePointer(pointer);
  const depth = parsePointer(parent).length;
  const index = Number(steps[depth]);
  if (Number.isInteger(index) && index > Number(last)) steps[depth] = String(index - 1);
  return toPointer(steps);
}
