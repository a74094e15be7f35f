/**
 * Every published version of a campaign, newest first, with "restore": the draft becomes that
 * version's document, and publishing it makes a new version (nothing is overwritten).
 */
import { useState } from 'react';
import { Alert, App, Button, Card, Popconfirm, Table, Tag } from 'antd';
import { useQuery } from '@tanstack/react-query';
import { apiErrorText } from '../api/api-error.js';
import type { CampaignVersionRow } from '../api/hq-api.js';
import { trpcClient, useTRPC } from '../api/trpc.js';
import { useRefreshCampaigns } from '../api/use-refresh-campaigns.js';
import { useLocale } from '../i18n/locale-context.js';
import { formatTime } from '../lib/format-time.js';

interface VersionsCardProps {
  campaign: { id: string; revision: number; publishedVersion?: number };
  /** Whether the person may change the campaign: others see the list without the button. */
  mayRestore: boolean;
}

export function VersionsCard({ campaign, mayRestore }: VersionsCardProps) {
  const { locale, t } = useLocale();
  const { message } = App.useApp();
  const trpc = useTRPC();
  const refresh = useRefreshCampaigns();
  const versions = useQuery(trpc.campaigns.versions.queryOptions({ id: campaign.id }));
  const [restoring, setRestoring] = useState<number | undefined>();
  const [failure, setFailure] = useState<string | undefined>();
  const rows = [...(versions.data ?? [])].reverse();

  const restore = async (version: number) => {
    setRestoring(version);
    setFailure(undefined);
    try {
      await trpcClient.campaigns.restore.mutate({
        id: campaign.id,
        version,
        revision: campaign.revision,
      });
      message.success(t('versions.restored', { version }));
      await refresh(campaign.id);
    } catch (error) {
      setFailure(t('common.failed', { message: apiErrorText(error, locale) }));
    } finally {
      setRestoring(undefined);
    }
  };

  return (
    <Card title={t('versions.title')} data-testid="versions">
      {(failure ?? versions.error) && (
        <Alert
          type="error"
          showIcon
          style={{ marginBottom: 16 }}
          message={failure ?? apiErrorText(versions.error, locale)}
        />
      )}
      <Table<CampaignVersionRow>
        rowKey="version"
        size="small"
        loading={versions.isLoading}
        dataSource={rows}
        locale={{ emptyText: t('versions.empty') }}
        pagination={{ pageSize: 10, hideOnSinglePage: true }}
        columns={[
          {
            title: t('versions.version'),
            key: 'version',
            render: (_, row) => (
              <>
                {row.version}{' '}
                {row.version === campaign.publishedVersion && (
                  <Tag color="green">{t('versions.current')}</Tag>
                )}
              </>
            ),
          },
          {
            title: t('versions.publishedAt'),
            key: 'publishedAt',
            render: (_, row) => formatTime(row.publishedAt),
          },
          {
            title: t('versions.publishedBy'),
            key: 'by',
            render: (_, row) =>
              (row.publishedByName === undefined ? undefined : row.publishedByName[locale]) ??
              row.publishedBy ??
              '—',
          },
          ...(mayRestore
            ? [
                {
                  title: '',
                  key: 'restore',
                  render: (_: unknown, row: CampaignVersionRow) => (
                    <Popconfirm
                      title={t('versions.restoreConfirm', { version: row.version })}
                      onConfirm={() => restore(row.version)}
                    >
                      <Button
                        size="small"
                        data-testid={`restore-${row.version}`}
                        loading={restoring === row.version}
                      >
                        {t('versions.restore')}
                      </Button>
                    </Popconfirm>
                  ),
                },
              ]
            : []),
        ]}
      />
    </Card>
  );
}
