/** The branches the user may see; HQ admins add new ones. */
import { useState } from 'react';
import { Alert, Button, Card, Table } from 'antd';
import { useQuery } from '@tanstack/react-query';
import { apiErrorText } from '../api/api-error.js';
import type { BranchRow } from '../api/hq-api.js';
import { useTRPC } from '../api/trpc.js';
import { useIdentity } from '../api/use-identity.js';
import { BranchFormModal } from '../components/branch-form-modal.js';
import { useLocale } from '../i18n/locale-context.js';
import { isHqAdmin } from '../lib/menu-access.js';

export default function BranchesPage() {
  const { locale, t } = useLocale();
  const trpc = useTRPC();
  const user = useIdentity();
  const branches = useQuery(trpc.branches.list.queryOptions());
  const [creating, setCreating] = useState(false);
  const rows = branches.data ?? [];
  const nameOf = (id: string | undefined) => {
    const branch = rows.find((candidate) => candidate.id === id);
    if (!branch) return id ?? '—';
    return locale === 'en' ? branch.nameEn : branch.nameZh;
  };

  return (
    <Card
      title={t('branches.title')}
      extra={
        isHqAdmin(user?.role) && (
          <Button id="new-branch" type="primary" onClick={() => setCreating(true)}>
            {t('branches.new')}
          </Button>
        )
      }
    >
      {branches.error && <Alert type="error" message={apiErrorText(branches.error, locale)} />}
      <Table<BranchRow>
        rowKey="id"
        data-testid="branches-table"
        loading={branches.isLoading}
        dataSource={rows}
        pagination={{ pageSize: 20, hideOnSinglePage: true }}
        columns={[
          { title: t('branches.id'), dataIndex: 'id' },
          { title: t('branches.nameZh'), dataIndex: 'nameZh' },
          { title: t('branches.nameEn'), dataIndex: 'nameEn' },
          {
            title: t('branches.parent'),
            key: 'parent',
            render: (_, branch) => (branch.parentId ? nameOf(branch.parentId) : '—'),
          },
        ]}
      />
      <BranchFormModal open={creating} branches={rows} onClose={() => setCreating(false)} />
    </Card>
  );
}
