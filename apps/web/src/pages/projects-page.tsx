/**
 * W2's connection projects of the branches the user may see, with the stage in progress and
 * its deadline, and the alerts the daily stage check raised for late stages, latest first.
 */
import { Alert, Card, Space, Table, Tag, Typography } from 'antd';
import { useQuery } from '@tanstack/react-query';
import type { inferRouterOutputs } from '@trpc/server';
import type { AppRouter } from '@campaign-studio/server';
import { apiErrorText } from '../api/api-error.js';
import { useTRPC } from '../api/trpc.js';
import { useNames } from '../api/use-names.js';
import { useLocale } from '../i18n/locale-context.js';
import { localize } from '../lib/localized.js';

type Outputs = inferRouterOutputs<AppRouter>;
type ProjectRow = Outputs['projects']['list'][number];
type AlertRow = Outputs['alerts']['list'][number];

export default function ProjectsPage() {
  const { locale, t } = useLocale();
  const trpc = useTRPC();
  const { branchName } = useNames();
  const projects = useQuery(trpc.projects.list.queryOptions());
  const alerts = useQuery(trpc.alerts.list.queryOptions({}));
  const error = projects.error ?? alerts.error;

  return (
    <Space direction="vertical" size="large" style={{ width: '100%' }}>
      {error && <Alert type="error" message={apiErrorText(error, locale)} />}
      <Card title={t('projects.title')}>
        <Table<ProjectRow>
          rowKey="id"
          data-testid="projects-table"
          loading={projects.isLoading}
          dataSource={projects.data ?? []}
          locale={{ emptyText: t('projects.empty') }}
          pagination={{ pageSize: 20, hideOnSinglePage: true }}
          columns={[
            { title: t('projects.id'), dataIndex: 'id' },
            { title: t('projects.customer'), dataIndex: 'customer' },
            {
              title: t('projects.stage'),
              key: 'stage',
              render: (_, project) => localize(project.stageName, locale) || project.stage,
            },
            { title: t('projects.startedOn'), dataIndex: 'stageStartedOn' },
            { title: t('projects.deadline'), key: 'due', render: (_, p) => p.deadline ?? '—' },
            {
              title: t('projects.finishedOn'),
              key: 'finished',
              render: (_, project) => project.finishedOn ?? '—',
            },
            { title: t('projects.accountManager'), dataIndex: 'accountManager' },
            {
              title: t('projects.branch'),
              key: 'branch',
              render: (_, project) => branchName(project.branchId),
            },
          ]}
        />
      </Card>
      <Card title={t('alerts.title')}>
        <Typography.Paragraph type="secondary">{t('alerts.intro')}</Typography.Paragraph>
        <Table<AlertRow>
          rowKey={(alert) => `${alert.projectId}/${alert.stage}/${alert.day}`}
          data-testid="alerts-table"
          loading={alerts.isLoading}
          dataSource={alerts.data ?? []}
          locale={{ emptyText: t('alerts.empty') }}
          pagination={{ pageSize: 20, hideOnSinglePage: true }}
          columns={[
            { title: t('alerts.day'), dataIndex: 'day' },
            { title: t('projects.id'), dataIndex: 'projectId' },
            {
              title: t('projects.stage'),
              key: 'stage',
              render: (_, alert) => localize(alert.stageName, locale),
            },
            { title: t('projects.deadline'), dataIndex: 'deadline' },
            { title: t('alerts.daysLate'), dataIndex: 'daysLate' },
            {
              title: '',
              key: 'first',
              render: (_, alert) =>
                alert.first ? (
                  <Tag color="red">{t('alerts.first')}</Tag>
                ) : (
                  <Tag color="orange">{t('alerts.again')}</Tag>
                ),
            },
            {
              title: t('projects.accountManager'),
              key: 'manager',
              render: (_, alert) => alert.accountManager ?? '—',
            },
          ]}
        />
      </Card>
    </Space>
  );
}
