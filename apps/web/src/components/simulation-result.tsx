/**
 * What an evaluation answered: the order's money, each line's money, the benefits applied, and
 * per campaign and rule whether it applied and why not, in the current language.
 */
import { Card, Col, Descriptions, List, Row, Statistic, Table, Tag, Typography } from 'antd';
import type {
  CampaignOutcome,
  EvaluationResult,
  LineResult,
  Reason,
  RuleOutcome,
} from '@campaign-studio/engine';
import { useLocale } from '../i18n/locale-context.js';
import { formatYuan } from '../lib/format-yuan.js';
import { localize } from '../lib/localized.js';

const STATUS_COLORS: Record<string, string> = {
  applied: 'green',
  'not-applied': 'default',
  'not-met': 'default',
  lost: 'orange',
  'out-of-scope': 'default',
  error: 'red',
};

function ReasonView({ reason }: { reason: Reason }) {
  const { locale, t } = useLocale();

  return (
    <div className="sim-reason">
      <Typography.Text>{localize(reason.message, locale)}</Typography.Text>
      {reason.expected !== undefined && (
        <Typography.Text type="secondary">
          {' '}
          · {t('sim.expected')} {reason.expected}
        </Typography.Text>
      )}
      {reason.actual !== undefined && (
        <Typography.Text type="secondary">
          {' '}
          · {t('sim.actual')} {reason.actual}
        </Typography.Text>
      )}
      {reason.children && (
        <ul style={{ margin: 0, paddingInlineStart: 20 }}>
          {reason.children.map((child, index) => (
            <li key={index}>
              <ReasonView reason={child} />
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

function StatusLabel({ status }: { status: string }) {
  const { t } = useLocale();

  return <Tag color={STATUS_COLORS[status] ?? 'default'}>{t(`outcome.${status}`)}</Tag>;
}

/** Names for the ids an evaluation mentions, in the current language; the id when unknown. */
interface OutcomeNames {
  campaign(campaignId: string): string;
  /** A rule of the campaign, else any campaign's rule, else a campaign with that id. */
  rule(campaignId: string, ruleId: string): string;
}

function outcomeNames(result: EvaluationResult, locale: string): OutcomeNames {
  const campaign = (campaignId: string) => {
    const outcome = result.campaigns.find((candidate) => candidate.campaignId === campaignId);
    return (outcome && localize(outcome.name, locale)) || campaignId;
  };
  const ruleIn = (outcome: CampaignOutcome, ruleId: string) => {
    const rule = outcome.rules.find((candidate) => candidate.ruleId === ruleId);
    return rule ? localize(rule.name, locale) || undefined : undefined;
  };
  const rule = (campaignId: string, ruleId: string) => {
    const own = result.campaigns.find((candidate) => candidate.campaignId === campaignId);
    const named =
      (own && ruleIn(own, ruleId)) ??
      result.campaigns.map((outcome) => ruleIn(outcome, ruleId)).find((name) => name !== undefined);
    return named ?? campaign(ruleId);
  };
  return { campaign, rule };
}

function RuleRow(props: { rule: RuleOutcome; campaignId: string; names: OutcomeNames }) {
  const { rule, campaignId, names } = props;
  const { locale, t } = useLocale();

  return (
    <List.Item data-testid={`outcome-rule-${rule.ruleId}`}>
      <div>
        <StatusLabel status={rule.status} />
        <Typography.Text strong>{localize(rule.name, locale) || rule.ruleId}</Typography.Text>
        {rule.value !== undefined && <Typography.Text> {formatYuan(rule.value)}</Typography.Text>}
        {rule.lostTo && (
          <Typography.Text type="secondary">
            {' '}
            {t('sim.lostTo', { id: names.rule(campaignId, rule.lostTo) })}
          </Typography.Text>
        )}
        {rule.reason && <ReasonView reason={rule.reason} />}
      </div>
    </List.Item>
  );
}

function CampaignExplanation(props: { outcome: CampaignOutcome; names: OutcomeNames }) {
  const { outcome, names } = props;
  const { locale, t } = useLocale();

  return (
    <Card
      size="small"
      data-testid={`outcome-${outcome.campaignId}`}
      title={
        <span>
          <StatusLabel status={outcome.status} />
          {localize(outcome.name, locale) || outcome.campaignId} v{outcome.campaignVersion}
        </span>
      }
    >
      {outcome.reason && <ReasonView reason={outcome.reason} />}
      {outcome.lostTo && (
        <Typography.Text>{t('sim.lostTo', { id: names.campaign(outcome.lostTo) })}</Typography.Text>
      )}
      <List
        size="small"
        dataSource={outcome.rules}
        renderItem={(rule) => <RuleRow rule={rule} campaignId={outcome.campaignId} names={names} />}
      />
    </Card>
  );
}

/** The four totals shown above the lines, in the order a receipt reads. */
const TOTALS = [
  { key: 'listSubtotal', testId: 'sim-list-subtotal', title: 'sim.listSubtotal' },
  { key: 'discount', testId: 'sim-discount', title: 'sim.discount' },
  { key: 'tendered', testId: 'sim-tendered', title: 'sim.tendered' },
  { key: 'payable', testId: 'sim-payable', title: 'sim.payable' },
] as const;

export function SimulationResult({ result }: { result: EvaluationResult }) {
  const { locale, t } = useLocale();
  const names = outcomeNames(result, locale);

  return (
    <div data-testid="sim-result">
      <Row gutter={16} style={{ marginBottom: 16 }}>
        {TOTALS.map(({ key, testId, title }) => (
          <Col span={6} key={key}>
            <Statistic data-testid={testId} title={t(title)} value={formatYuan(result[key])} />
          </Col>
        ))}
      </Row>
      <Table<LineResult>
        size="small"
        rowKey="lineId"
        pagination={false}
        title={() => t('sim.lineResults')}
        dataSource={result.lines}
        columns={[
          { title: 'ID', dataIndex: 'lineId' },
          {
            title: t('sim.lineList'),
            key: 'list',
            render: (_, line) => formatYuan(line.listAmount),
          },
          {
            title: t('sim.discount'),
            key: 'discount',
            render: (_, line) => formatYuan(line.discount),
          },
          {
            title: t('sim.tendered'),
            key: 'tendered',
            render: (_, line) => formatYuan(line.tendered),
          },
          {
            title: t('sim.linePayable'),
            key: 'payable',
            render: (_, line) => formatYuan(line.payable),
          },
        ]}
      />
      <Descriptions title={t('sim.benefits')} column={1} size="small" style={{ marginTop: 16 }}>
        {result.benefits.length === 0 && (
          <Descriptions.Item label="—">{t('sim.noBenefits')}</Descriptions.Item>
        )}
        {result.benefits.map((benefit) => (
          <Descriptions.Item
            key={`${benefit.campaignId}${benefit.path}`}
            label={localize(benefit.label, locale)}
          >
            <span data-testid="sim-benefit">
              {formatYuan(benefit.amount)} · {names.campaign(benefit.campaignId)} /{' '}
              {names.rule(benefit.campaignId, benefit.ruleId)}
              {benefit.reward
                ? ` · ${localize(benefit.reward.label, locale)} ×${benefit.reward.quantity}`
                : ''}
            </span>
          </Descriptions.Item>
        ))}
      </Descriptions>
      <Typography.Title level={5} style={{ marginTop: 16 }}>
        {t('sim.explanation')}
      </Typography.Title>
      {result.campaigns.map((outcome) => (
        <CampaignExplanation key={outcome.campaignId} outcome={outcome} names={names} />
      ))}
    </div>
  );
}
