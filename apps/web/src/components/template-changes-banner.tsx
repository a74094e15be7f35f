/**
 * "HQ published version N of this template": what changed since the version this campaign
 * was made from, and a button to take the change (the draft is made again with its params).
 */
import { useState } from 'react';
import { Alert, App, Button, Modal, Popconfirm, Space, Typography } from 'antd';
import { useQuery } from '@tanstack/react-query';
import { apiErrorText } from '../api/api-error.js';
import type { TemplateChanges } from '../api/hq-api.js';
import { trpcClient, useTRPC } from '../api/trpc.js';
import { useRefreshCampaigns } from '../api/use-refresh-campaigns.js';
import { useLocale } from '../i18n/locale-context.js';
import { AuditDiffView } from './audit-diff-view.js';

type ChangePart = 'paramsSchema' | 'defaults' | 'bounds' | 'campaign';

const PARTS: readonly { part: ChangePart; label: { 'zh-CN': string; en: string } }[] = [
  { part: 'paramsSchema', label: { 'zh-CN': '参数定义', en: 'Params schema' } },
  { part: 'defaults', label: { 'zh-CN': '默认值', en: 'Defaults' } },
  { part: 'bounds', label: { 'zh-CN': '参数边界', en: 'Bounds' } },
  { part: 'campaign', label: { 'zh-CN': '活动内容', en: 'Campaign' } },
];

function ChangesList({ changes }: { changes: TemplateChanges }) {
  const { locale } = useLocale();
  const parts = PARTS.filter(({ part }) => changes[part].length > 0);

  return (
    <Space direction="vertical" style={{ width: '100%' }} data-testid="template-changes">
      {parts.map(({ part, label }) => (
        <div key={part}>
          <Typography.Title level={5}>{label[locale]}</Typography.Title>
          <AuditDiffView diff={changes[part]} />
        </div>
      ))}
    </Space>
  );
}

interface TemplateChangesBannerProps {
  campaign: { id: string; revision: number };
  mayTake: boolean;
}

export function TemplateChangesBanner({ campaign, mayTake }: TemplateChangesBannerProps) {
  const { locale, t } = useLocale();
  const { message } = App.useApp();
  const trpc = useTRPC();
  const refresh = useRefreshCampaigns();
  const changes = useQuery(trpc.campaigns.templateChanges.queryOptions({ id: campaign.id }));
  const [showing, setShowing] = useState(false);
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<string | undefined>();
  const data = changes.data;
  if (!data || data.upToDate || data.toVersion === undefined) return null;
  const version = data.toVersion;

  const take = async () => {
    setBusy(true);
    setFailure(undefined);
    try {
      await trpcClient.campaigns.takeTemplateChange.mutate(campaign);
      message.success(t('templateChange.taken', { version }));
      await refresh(campaign.id);
    } catch (error) {
      setFailure(apiErrorText(error, locale));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Alert
      data-testid="template-change-banner"
      type="info"
      showIcon
      message={t('templateChange.banner', { version })}
      {...(failure === undefined ? {} : { description: failure })}
      action={
        <Space>
          <Button size="small" id="show-template-changes" onClick={() => setShowing(true)}>
            {t('templateChange.show')}
          </Button>
          {mayTake && (
            <Popconfirm title={t('templateChange.takeConfirm', { version })} onConfirm={take}>
              <Button size="small" type="primary" id="take-template-change" loading={busy}>
                {t('templateChange.take')}
              </Button>
            </Popconfirm>
          )}
          <Modal
            open={showing}
            width={860}
            footer={null}
            onCancel={() => setShowing(false)}
            title={t('templateChange.title', { from: data.fromVersion ?? '—', to: version })}
          >
            <ChangesList changes={data} />
          </Modal>
        </Space>
      }
    />
  );
}
