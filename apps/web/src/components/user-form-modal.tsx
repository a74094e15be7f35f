/**
 * Adds a user, or changes one: role, branch, names, and a new password (a reset). Branch
 * managers work within their own branch and cannot make HQ admins; the server refuses the
 * rest, and its issues show next to the fields.
 */
import { App, Form, Input, Modal, Select } from 'antd';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiErrorText, readApiError } from '../api/api-error.js';
import type { BranchRow, UserRow } from '../api/hq-api.js';
import { useTRPC } from '../api/trpc.js';
import type { Role, User } from '../api/types.js';
import { useLocale } from '../i18n/locale-context.js';
import { fieldErrors } from '../lib/field-errors.js';

interface UserFormValues {
  username: string;
  displayName: string;
  displayNameEn?: string;
  role: Role;
  branchId: string;
  password?: string;
}

interface UserFormModalProps {
  /** The user to change; a new user when absent. */
  editing?: UserRow;
  open: boolean;
  branches: BranchRow[];
  caller: User | undefined;
  onClose(): void;
}

const ROLES: readonly Role[] = ['hq-admin', 'branch-manager', 'marketer', 'integrator', 'auditor'];
const MIN_PASSWORD = 8;

function rolesFor(caller: User | undefined): readonly Role[] {
  return caller?.role === 'hq-admin' ? ROLES : ROLES.filter((role) => role !== 'hq-admin');
}

export function UserFormModal({ editing, open, branches, caller, onClose }: UserFormModalProps) {
  const { locale, t } = useLocale();
  const { message } = App.useApp();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [form] = Form.useForm<UserFormValues>();
  const create = useMutation(trpc.users.create.mutationOptions());
  const update = useMutation(trpc.users.update.mutationOptions());
  const required = (field: string) => ({
    required: true,
    message: t('login.required', { field: t(field) }),
  });

  const save = async (values: UserFormValues) => {
    const displayNameEn = values.displayNameEn?.trim() || undefined;
    const password = values.password || undefined;
    if (editing) {
      await update.mutateAsync({
        id: editing.id,
        role: values.role,
        branchId: values.branchId,
        displayName: values.displayName,
        // An emptied English name is removed, not kept.
        displayNameEn: displayNameEn ?? null,
        ...(password === undefined ? {} : { password }),
      });
      message.success(t('users.saved', { username: editing.username }));
      return;
    }
    await create.mutateAsync({
      username: values.username,
      displayName: values.displayName,
      ...(displayNameEn === undefined ? {} : { displayNameEn }),
      role: values.role,
      branchId: values.branchId,
      password: values.password ?? '',
    });
    message.success(t('users.created', { username: values.username }));
  };

  const submit = async (values: UserFormValues) => {
    try {
      await save(values);
      await queryClient.invalidateQueries({ queryKey: trpc.users.list.queryKey() });
      onClose();
    } catch (error) {
      const issues = fieldErrors(readApiError(error).issues, locale);
      if (issues.length > 0) form.setFields(issues as Parameters<typeof form.setFields>[0]);
      else message.error(t('common.failed', { message: apiErrorText(error, locale) }));
    }
  };

  const initialValues: Partial<UserFormValues> = editing
    ? {
        username: editing.username,
        displayName: editing.displayName,
        ...(editing.displayNameEn === undefined ? {} : { displayNameEn: editing.displayNameEn }),
        role: editing.role,
        branchId: editing.branchId,
      }
    : { role: 'marketer', branchId: caller?.branchId ?? 'hq' };

  return (
    <Modal
      open={open}
      title={editing ? t('users.editTitle', { username: editing.username }) : t('users.new')}
      okText={editing ? t('common.save') : t('common.create')}
      cancelText={t('common.cancel')}
      confirmLoading={create.isPending || update.isPending}
      onOk={() => form.submit()}
      onCancel={onClose}
      destroyOnHidden
    >
      <Form
        form={form}
        layout="vertical"
        onFinish={submit}
        initialValues={initialValues}
        preserve={false}
      >
        <Form.Item name="username" label={t('users.username')} rules={[required('users.username')]}>
          <Input id="user-username" disabled={editing !== undefined} autoComplete="off" />
        </Form.Item>
        <Form.Item
          name="displayName"
          label={t('users.displayName')}
          rules={[required('users.displayName')]}
        >
          <Input id="user-display-name" />
        </Form.Item>
        <Form.Item name="displayNameEn" label={t('users.displayNameEn')}>
          <Input id="user-display-name-en" />
        </Form.Item>
        <Form.Item name="role" label={t('users.role')} rules={[required('users.role')]}>
          <Select
            id="user-role"
            options={rolesFor(caller).map((role) => ({ value: role, label: t(`role.${role}`) }))}
          />
        </Form.Item>
        <Form.Item name="branchId" label={t('users.branch')} rules={[required('users.branch')]}>
          <Select
            id="user-branch"
            options={branches.map((branch) => ({
              value: branch.id,
              label: locale === 'en' ? branch.nameEn : branch.nameZh,
            }))}
          />
        </Form.Item>
        <Form.Item
          name="password"
          label={editing ? t('users.newPassword') : t('users.password')}
          {...(editing ? { extra: t('users.newPasswordHelp') } : {})}
          rules={[
            ...(editing ? [] : [required('users.password')]),
            { min: MIN_PASSWORD, message: t('users.passwordMin') },
          ]}
        >
          <Input.Password id="user-password" autoComplete="new-password" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
