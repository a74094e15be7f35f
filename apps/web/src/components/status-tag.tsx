import { Tag } from 'antd';
import type { CampaignState } from '../api/types.js';
import { useLocale } from '../i18n/locale-context.js';

export function StatusTag({ status }: { status: CampaignState }) {
  const { t } = useLocale();

  return (
    <Tag data-testid="campaign-status" color={status === 'published' ? 'green' : 'default'}>
      {t(`status.${status}`)}
    </Tag>
  );
}
