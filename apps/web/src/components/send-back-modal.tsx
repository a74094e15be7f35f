/** Sending a submitted campaign back needs a reason: the marketer reads it on the campaign. */
import { App, Form, Input, Modal } from 'antd';
import { useState } from 'react';
import { apiErrorText } from '../api/api-error.js';
import { runLifecycleStep, type StepTarget } from '../api/run-lifecycle-step.js';
import { useLocale } from '../i18n/locale-context.js';

interface SendBackModalProps {
  /** The campaign to send back; the modal is closed when absent. */
  target: (StepTarget & { name: string }) | undefined;
  onClose(): void;
  onDone(id: string): Promise<void>;
}

const MAX_REASON = 500;

export function SendBackModal({ target, onClose, onDone }: SendBackModalProps) {
  const { locale, t } = useLocale();
  const { message } = App.useApp();
  const [form] = Form.useForm<{ reason: string }>();
  const [busy, setBusy] = useState(false);

  const submit = async ({ reason }: { reason: string }) => {
    if (!target) return;
    setBusy(true);
    try {
      await runLifecycleStep('sendBack', target, reason.trim());
      message.success(t('step.done', { step: t('step.sendBack') }));
      await onDone(target.id);
      onClose();
    } catch (error) {
      const text = apiErrorText(error, locale);
      form.setFields([{ name: 'reason', errors: [text] }]);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Modal
      open={target !== undefined}
      title={t('sendBack.title', { name: target?.name ?? '' })}
      okText={t('step.sendBack')}
      okButtonProps={{ id: 'send-back-confirm', danger: true }}
      cancelText={t('common.cancel')}
      confirmLoading={busy}
      onOk={() => form.submit()}
      onCancel={onClose}
      destroyOnHidden
    >
      <Form form={form} layout="vertical" onFinish={submit} preserve={false}>
        <Form.Item
          name="reason"
          label={t('sendBack.reason')}
          rules={[{ required: true, whitespace: true, message: t('sendBack.reasonRequired') }]}
        >
          <Input.TextArea
            id="send-back-reason"
            rows={4}
            maxLength={MAX_REASON}
            showCount
            placeholder={t('sendBack.placeholder')}
          />
        </Form.Item>
      </Form>
    </Modal>
  );
}
