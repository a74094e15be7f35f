/**
 * What a drag carries and where it may land. Palette items create a node; canvas items move
 * the node at their pointer. Conditions go into condition slots, benefits into `then`.
 */
import type { BuilderAction } from './state/builder-reducer.js';
import { splitLast } from './state/json-pointer.js';
import { slotKind, type SlotKind } from './state/slot-kind.js';

export type DragSource =
  | { from: 'palette'; kind: SlotKind; node: unknown; label: string }
  | { from: 'canvas'; path: string; label: string };

export type DropTarget =
  { to: 'item'; slot: string; index: number } | { to: 'slot'; slot: string; length: number };

/** The edit a drop makes, or undefined when the drop is refused (wrong kind, nowhere). */
export function dropAction(
  source: DragSource,
  target: DropTarget | undefined,
): BuilderAction | undefined {
  if (target === undefined) return undefined;

  const index = target.to === 'item' ? target.index : target.length;
  if (source.from === 'palette') {
    if (source.kind !== slotKind(target.slot)) return undefined;
    return { type: 'insert', slot: target.slot, index, node: source.node };
  }

  const { parent } = splitLast(source.path);
  if (slotKind(parent) !== slotKind(target.slot)) return undefined;
  // Dropped on its own slot's empty space: to the end, which is length - 1 once it is lifted.
  const last = parent === target.slot && target.to === 'slot' ? target.length - 1 : index;
  return { type: 'move', from: source.path, slot: target.slot, index: last };
}
