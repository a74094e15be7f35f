/**
 * The users the caller may see (HQ: everyone; a branch manager: their branch), with their role
 * and branch; HQ admins and branch managers add users, change roles and reset passwords.
 */
import { useState } from 'react';
import { Alert, Button, Card, Table, Tag } from 'antd';
import { useQuery } from '@tanstack/react-query';
import { apiErrorText } from '../api/api-error.js';
import type { UserRow } from '../api/hq-api.js';
import { useTRPC } from '../api/trpc.js';
import { useIdentity } from '../api/use-identity.js';
import { useNames } from '../api/use-names.js';
import { UserFormModal } from '../components/user-form-modal.js';
import { useLocale } from '../i18n/locale-context.js';
import { mayManageUsers } from '../lib/menu-access.js';

/** The modal is open for a new user (`'new'`) or for one user. */
type Editing = 'new' | UserRow | undefined;

export default function UsersPage() {
  const { locale, t } = useLocale();
  const trpc = useTRPC();
  const caller = useIdentity();
  const { branchName } = useNames();
  const users = useQuery(trpc.users.list.queryOptions({}));
  const branches = useQuery(trpc.branches.list.queryOptions());
  const [editing, setEditing] = useState<Editing>();
  const mayManage = mayManageUsers(caller?.role);

  return (
    <Card
      title={t('users.title')}
      extra={
        mayManage && (
          <Button id="new-user" type="primary" onClick={() => setEditing('new')}>
            {t('users.new')}
          </Button>
        )
      }
    >
      {users.error && <Alert type="error" message={apiErrorText(users.error, locale)} />}
      <Table<UserRow>
        rowKey="id"
        data-testid="users-table"
        loading={users.isLoading}
        dataSource={users.data ?? []}
        pagination={{ pageSize: 20, hideOnSinglePage: true }}
        columns={[
          {
            title: t('users.username'),
            dataIndex: 'username',
            render: (v: string) => <code>{v}</code>,
          },
          {
            title: t('users.displayName'),
            key: 'name',
            render: (_, user) =>
              locale === 'en' && user.displayNameEn ? user.displayNameEn : user.displayName,
          },
          {
            title: t('users.role'),
            key: 'role',
            render: (_, user) => <Tag>{t(`role.${user.role}`)}</Tag>,
          },
          {
            title: t('users.branch'),
            key: 'branch',
            render: (_, user) => branchName(user.branchId),
          },
          ...(mayManage
            ? [
                {
                  title: '',
                  key: 'edit',
                  render: (_: unknown, user: UserRow) => (
                    <Button
                      size="small"
                      data-testid={`edit-user-${user.username}`}
                      onClick={() => setEditing(user)}
                    >
                      {t('users.edit')}
                    </Button>
                  ),
                },
              ]
            : []),
        ]}
      />
      <UserFormModal
        open={editing !== undefined}
        {...(typeof editing === 'object' ? { editing } : {})}
        branches={branches.data ?? []}
        caller={caller}
        onClose={() => setEditing(undefined)}
      />
    </Card>
  );
}
