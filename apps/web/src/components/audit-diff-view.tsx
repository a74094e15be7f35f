/** An audit entry's changes as a small table: field, before, after. */
import { Table, Typography } from 'antd';
import { diffRows, formatDiffValue, type DiffRow } from '../lib/audit-diff.js';
import { useLocale } from '../i18n/locale-context.js';

export function AuditDiffView({ diff }: { diff: unknown }) {
  const { t } = useLocale();
  // Two changes may name the same field (a list item removed, then added): key by position.
  const rows = diffRows(diff).map((row, index) => ({ ...row, key: String(index) }));
  if (rows.length === 0)
    return <Typography.Text type="secondary">{t('diff.none')}</Typography.Text>;

  return (
    <Table<DiffRow & { key: string }>
      size="small"
      data-testid="audit-diff"
      rowKey="key"
      pagination={false}
      dataSource={rows}
      columns={[
        { title: t('diff.field'), dataIndex: 'field', render: (v: string) => <code>{v}</code> },
        {
          title: t('diff.before'),
          key: 'before',
          render: (_, row) => (
            <Typography.Text delete>{formatDiffValue(row.before)}</Typography.Text>
          ),
        },
        { title: t('diff.after'), key: 'after', render: (_, row) => formatDiffValue(row.after) },
      ]}
    />
  );
}
