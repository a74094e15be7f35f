/**
 * The lifecycle steps the signed-in person may take on this campaign now: submit, approve,
 * send back, pause, resume, end. Each asks for confirmation; sending back asks for a reason.
 */
import { useState } from 'react';
import { App, Button, Popconfirm, Space } from 'antd';
import { apiErrorText } from '../api/api-error.js';
import { runLifecycleStep } from '../api/run-lifecycle-step.js';
import { useIdentity } from '../api/use-identity.js';
import { useRefreshCampaigns } from '../api/use-refresh-campaigns.js';
import { useLocale } from '../i18n/locale-context.js';
import { stepsFor, type LifecycleStep } from '../lib/lifecycle-steps.js';
import { SendBackModal } from './send-back-modal.js';

interface LifecycleButtonsProps {
  campaign: { id: string; revision: number; lifecycle: string };
  name: string;
  /** A failure to show under the page header. */
  onFailure(message: string | undefined): void;
}

const DANGEROUS: readonly LifecycleStep[] = ['end', 'sendBack'];

export function LifecycleButtons({ campaign, name, onFailure }: LifecycleButtonsProps) {
  const { locale, t } = useLocale();
  const { message } = App.useApp();
  const user = useIdentity();
  const refresh = useRefreshCampaigns();
  const [busy, setBusy] = useState<LifecycleStep | undefined>();
  const [sendingBack, setSendingBack] = useState(false);
  const steps = stepsFor(user?.role, campaign.lifecycle);

  const take = async (step: LifecycleStep) => {
    setBusy(step);
    onFailure(undefined);
    try {
      await runLifecycleStep(step, campaign);
      message.success(t('step.done', { step: t(`step.${step}`) }));
      await refresh(campaign.id);
    } catch (error) {
      onFailure(
        t('step.failed', { step: t(`step.${step}`), message: apiErrorText(error, locale) }),
      );
    } finally {
      setBusy(undefined);
    }
  };

  return (
    <Space>
      {steps.map((step) =>
        step === 'sendBack' ? (
          <Button key={step} id="step-sendBack" danger onClick={() => setSendingBack(true)}>
            {t('step.sendBack')}
          </Button>
        ) : (
          <Popconfirm key={step} title={t(`step.${step}.confirm`)} onConfirm={() => take(step)}>
            <Button
              id={`step-${step}`}
              type={DANGEROUS.includes(step) ? 'default' : 'primary'}
              danger={DANGEROUS.includes(step)}
              loading={busy === step}
            >
              {t(`step.${step}`)}
            </Button>
          </Popconfirm>
        ),
      )}
      <SendBackModal
        target={sendingBack ? { ...campaign, name } : undefined}
        onClose={() => setSendingBack(false)}
        onDone={refresh}
      />
    </Space>
  );
}
