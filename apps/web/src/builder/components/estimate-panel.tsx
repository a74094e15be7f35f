/** The costs computed from the rules, and the planned budget beside them with who pays. */
import { Card, Table, Tag, Typography } from 'antd';
import { useLocale } from '../../i18n/locale-context.js';
import { formatYuan } from '../../lib/format-yuan.js';
import { localize } from '../../lib/localized.js';
import type { EstimateAnswer } from '../builder-types.js';

type BudgetRow = NonNullable<EstimateAnswer['budget']>['rows'][number];

export function EstimatePanel({ estimate }: { estimate: EstimateAnswer | undefined }) {
  const { locale, t } = useLocale();
  const budget = estimate?.budget;

  return (
    <Card size="small" title={t('builder.estimate')} data-testid="estimate">
      {(estimate?.lines.length ?? 0) === 0 && !budget && (
        <Typography.Text type="secondary">{t('builder.noEstimate')}</Typography.Text>
      )}
      {estimate?.lines.map((line) => (
        <div key={line.id} data-testid={`estimate:${line.id.split(':')[0]}`}>
          {localize(line.label, locale)}：
          <Typography.Text strong>{formatYuan(line.amount)}</Typography.Text>
        </div>
      ))}
      {budget && (
        <Table<BudgetRow>
          style={{ marginTop: 8 }}
          size="small"
          rowKey="id"
          pagination={false}
          dataSource={budget.rows}
          data-testid="budget"
          columns={[
            {
              title: t('builder.budget.line'),
              key: 'name',
              render: (_, row) => localize(row.name, locale),
            },
            {
              title: t('builder.budget.planned'),
              key: 'planned',
              render: (_, row) => formatYuan(row.planned),
            },
            {
              title: t('builder.budget.estimate'),
              key: 'estimate',
              render: (_, row) =>
                row.estimate === undefined ? (
                  '—'
                ) : (
                  <span data-testid={`budget-estimate:${row.id}`}>
                    {formatYuan(row.estimate)}{' '}
                    {row.over && <Tag color="red">{t('builder.budget.over')}</Tag>}
                  </span>
                ),
            },
          ]}
          summary={() => (
            <>
              <Table.Summary.Row>
                <Table.Summary.Cell index={0}>{t('builder.budget.total')}</Table.Summary.Cell>
                <Table.Summary.Cell index={1} colSpan={2}>
                  <span data-testid="budget-total">{formatYuan(budget.planned)}</span>
                </Table.Summary.Cell>
              </Table.Summary.Row>
              <Table.Summary.Row>
                <Table.Summary.Cell index={0}>{t('builder.budget.merchants')}</Table.Summary.Cell>
                <Table.Summary.Cell index={1} colSpan={2}>
                  <span data-testid="budget-merchants">{formatYuan(budget.merchantsCarry)}</span>
                </Table.Summary.Cell>
              </Table.Summary.Row>
              <Table.Summary.Row>
                <Table.Summary.Cell index={0}>{t('builder.budget.own')}</Table.Summary.Cell>
                <Table.Summary.Cell index={1} colSpan={2}>
                  <span data-testid="budget-own">{formatYuan(budget.ownShare)}</span>
                </Table.Summary.Cell>
              </Table.Summary.Row>
            </>
          )}
        />
      )}
    </Card>
  );
}
