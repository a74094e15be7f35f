/**
 * Campaigns submitted for approval in the branches the caller manages (the server scopes the
 * list), each approved or sent back with a reason from here.
 */
import { useState } from 'react';
import { Alert, App, Button, Card, Popconfirm, Space, Table, Typography } from 'antd';
import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import { apiErrorText } from '../api/api-error.js';
import type { CampaignSummaryRow } from '../api/hq-api.js';
import { runLifecycleStep, type StepTarget } from '../api/run-lifecycle-step.js';
import { useTRPC } from '../api/trpc.js';
import { useNames } from '../api/use-names.js';
import { useRefreshCampaigns } from '../api/use-refresh-campaigns.js';
import { SendBackModal } from '../components/send-back-modal.js';
import { useLocale } from '../i18n/locale-context.js';
import { formatTime } from '../lib/format-time.js';
import { localize } from '../lib/localized.js';

export default function ApprovalQueuePage() {
  const { locale, t } = useLocale();
  const { message } = App.useApp();
  const trpc = useTRPC();
  const { branchName, pluginName } = useNames();
  const refresh = useRefreshCampaigns();
  const queue = useQuery(trpc.campaigns.list.queryOptions({ lifecycle: ['submitted'] }));
  const [approving, setApproving] = useState<string | undefined>();
  const [sendingBack, setSendingBack] = useState<(StepTarget & { name: string }) | undefined>();
  const nameOf = (campaign: CampaignSummaryRow) => localize(campaign.name, locale) || campaign.id;

  const approve = async (campaign: CampaignSummaryRow) => {
    setApproving(campaign.id);
    try {
      await runLifecycleStep('approve', campaign);
      message.success(t('step.done', { step: `${t('step.approve')} ${nameOf(campaign)}` }));
      await refresh(campaign.id);
    } catch (error) {
      message.error(
        t('step.failed', { step: t('step.approve'), message: apiErrorText(error, locale) }),
      );
    } finally {
      setApproving(undefined);
    }
  };

  return (
    <Card title={t('approvals.title')}>
      <Typography.Paragraph type="secondary">{t('approvals.intro')}</Typography.Paragraph>
      {queue.error && <Alert type="error" message={apiErrorText(queue.error, locale)} />}
      <Table<CampaignSummaryRow>
        rowKey="id"
        data-testid="approval-queue"
        loading={queue.isLoading}
        dataSource={queue.data ?? []}
        locale={{ emptyText: t('approvals.empty') }}
        pagination={{ pageSize: 20, hideOnSinglePage: true }}
        columns={[
          {
            title: t('list.name'),
            key: 'name',
            render: (_, campaign) => (
              <Link to={`/campaigns/${encodeURIComponent(campaign.id)}`}>{nameOf(campaign)}</Link>
            ),
          },
          { title: t('list.branch'), key: 'branch', render: (_, c) => branchName(c.branchId) },
          { title: t('list.plugin'), key: 'plugin', render: (_, c) => pluginName(c.plugin) },
          {
            title: t('approvals.submittedAt'),
            key: 'submittedAt',
            render: (_, campaign) => formatTime(campaign.updatedAt),
          },
          {
            title: t('approvals.actions'),
            key: 'actions',
            render: (_, campaign) => (
              <Space>
                <Popconfirm title={t('step.approve.confirm')} onConfirm={() => approve(campaign)}>
                  <Button
                    type="primary"
                    size="small"
                    data-testid={`approve-${campaign.id}`}
                    loading={approving === campaign.id}
                  >
                    {t('step.approve')}
                  </Button>
                </Popconfirm>
                <Button
                  danger
                  size="small"
                  data-testid={`send-back-${campaign.id}`}
                  onClick={() => setSendingBack({ ...campaign, name: nameOf(campaign) })}
                >
                  {t('step.sendBack')}
                </Button>
              </Space>
            ),
          },
        ]}
      />
      <SendBackModal
        target={sendingBack}
        onClose={() => setSendingBack(undefined)}
        onDone={refresh}
      />
    </Card>
  );
}
