/**
 * A place blocks are dropped into: a rule's conditions, its benefits, or a group's children.
 * Its items are sortable, so they reorder and move to other slots by mouse or keyboard.
 */
import { useDroppable } from '@dnd-kit/core';
import { SortableContext, verticalListSortingStrategy } from '@dnd-kit/sortable';
import { useLocale } from '../../i18n/locale-context.js';
import type { DropTarget } from '../drag-data.js';
import { slotKind } from '../state/slot-kind.js';
import { NodeCard } from './node-card.js';

export function Slot({ slot, items }: { slot: string; items: readonly unknown[] }) {
  const { t } = useLocale();
  const data: DropTarget = { to: 'slot', slot, length: items.length };
  const { setNodeRef, isOver } = useDroppable({ id: `slot:${slot}`, data });
  const ids = items.map((_, index) => `item:${slot}/${index}`);
  const kind = slotKind(slot);

  return (
    <div
      ref={setNodeRef}
      data-slot={slot}
      data-path={slot}
      className={`builder-slot${isOver ? ' builder-slot-over' : ''}`}
    >
      <SortableContext id={`slot:${slot}`} items={ids} strategy={verticalListSortingStrategy}>
        {items.map((node, index) => (
          <NodeCard
            key={ids[index]}
            path={`${slot}/${index}`}
            slot={slot}
            index={index}
            node={node}
          />
        ))}
      </SortableContext>
      {items.length === 0 && (
        <div className="builder-muted builder-slot-hint">
          {kind === 'benefit' ? t('builder.dropBenefit') : t('builder.dropCondition')}
        </div>
      )}
    </div>
  );
}
