/**
 * Every block the loaded plugins bring, grouped by plugin and kind, searchable; each one is
 * dragged onto the canvas (mouse, touch or keyboard).
 */
import { useMemo, useState } from 'react';
import { Card, Input, Tag, Typography } from 'antd';
import { useDraggable } from '@dnd-kit/core';
import type { Registry } from '../../api/types.js';
import { useLocale } from '../../i18n/locale-context.js';
import { localize } from '../../lib/localized.js';
import type { DragSource } from '../drag-data.js';
import { newNode, paletteSections, type PaletteBlock } from '../state/palette-entries.js';

function PaletteItem(props: { id: string; source: DragSource; description: string }) {
  const { t } = useLocale();
  const { attributes, listeners, setNodeRef, isDragging } = useDraggable({
    id: props.id,
    data: props.source,
  });

  return (
    <div
      ref={setNodeRef}
      {...attributes}
      {...listeners}
      aria-label={t('builder.drag', { label: props.source.label })}
      data-testid={props.id}
      className="builder-palette-item"
      style={{ opacity: isDragging ? 0.5 : 1 }}
    >
      <Typography.Text strong>{props.source.label}</Typography.Text>
      <div className="builder-muted">{props.description}</div>
    </div>
  );
}

const GROUPS = ['all', 'any', 'not'] as const;

export function Palette({ registry }: { registry: Registry }) {
  const { locale, t } = useLocale();
  const [search, setSearch] = useState('');
  const sections = useMemo(
    () =>
      paletteSections(
        registry.blocks as PaletteBlock[],
        registry.plugins.map((plugin) => plugin.id),
        search,
      ),
    [registry, search],
  );

  return (
    <Card size="small" title={t('builder.palette')} className="builder-column builder-palette">
      <Input.Search
        id="palette-search"
        allowClear
        placeholder={t('builder.search')}
        value={search}
        onChange={(event) => setSearch(event.target.value)}
        style={{ marginBottom: 8 }}
      />
      {search.trim() === '' && (
        <section>
          <Typography.Title level={5}>{t('builder.groups')}</Typography.Title>
          {GROUPS.map((group) => (
            <PaletteItem
              key={group}
              id={`palette:group.${group}`}
              description={t(`builder.group.${group}Help`)}
              source={{
                from: 'palette',
                kind: 'condition',
                node: newNode(group),
                label: t(`builder.group.${group}`),
              }}
            />
          ))}
        </section>
      )}
      {sections.map((section) => {
        const plugin = registry.plugins.find((candidate) => candidate.id === section.plugin);
        return (
          <section key={section.plugin} data-testid={`palette-plugin-${section.plugin}`}>
            <Typography.Title level={5}>
              {plugin ? localize(plugin.name, locale) : section.plugin}
            </Typography.Title>
            {section.kinds.map((group) => (
              <div key={group.kind}>
                <Tag>{t(`builder.kind.${group.kind}`)}</Tag>
                {group.blocks.map((block) => (
                  <PaletteItem
                    key={block.id}
                    id={`palette:${block.id}`}
                    description={localize(block.description, locale)}
                    source={{
                      from: 'palette',
                      kind: block.kind === 'benefit' ? 'benefit' : 'condition',
                      node: newNode(block),
                      label: localize(block.label, locale) || block.id,
                    }}
                  />
                ))}
              </div>
            ))}
          </section>
        );
      })}
    </Card>
  );
}
