/** The campaign as a marketer composes it: names, how rules combine, stacking, the schedule. */
import { Card, Input, InputNumber, Select, Space, Form } from 'antd';
import { useLocale } from '../../i18n/locale-context.js';
import { useBuilder } from '../builder-context.js';
import { ScheduleEditor } from './schedule-editor.js';

export function Canvas() {
  const { t } = useLocale();
  const { document, dispatch } = useBuilder();
  const set = (path: string, value: unknown) => dispatch({ type: 'set', path, value });

  return (
    <Card
      size="small"
      title={t('builder.canvas')}
      className="builder-column builder-canvas"
      data-testid="canvas"
    >
      <Form layout="vertical" size="small">
        <Space wrap>
          <Form.Item label={t('builder.name.zh')} style={{ marginBottom: 8 }}>
            <Input
              id="builder-name-zh"
              value={document.name['zh-CN']}
              onChange={(event) => set('/name/zh-CN', event.target.value)}
            />
          </Form.Item>
          <Form.Item label={t('builder.name.en')} style={{ marginBottom: 8 }}>
            <Input
              id="builder-name-en"
              value={document.name.en}
              onChange={(event) => set('/name/en', event.target.value)}
            />
          </Form.Item>
          <Form.Item label={t('builder.selection')} style={{ marginBottom: 8 }}>
            <Select
              id="builder-rule-selection"
              style={{ width: 220 }}
              value={document.ruleSelection ?? 'all'}
              onChange={(value) => set('/ruleSelection', value === 'all' ? undefined : value)}
              options={[
                { value: 'all', label: t('show.selection.all') },
                { value: 'best', label: t('show.selection.best') },
              ]}
            />
          </Form.Item>
          <Form.Item label={t('builder.priority')} style={{ marginBottom: 8 }}>
            <InputNumber
              id="builder-priority"
              min={0}
              precision={0}
              value={document.stacking?.priority}
              placeholder="100"
              onChange={(value) => set('/stacking/priority', value ?? undefined)}
            />
          </Form.Item>
          <Form.Item label={t('builder.exclusiveGroup')} style={{ marginBottom: 8 }}>
            <Input
              id="builder-exclusive-group"
              value={document.stacking?.exclusiveGroup ?? ''}
              onChange={(event) => set('/stacking/exclusiveGroup', event.target.value || undefined)}
            />
          </Form.Item>
        </Space>
      </Form>
      <ScheduleEditor />
    </Card>
  );
}
