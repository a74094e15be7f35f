/**
 * One node on the canvas: a block use with its params in words, or an all / any / not group
 * holding a slot of its own. The handle drags it; a click selects it for the inspector.
 */
import { Button, Space, Tag, Typography } from 'antd';
import { DeleteOutlined, HolderOutlined } from '@ant-design/icons';
import { useSortable } from '@dnd-kit/sortable';
import { CSS } from '@dnd-kit/utilities';
import type { BlockUse } from '@campaign-studio/engine';
import { useLocale } from '../../i18n/locale-context.js';
import { formatParams } from '../../lib/format-params.js';
import { localize } from '../../lib/localized.js';
import { useBuilder } from '../builder-context.js';
import type { DragSource, DropTarget } from '../drag-data.js';
import { Slot } from './slot.js';

interface NodeCardProps {
  path: string;
  slot: string;
  index: number;
  node: unknown;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

function groupOf(node: unknown): { kind: 'all' | 'any' | 'not'; slot: string; items: unknown[] } {
  if (isRecord(node) && Array.isArray(node.any))
    return { kind: 'any', slot: 'any', items: node.any };
  if (isRecord(node) && isRecord(node.not)) {
    const inner = node.not;
    const items = Array.isArray(inner.all)
      ? inner.all
      : Array.isArray(inner.any)
        ? inner.any
        : [inner];
    return { kind: 'not', slot: Array.isArray(inner.any) ? 'not/any' : 'not/all', items };
  }
  const items = isRecord(node) && Array.isArray(node.all) ? node.all : [];
  return { kind: 'all', slot: 'all', items };
}

export function NodeCard({ path, slot, index, node }: NodeCardProps) {
  const { locale, t } = useLocale();
  const { dispatch, select, selected, blocks, issues } = useBuilder();
  const isBlock = isRecord(node) && typeof node.block === 'string';
  const use = node as BlockUse;
  const block = isBlock ? blocks.get(use.block) : undefined;
  const group = isBlock ? undefined : groupOf(node);
  const label = isBlock
    ? localize(block?.label, locale) || use.block
    : t(`builder.group.${group?.kind ?? 'all'}`);
  const source: DragSource = { from: 'canvas', path, label };
  const target: DropTarget = { to: 'item', slot, index };
  const {
    attributes,
    listeners,
    setNodeRef,
    setActivatorNodeRef,
    transform,
    transition,
    isDragging,
  } = useSortable({ id: `item:${path}`, data: { ...source, ...target } });
  const hasError = issues.some(
    (issue) =>
      issue.severity === 'error' &&
      (issue.path === path || issue.path.startsWith(`${path}/params`)),
  );

  return (
    <div
      ref={setNodeRef}
      data-path={path}
      data-block={isBlock ? use.block : `group.${group?.kind}`}
      className={[
        'builder-node',
        selected === path ? 'builder-node-selected' : '',
        hasError ? 'builder-node-error' : '',
      ].join(' ')}
      style={{
        transform: CSS.Transform.toString(transform),
        transition,
        opacity: isDragging ? 0.4 : 1,
      }}
      onClick={(event) => {
        event.stopPropagation();
        if (isBlock) select(path);
      }}
    >
      <Space align="start" style={{ width: '100%', justifyContent: 'space-between' }}>
        <Space align="start">
          <button
            type="button"
            ref={setActivatorNodeRef}
            {...attributes}
            {...listeners}
            className="builder-handle"
            aria-label={t('builder.drag', { label })}
            data-testid={`handle:${path}`}
          >
            <HolderOutlined />
          </button>
          <div>
            {isBlock ? (
              <>
                <Typography.Text strong>{label}</Typography.Text>{' '}
                <Typography.Text type="secondary" data-testid={`summary:${path}`}>
                  {formatParams(use.params, block?.paramsSchema, locale)}
                </Typography.Text>
                {!block && <Tag color="red">{t('builder.unknownBlock', { id: use.block })}</Tag>}
              </>
            ) : (
              <Tag color="blue">{label}</Tag>
            )}
          </div>
        </Space>
        <Button
          size="small"
          type="text"
          danger
          icon={<DeleteOutlined />}
          aria-label={t('builder.delete')}
          data-testid={`delete:${path}`}
          onClick={(event) => {
            event.stopPropagation();
            if (selected !== undefined && selected.startsWith(path)) select(undefined);
            dispatch({ type: 'remove', path });
          }}
        />
      </Space>
      {group && <Slot slot={`${path}/${group.slot}`} items={group.items} />}
    </div>
  );
}
