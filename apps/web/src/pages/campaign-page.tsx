/**
 * One campaign: summary, its rules in words, its status with the lifecycle steps the person
 * may take, the template's newer version if there is one, its versions, and the simulator.
 */
import { useState } from 'react';
import { Alert, Button, Card, Descriptions, Popconfirm, Space, Spin, Typography, App } from 'antd';
import { useGetIdentity, useInvalidate, useOne } from '@refinedev/core';
import { useNavigate, useParams } from 'react-router';
import { apiErrorText } from '../api/api-error.js';
import { trpcClient } from '../api/trpc.js';
import type { Campaign, User } from '../api/types.js';
import { useNames } from '../api/use-names.js';
import { useRegistry } from '../api/use-registry.js';
import { LifecycleButtons } from '../components/lifecycle-buttons.js';
import { RulesView } from '../components/rules-view.js';
import { SentBackNotice } from '../components/sent-back-notice.js';
import { Simulator } from '../components/simulator.js';
import { StatusTag } from '../components/status-tag.js';
import { TemplateChangesBanner } from '../components/template-changes-banner.js';
import { VersionsCard } from '../components/versions-card.js';
import { useLocale } from '../i18n/locale-context.js';
import { formatWindow } from '../lib/format-window.js';
import { localize } from '../lib/localized.js';

interface PublishButtonProps {
  campaign: Campaign;
  /** A failure to show; the page shows it under the header, which keeps its layout. */
  onFailure(message: string | undefined): void;
}

function PublishButton({ campaign, onFailure }: PublishButtonProps) {
  const { locale, t } = useLocale();
  const { message } = App.useApp();
  const invalidate = useInvalidate();
  const [busy, setBusy] = useState(false);
  const { data: user } = useGetIdentity<User>();
  // The server decides who may publish; a role that may not sees no button at all. A submitted
  // campaign is approved with its own button.
  if (user?.may?.publish !== true) return null;
  if (campaign.lifecycle === 'submitted') return null;
  const nothingToPublish = campaign.status === 'published' && !campaign.hasUnpublishedChanges;

  const publish = async () => {
    setBusy(true);
    onFailure(undefined);
    try {
      const published = await trpcClient.campaigns.publish.mutate({
        id: campaign.id,
        revision: campaign.revision,
      });
      message.success(t('show.published', { version: published.publishedVersion }));
      await invalidate({ resource: 'campaigns', invalidates: ['list', 'detail'], id: campaign.id });
    } catch (error) {
      onFailure(t('show.publishFailed', { message: apiErrorText(error, locale) }));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Popconfirm title={t('show.publishConfirm')} onConfirm={publish} disabled={nothingToPublish}>
      <Button
        id="publish"
        type="primary"
        loading={busy}
        disabled={nothingToPublish}
        title={nothingToPublish ? t('show.nothingToPublish') : undefined}
      >
        {t('show.publish')}
      </Button>
    </Popconfirm>
  );
}

export default function CampaignPage() {
  const { id = '' } = useParams();
  const { locale, t } = useLocale();
  const { result: campaign, query } = useOne<Campaign>({ resource: 'campaigns', id });
  const { registry } = useRegistry();
  const navigate = useNavigate();
  const { branchName, pluginName } = useNames();
  const [failure, setFailure] = useState<string | undefined>();
  const { data: user } = useGetIdentity<User>();

  if (query.isLoading) return <Spin />;
  if (query.error || !campaign) {
    return <Alert type="error" message={query.error ? apiErrorText(query.error, locale) : ''} />;
  }

  const document = campaign.document;
  const template = registry?.templates.find((candidate) => candidate.id === campaign.templateId);
  const selection = document.ruleSelection ?? 'all';

  const name = localize(document.name, locale) || localize(campaign.name, locale);

  return (
    <Space direction="vertical" size="large" style={{ width: '100%' }}>
      {campaign.templateId !== undefined && (
        <TemplateChangesBanner campaign={campaign} mayTake={user?.may?.edit === true} />
      )}
      <Card
        title={
          <Space>
            <Typography.Text strong data-testid="campaign-name">
              {name}
            </Typography.Text>
            <StatusTag
              status={campaign.lifecycle}
              hasUnpublishedChanges={campaign.hasUnpublishedChanges}
            />
          </Space>
        }
        extra={
          <Space align="start">
            <Button
              id="open-builder"
              onClick={() => navigate(`/builder/${encodeURIComponent(id)}`)}
            >
              {t('builder.open')}
            </Button>
            <LifecycleButtons campaign={campaign} name={name} onFailure={setFailure} />
            <PublishButton campaign={campaign} onFailure={setFailure} />
          </Space>
        }
      >
        <SentBackNotice campaign={campaign} />
        {failure && (
          <Alert
            data-testid="publish-error"
            type="error"
            showIcon
            closable
            onClose={() => setFailure(undefined)}
            message={failure}
            style={{ marginBottom: 16 }}
          />
        )}
        <Descriptions column={2} size="small" title={t('show.summary')}>
          <Descriptions.Item label={t('show.id')}>{campaign.id}</Descriptions.Item>
          <Descriptions.Item label={t('list.branch')}>
            {branchName(campaign.branchId)}
          </Descriptions.Item>
          <Descriptions.Item label={t('show.template')}>
            {template ? localize(template.name, locale) : (campaign.templateId ?? '—')}
          </Descriptions.Item>
          <Descriptions.Item label={t('list.plugin')}>
            {pluginName(campaign.plugin)}
          </Descriptions.Item>
          <Descriptions.Item label={t('show.timezone')}>
            {document.timezone ?? 'Asia/Shanghai'}
          </Descriptions.Item>
          <Descriptions.Item label={t('show.window')}>
            {formatWindow(document.window)}
          </Descriptions.Item>
          <Descriptions.Item label={t('show.revision')}>{campaign.revision}</Descriptions.Item>
          <Descriptions.Item label={t('list.version')}>
            {campaign.publishedVersion ?? '—'}
          </Descriptions.Item>
          <Descriptions.Item label={t('show.selection')} span={2}>
            {t(`show.selection.${selection}`)}
          </Descriptions.Item>
        </Descriptions>
        {document.description && (
          <Typography.Paragraph>{localize(document.description, locale)}</Typography.Paragraph>
        )}
      </Card>
      <Card title={t('show.rules')}>
        <RulesView document={document} blocks={registry?.blocks ?? []} />
      </Card>
      <VersionsCard campaign={campaign} mayRestore={user?.may?.edit === true} />
      <Simulator campaign={campaign} samples={registry?.samples ?? []} />
    </Space>
  );
}
