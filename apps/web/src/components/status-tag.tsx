import { Space, Tag } from 'antd';
import type { CampaignState } from '../api/types.js';
import { useLocale } from '../i18n/locale-context.js';

export function StatusTag(props: { status: CampaignState; hasUnpublishedChanges?: boolean }) {
  const { t } = useLocale();
  const { status } = props;

  return (
    <Space size={4}>
      <Tag data-testid="campaign-status" color={status === 'published' ? 'green' : 'default'}>
        {t(`status.${status}`)}
      </Tag>
      {status === 'published' && props.hasUnpublishedChanges === true && (
        <Tag data-testid="unpublished-changes" color="orange">
          {t('status.unpublishedChanges')}
        </Tag>
      )}
    </Space>
  );
}
