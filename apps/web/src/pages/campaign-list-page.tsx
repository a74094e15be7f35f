/**
 * Every campaign the user may see (the server scopes branch users to their branch), filtered
 * by branch and by status.
 */
import { Alert, Button, Card, Select, Space, Table } from 'antd';
import { useList } from '@refinedev/core';
import { useQuery } from '@tanstack/react-query';
import { Link, useNavigate } from 'react-router';
import { useState } from 'react';
import type { CrudFilter } from '@refinedev/core';
import { apiErrorText } from '../api/api-error.js';
import { useTRPC } from '../api/trpc.js';
import type { Campaign } from '../api/types.js';
import { useNames } from '../api/use-names.js';
import { StatusTag } from '../components/status-tag.js';
import { useLocale } from '../i18n/locale-context.js';
import { formatTime } from '../lib/format-time.js';
import { CAMPAIGN_STATUSES } from '../lib/lifecycle-steps.js';
import { localize } from '../lib/localized.js';

/** `approved` is never shown: the server says scheduled, running or ended instead. */
const STATUS_FILTERS = CAMPAIGN_STATUSES.filter((status) => status !== 'approved');
const ALL = 'all';

function listFilters(status: string, branchId: string): CrudFilter[] {
  return [
    ...(status === ALL ? [] : [{ field: 'lifecycle', operator: 'eq' as const, value: status }]),
    ...(branchId === ALL ? [] : [{ field: 'branchId', operator: 'eq' as const, value: branchId }]),
  ];
}

export default function CampaignListPage() {
  const { locale, t } = useLocale();
  const { branchName, pluginName } = useNames();
  const navigate = useNavigate();
  const trpc = useTRPC();
  const branches = useQuery({ ...trpc.branches.list.queryOptions(), staleTime: Infinity });
  const [status, setStatus] = useState<string>(ALL);
  const [branchId, setBranchId] = useState<string>(ALL);
  const { result, query } = useList<Campaign>({
    resource: 'campaigns',
    filters: listFilters(status, branchId),
    pagination: { mode: 'off' },
  });

  return (
    <Card
      title={t('list.title')}
      extra={
        <Space>
          <Button id="new-blank" onClick={() => navigate('/builder/new')}>
            {t('builder.newBlank')}
          </Button>
          <Button type="primary" onClick={() => navigate('/templates')}>
            {t('list.new')}
          </Button>
        </Space>
      }
    >
      <Space style={{ marginBottom: 16 }} wrap>
        <Select
          id="filter-status"
          aria-label={t('list.status')}
          style={{ width: 160 }}
          value={status}
          onChange={setStatus}
          options={[
            { value: ALL, label: t('list.allStatuses') },
            ...STATUS_FILTERS.map((value) => ({ value, label: t(`status.${value}`) })),
          ]}
        />
        {(branches.data?.length ?? 0) > 1 && (
          <Select
            id="filter-branch"
            aria-label={t('list.branch')}
            style={{ width: 200 }}
            value={branchId}
            onChange={setBranchId}
            options={[
              { value: ALL, label: t('list.allBranches') },
              ...(branches.data ?? []).map((branch) => ({
                value: branch.id,
                label: branchName(branch.id),
              })),
            ]}
          />
        )}
      </Space>
      {query.error && <Alert type="error" message={apiErrorText(query.error, locale)} />}
      <Table<Campaign>
        rowKey="id"
        data-testid="campaign-list"
        loading={query.isLoading}
        dataSource={result?.data ?? []}
        pagination={{ pageSize: 20, hideOnSinglePage: true }}
        columns={[
          {
            title: t('list.name'),
            key: 'name',
            render: (_, campaign) => (
              <Link to={`/campaigns/${encodeURIComponent(campaign.id)}`}>
                {localize(campaign.name, locale) || campaign.id}
              </Link>
            ),
          },
          {
            title: t('list.status'),
            key: 'status',
            render: (_, campaign) => (
              <StatusTag
                status={campaign.lifecycle}
                hasUnpublishedChanges={campaign.hasUnpublishedChanges}
              />
            ),
          },
          { title: t('list.plugin'), key: 'plugin', render: (_, c) => pluginName(c.plugin) },
          { title: t('list.branch'), key: 'branch', render: (_, c) => branchName(c.branchId) },
          { title: t('list.version'), dataIndex: 'publishedVersion' },
          {
            title: t('list.updatedAt'),
            key: 'updatedAt',
            render: (_, campaign) => formatTime(campaign.updatedAt),
          },
        ]}
      />
    </Card>
  );
}
