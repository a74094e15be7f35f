/**
 * Tells the marketer why a campaign came back: the reason of the latest "send back" step,
 * shown while the campaign is a draft again.
 */
import { Alert } from 'antd';
import { useQuery } from '@tanstack/react-query';
import { useTRPC } from '../api/trpc.js';
import { useLocale } from '../i18n/locale-context.js';
import { formatTime } from '../lib/format-time.js';

export function SentBackNotice({ campaign }: { campaign: { id: string; lifecycle: string } }) {
  const { t } = useLocale();
  const trpc = useTRPC();
  const events = useQuery({
    ...trpc.campaigns.events.queryOptions({ id: campaign.id }),
    enabled: campaign.lifecycle === 'draft',
  });
  const last = events.data?.[events.data.length - 1];
  if (campaign.lifecycle !== 'draft' || last?.to !== 'draft' || !last.reason) return null;

  return (
    <Alert
      data-testid="sent-back-reason"
      type="warning"
      showIcon
      message={t('sendBack.shown', { reason: last.reason })}
      description={formatTime(last.at)}
      style={{ marginBottom: 16 }}
    />
  );
}
