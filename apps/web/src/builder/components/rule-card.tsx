/** One rule: its conditions slot (when) and its benefits slot (then), duplicate and delete. */
import { Button, Card, Space, Tag } from 'antd';
import { CopyOutlined, DeleteOutlined } from '@ant-design/icons';
import type { Rule } from '@campaign-studio/engine';
import { useLocale } from '../../i18n/locale-context.js';
import { localize } from '../../lib/localized.js';
import { useBuilder } from '../builder-context.js';
import { conditionSlotOf } from '../state/slot-kind.js';
import { Slot } from './slot.js';

export function RuleCard({ rule, path }: { rule: Rule; path: string }) {
  const { locale, t } = useLocale();
  const { dispatch, select } = useBuilder();
  const conditionSlot = conditionSlotOf(path, rule.when);
  const when = rule.when as { all?: unknown[]; any?: unknown[] } | undefined;
  const conditions = when?.all ?? when?.any ?? [];

  return (
    <Card
      size="small"
      data-path={path}
      data-testid={`rule:${path}`}
      title={
        <Space>
          {t('builder.rule', { id: rule.id })}
          {rule.name && <span className="builder-muted">{localize(rule.name, locale)}</span>}
        </Space>
      }
      extra={
        <Space>
          <Button
            size="small"
            icon={<CopyOutlined />}
            data-testid={`duplicate:${path}`}
            onClick={() => dispatch({ type: 'duplicateRule', path })}
          >
            {t('builder.duplicate')}
          </Button>
          <Button
            size="small"
            danger
            icon={<DeleteOutlined />}
            aria-label={t('builder.delete')}
            data-testid={`delete:${path}`}
            onClick={() => {
              select(undefined);
              dispatch({ type: 'remove', path });
            }}
          />
        </Space>
      }
      style={{ marginBottom: 12 }}
    >
      <div className="builder-row">
        <Tag color="gold" className="builder-row-label">
          {t('builder.when')}
          {when?.any ? ` · ${t('builder.group.any')}` : ''}
        </Tag>
        <Slot slot={conditionSlot} items={conditions} />
      </div>
      <div className="builder-row">
        <Tag color="green" className="builder-row-label">
          {t('builder.then')}
        </Tag>
        <Slot slot={`${path}/then`} items={rule.then} />
      </div>
    </Card>
  );
}
