import { Space, Tag } from 'antd';
import type { CampaignState } from '../api/types.js';
import { useLocale } from '../i18n/locale-context.js';

/** One colour per status, so that a list reads at a glance: green is live, orange is held. */
const STATUS_COLOURS: Record<CampaignState, string> = {
  draft: 'default',
  submitted: 'gold',
  approved: 'cyan',
  scheduled: 'geekblue',
  running: 'green',
  paused: 'orange',
  ended: 'purple',
  published: 'green',
};

export function StatusTag(props: { status: CampaignState; hasUnpublishedChanges?: boolean }) {
  const { t } = useLocale();
  const { status } = props;

  return (
    <Space size={4}>
      <Tag data-testid="campaign-status" data-status={status} color={STATUS_COLOURS[status]}>
        {t(`status.${status}`)}
      </Tag>
      {status !== 'draft' && props.hasUnpublishedChanges === true && (
        <Tag data-testid="unpublished-changes" color="orange">
          {t('status.unpublishedChanges')}
        </Tag>
      )}
    </Space>
  );
}
