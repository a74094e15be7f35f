/**
 * HQ creates a branch: an id, its names in both languages and the branch it reports to. The
 * server checks the id; its issues show next to the fields.
 */
import { App, Form, Input, Modal, Select } from 'antd';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiErrorText, readApiError } from '../api/api-error.js';
import type { BranchCreateInput, BranchRow } from '../api/hq-api.js';
import { useTRPC } from '../api/trpc.js';
import { useLocale } from '../i18n/locale-context.js';
import { fieldErrors } from '../lib/field-errors.js';

interface BranchFormModalProps {
  open: boolean;
  branches: BranchRow[];
  onClose(): void;
}

export function BranchFormModal({ open, branches, onClose }: BranchFormModalProps) {
  const { locale, t } = useLocale();
  const { message } = App.useApp();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [form] = Form.useForm<BranchCreateInput>();
  const create = useMutation(trpc.branches.create.mutationOptions());

  const submit = async (values: BranchCreateInput) => {
    try {
      await create.mutateAsync(values);
      message.success(
        t('branches.created', { name: locale === 'en' ? values.nameEn : values.nameZh }),
      );
      await queryClient.invalidateQueries({ queryKey: trpc.branches.list.queryKey() });
      form.resetFields();
      onClose();
    } catch (error) {
      const issues = fieldErrors(readApiError(error).issues, locale);
      if (issues.length > 0) form.setFields(issues as Parameters<typeof form.setFields>[0]);
      else message.error(t('common.failed', { message: apiErrorText(error, locale) }));
    }
  };

  return (
    <Modal
      open={open}
      title={t('branches.new')}
      okText={t('common.create')}
      cancelText={t('common.cancel')}
      confirmLoading={create.isPending}
      onOk={() => form.submit()}
      onCancel={onClose}
      destroyOnHidden
    >
      <Form form={form} layout="vertical" onFinish={submit} initialValues={{ parentId: 'hq' }}>
        <Form.Item
          name="id"
          label={t('branches.id')}
          extra={t('branches.idHelp')}
          rules={[{ required: true, message: t('login.required', { field: t('branches.id') }) }]}
        >
          <Input id="branch-id" />
        </Form.Item>
        <Form.Item
          name="nameZh"
          label={t('branches.nameZh')}
          rules={[
            { required: true, message: t('login.required', { field: t('branches.nameZh') }) },
          ]}
        >
          <Input id="branch-name-zh" />
        </Form.Item>
        <Form.Item
          name="nameEn"
          label={t('branches.nameEn')}
          rules={[
            { required: true, message: t('login.required', { field: t('branches.nameEn') }) },
          ]}
        >
          <Input id="branch-name-en" />
        </Form.Item>
        <Form.Item name="parentId" label={t('branches.parent')}>
          <Select
            options={branches.map((branch) => ({
              value: branch.id,
              label: locale === 'en' ? branch.nameEn : branch.nameZh,
            }))}
          />
        </Form.Item>
      </Form>
    </Modal>
  );
}
