/**
 * Every edit the builder makes to a campaign document, as a pure function. The canvas edits
 * exactly the engine's CampaignDocument; slots and blocks are named by JSON pointer.
 */
import type { CampaignDocument, Rule } from '@campaign-studio/engine';
import { afterRemoval, getAt, isWithin, splitLast, updateAt, type Json } from './json-pointer.js';

export type BuilderAction =
  /** Put a new node (a block use or a group) into the array at `slot`, at `index`. */
  | { type: 'insert'; slot: string; index: number; node: Json }
  /** Move the array item at `from` into the array at `slot`, to end up at `index`. */
  | { type: 'move'; from: string; slot: string; index: number }
  | { type: 'remove'; path: string }
  | { type: 'duplicateRule'; path: string }
  /** Append an empty rule to the rules array at `rules`. */
  | { type: 'addRule'; rules: string }
  | { type: 'setParams'; path: string; params: Record<string, unknown> }
  /** Any other field (name, window, phases, ruleSelection, stacking); `undefined` removes it. */
  | { type: 'set'; path: string; value: Json };

type Doc = CampaignDocument;

function cast(value: Json): Doc {
  return value as Doc;
}

function insertInto(doc: Doc, slot: string, index: number, node: Json): Doc {
  return cast(
    updateAt(doc, slot, (old) => {
      const list = Array.isArray(old) ? [...(old as Json[])] : [];
      list.splice(Math.max(0, Math.min(index, list.length)), 0, structuredClone(node));
      return list;
    }),
  );
}

/**
 * Removes the item at `path`. A rule's condition group left empty goes too, so that the rule
 * reads "always" rather than carrying an empty group the schema refuses.
 */
function removeAt(doc: Doc, path: string): Doc {
  const { parent, last } = splitLast(path);
  const container = getAt(doc, parent);
  let next: Doc;
  if (Array.isArray(container)) {
    next = cast(updateAt(doc, parent, () => container.filter((_, i) => i !== Number(last))));
  } else {
    next = cast(updateAt(doc, path, () => undefined));
  }

  const group = splitLast(parent);
  const when = splitLast(group.parent);
  const emptied = getAt(next, parent);
  if (when.last === 'when' && Array.isArray(emptied) && emptied.length === 0) {
    return cast(updateAt(next, group.parent, () => undefined));
  }
  return next;
}

function move(doc: Doc, from: string, slot: string, index: number): Doc {
  // A group cannot go inside itself.
  if (isWithin(slot, from)) return doc;

  const node = getAt(doc, from);
  if (node === undefined) return doc;

  const { parent } = splitLast(from);
  const removed = removeAt(doc, from);
  const target = parent === slot ? slot : afterRemoval(slot, from);
  const moved = insertInto(removed, target, index, node);
  return JSON.stringify(moved) === JSON.stringify(doc) ? doc : moved;
}

function allRuleIds(doc: Doc): Set<string> {
  const rules = [...(doc.rules ?? []), ...(doc.phases ?? []).flatMap((phase) => phase.rules)];

  return new Set(rules.map((rule) => rule.id));
}

/** `base`, or `base-2`, `base-3`…: the first id no rule of the document has. */
export function freeRuleId(doc: Doc, base: string): string {
  const taken = allRuleIds(doc);
  if (!taken.has(base)) return base;

  let n = 2;
  while (taken.has(`${base}-${n}`)) n += 1;
  return `${base}-${n}`;
}

function duplicateRule(doc: Doc, path: string): Doc {
  const rule = getAt(doc, path) as Rule | undefined;
  if (rule === undefined) return doc;

  const { parent, last } = splitLast(path);
  const copy: Rule = { ...structuredClone(rule), id: freeRuleId(doc, `${rule.id}-copy`) };
  return insertInto(doc, parent, Number(last) + 1, copy);
}

function addRule(doc: Doc, rules: string): Doc {
  const list = getAt(doc, rules);
  const count = Array.isArray(list) ? list.length : 0;
  const rule: Rule = { id: freeRuleId(doc, `rule-${count + 1}`), then: [] };

  return insertInto(doc, rules, count, rule);
}

export function builderReducer(doc: Doc, action: BuilderAction): Doc {
  switch (action.type) {
    case 'insert':
      return insertInto(doc, action.slot, action.index, action.node);
    case 'move':
      return move(doc, action.from, action.slot, action.index);
    case 'remove':
      return getAt(doc, action.path) === undefined ? doc : removeAt(doc, action.path);
    case 'duplicateRule':
      return duplicateRule(doc, action.path);
    case 'addRule':
      return addRule(doc, action.rules);
    case 'setParams':
      // Forms report their value on mount too; an unchanged value is not an edit.
      if (JSON.stringify(getAt(doc, `${action.path}/params`)) === JSON.stringify(action.params)) {
        return doc;
      }
      return cast(updateAt(doc, `${action.path}/params`, () => structuredClone(action.params)));
    case 'set':
      return cast(updateAt(doc, action.path, () => structuredClone(action.value)));
  }
}
