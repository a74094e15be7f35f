import { splitLast } from './json-pointer.js';

export type SlotKind = 'condition' | 'benefit';

/** What a slot takes: a rule's `then` takes benefits; `when`, `all` and `any` take conditions. */
export function slotKind(slot: string): SlotKind {
  return splitLast(slot).last === 'then' ? 'benefit' : 'condition';
}

/** The pointer of the slot a rule's conditions are dropped into (its root `all` group). */
export function conditionSlotOf(rulePath: string, when: unknown): string {
  if (typeof when === 'object' && when !== null && 'any' in when) return `${rulePath}/when/any`;

  return `${rulePath}/when/all`;
}
