/**
 * The audit log: every write with who, when, which entity and what changed, newest first,
 * filtered and paged by the server's cursor. Each entry opens to its changes.
 */
import { useState } from 'react';
import { Alert, Button, Card, Space, Table, Tag } from 'antd';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import { apiErrorText } from '../api/api-error.js';
import type { AuditEntry } from '../api/hq-api.js';
import { useTRPC } from '../api/trpc.js';
import { useNames } from '../api/use-names.js';
import { AuditDiffView } from '../components/audit-diff-view.js';
import { AuditFilters, type AuditFilter } from '../components/audit-filters.js';
import { useLocale } from '../i18n/locale-context.js';
import { translate } from '../i18n/translate.js';
import { formatTime } from '../lib/format-time.js';

const PAGE_SIZE = 20;

function EntityCell({ entry }: { entry: AuditEntry }) {
  const { t } = useLocale();
  const label = `${t(`entity.${entry.entityType}`)} ${entry.entityId}`;
  if (entry.entityType !== 'campaign') return <span>{label}</span>;

  return <Link to={`/campaigns/${encodeURIComponent(entry.entityId)}`}>{label}</Link>;
}

export default function AuditLogPage() {
  const { locale, t } = useLocale();
  const trpc = useTRPC();
  const { branchName } = useNames();
  const branches = useQuery(trpc.branches.list.queryOptions());
  const [filter, setFilter] = useState<AuditFilter>({});
  // The cursors of the pages seen so far: page N starts after cursors[N].
  const [cursors, setCursors] = useState<(string | undefined)[]>([undefined]);
  const cursor = cursors[cursors.length - 1];
  const page = useQuery({
    ...trpc.audit.list.queryOptions({
      ...filter,
      ...(cursor === undefined ? {} : { cursor }),
      limit: PAGE_SIZE,
    }),
    placeholderData: keepPreviousData,
  });
  const nextCursor = page.data?.nextCursor;

  const applyFilter = (next: AuditFilter) => {
    setFilter(next);
    setCursors([undefined]);
  };

  return (
    <Card title={t('audit.title')}>
      <AuditFilters branches={branches.data ?? []} onChange={applyFilter} />
      {page.error && <Alert type="error" message={apiErrorText(page.error, locale)} />}
      <Table<AuditEntry>
        rowKey="id"
        data-testid="audit-table"
        loading={page.isFetching}
        dataSource={page.data?.entries ?? []}
        pagination={false}
        locale={{ emptyText: t('audit.empty') }}
        expandable={{ expandedRowRender: (entry) => <AuditDiffView diff={entry.diff} /> }}
        columns={[
          { title: t('audit.at'), key: 'at', render: (_, entry) => formatTime(entry.at) },
          {
            title: t('audit.actor'),
            key: 'actor',
            render: (_, entry) => entry.actorUsername ?? entry.actorId ?? '—',
          },
          {
            title: t('audit.action'),
            key: 'action',
            // The code stays in data-action (for filters and tests); people read its name.
            render: (_, entry) => (
              <Tag data-testid="audit-action" data-action={entry.action}>
                {translate(locale, `auditAction.${entry.action}`, undefined, entry.action)}
              </Tag>
            ),
          },
          {
            title: t('audit.entityType'),
            key: 'entity',
            render: (_, e) => <EntityCell entry={e} />,
          },
          {
            title: t('audit.branch'),
            key: 'branch',
            render: (_, entry) => (entry.branchId ? branchName(entry.branchId) : '—'),
          },
        ]}
      />
      <Space style={{ marginTop: 16 }}>
        <Button disabled={cursors.length === 1} onClick={() => setCursors([undefined])}>
          {t('audit.first')}
        </Button>
        <Button
          disabled={cursors.length === 1}
          onClick={() => setCursors((seen) => seen.slice(0, -1))}
        >
          {t('audit.previous')}
        </Button>
        <Button
          id="audit-next"
          disabled={nextCursor === undefined}
          onClick={() => nextCursor !== undefined && setCursors((seen) => [...seen, nextCursor])}
        >
          {t('audit.next')}
        </Button>
      </Space>
    </Card>
  );
}
