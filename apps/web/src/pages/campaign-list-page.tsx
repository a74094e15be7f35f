/**
 * Every campaign the user may see (the server scopes branch users to their branch).
 */
import { Alert, Button, Card, Segmented, Space, Table } from 'antd';
import { useList } from '@refinedev/core';
import { Link, useNavigate } from 'react-router';
import { useState } from 'react';
import type { Campaign, CampaignState } from '../api/types.js';
import { StatusTag } from '../components/status-tag.js';
import { apiErrorText } from '../api/api-error.js';
import { useNames } from '../api/use-names.js';
import { formatTime } from '../lib/format-time.js';
import { useLocale } from '../i18n/locale-context.js';
import { localize } from '../lib/localized.js';

type StatusFilter = CampaignState | 'all';

export default function CampaignListPage() {
  const { locale, t } = useLocale();
  const { branchName, pluginName } = useNames();
  const navigate = useNavigate();
  const [status, setStatus] = useState<StatusFilter>('all');
  const { result, query } = useList<Campaign>({
    resource: 'campaigns',
    filters: status === 'all' ? [] : [{ field: 'status', operator: 'eq', value: status }],
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
      <Segmented<StatusFilter>
        style={{ marginBottom: 16 }}
        value={status}
        onChange={setStatus}
        options={[
          { label: locale === 'en' ? 'All' : '全部', value: 'all' },
          { label: t('status.draft'), value: 'draft' },
          { label: t('status.published'), value: 'published' },
        ]}
      />
      {query.error && <Alert type="error" message={apiErrorText(query.error, locale)} />}
      <Table<Campaign>
        rowKey="id"
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
                status={campaign.status}
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
