/**
 * The audit log's filters: who, which entity, which action, which days, which branch. Days
 * are read in Shanghai time, like every other time the shell shows.
 */
import { Button, DatePicker, Form, Input, Select, Space } from 'antd';
import type { Dayjs } from 'dayjs';
import type { AuditQuery, BranchRow } from '../api/hq-api.js';
import { useLocale } from '../i18n/locale-context.js';
import { dayRangeToInstants } from '../lib/day-range.js';

export type AuditFilter = Omit<AuditQuery, 'cursor' | 'limit'>;

interface FilterValues {
  actor?: string;
  entityType?: string;
  entityId?: string;
  action?: string;
  days?: [Dayjs, Dayjs] | null;
  branchId?: string;
}

const ENTITY_TYPES = ['campaign', 'user', 'branch', 'template', 'session'] as const;

function toFilter(values: FilterValues): AuditFilter {
  const text = (value: string | undefined) => (value?.trim() ? value.trim() : undefined);
  const filter: AuditFilter = {};
  const actor = text(values.actor);
  const entityId = text(values.entityId);
  const action = text(values.action);
  if (actor) filter.actor = actor;
  if (values.entityType) filter.entityType = values.entityType;
  if (entityId) filter.entityId = entityId;
  if (action) filter.action = action;
  if (values.branchId) filter.branchId = values.branchId;
  if (values.days) {
    const range = dayRangeToInstants(
      values.days[0].format('YYYY-MM-DD'),
      values.days[1].format('YYYY-MM-DD'),
    );
    filter.from = range.from;
    filter.to = range.to;
  }

  return filter;
}

interface AuditFiltersProps {
  branches: BranchRow[];
  onChange(filter: AuditFilter): void;
}

export function AuditFilters({ branches, onChange }: AuditFiltersProps) {
  const { locale, t } = useLocale();
  const [form] = Form.useForm<FilterValues>();

  return (
    <Form
      form={form}
      layout="inline"
      onFinish={(values) => onChange(toFilter(values))}
      style={{ marginBottom: 16, rowGap: 8 }}
    >
      <Form.Item name="actor" label={t('audit.actor')}>
        <Input id="audit-actor" placeholder={t('audit.actorPlaceholder')} allowClear />
      </Form.Item>
      <Form.Item name="entityType" label={t('audit.entityType')}>
        <Select
          id="audit-entity-type"
          allowClear
          style={{ width: 140 }}
          options={ENTITY_TYPES.map((type) => ({ value: type, label: t(`entity.${type}`) }))}
        />
      </Form.Item>
      <Form.Item name="entityId" label={t('audit.entityId')}>
        <Input id="audit-entity-id" allowClear />
      </Form.Item>
      <Form.Item name="action" label={t('audit.action')}>
        <Input id="audit-action" allowClear style={{ width: 160 }} />
      </Form.Item>
      <Form.Item name="days" label={t('audit.range')}>
        <DatePicker.RangePicker id="audit-days" />
      </Form.Item>
      {branches.length > 1 && (
        <Form.Item name="branchId" label={t('audit.branch')}>
          <Select
            id="audit-branch"
            allowClear
            style={{ width: 180 }}
            options={branches.map((branch) => ({
              value: branch.id,
              label: locale === 'en' ? branch.nameEn : branch.nameZh,
            }))}
          />
        </Form.Item>
      )}
      <Form.Item>
        <Space>
          <Button id="audit-search" type="primary" htmlType="submit">
            {t('audit.search')}
          </Button>
          <Button
            onClick={() => {
              form.resetFields();
              onChange({});
            }}
          >
            {t('audit.reset')}
          </Button>
        </Space>
      </Form.Item>
    </Form>
  );
}
