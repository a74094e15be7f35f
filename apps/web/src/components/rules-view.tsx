/**
 * A campaign's rules in readable form: condition trees as nested lists of block labels with
 * their params, then the benefits. Phased campaigns show each phase with its rules.
 */
import { Card, List, Space, Tag, Typography } from 'antd';
import type { BlockUse, CampaignDocument, ConditionNode, Rule } from '@campaign-studio/engine';
import type { BlockSummary } from '../api/types.js';
import { useLocale } from '../i18n/locale-context.js';
import { formatParams } from '../lib/format-params.js';
import { localize } from '../lib/localized.js';
import { formatWindow } from '../lib/format-window.js';

interface BlockLookup {
  blocks: readonly BlockSummary[];
}

function BlockLine({ use, blocks }: { use: BlockUse } & BlockLookup) {
  const { locale } = useLocale();
  const block = blocks.find((candidate) => candidate.id === use.block);
  const label = block ? localize(block.label, locale) : use.block;

  return (
    <span data-block={use.block}>
      <Typography.Text strong>{label}</Typography.Text>{' '}
      <Typography.Text>{formatParams(use.params, block?.paramsSchema, locale)}</Typography.Text>
    </span>
  );
}

function ConditionTree({ node, blocks }: { node: ConditionNode } & BlockLookup) {
  const { t } = useLocale();
  if ('block' in node) return <BlockLine use={node} blocks={blocks} />;
  if ('not' in node) {
    return (
      <span>
        <Tag>{t('group.not')}</Tag>
        <ConditionTree node={node.not} blocks={blocks} />
      </span>
    );
  }

  const all = 'all' in node;
  const children = all ? node.all : node.any;
  return (
    <div>
      <Tag color={all ? 'blue' : 'purple'}>{t(all ? 'group.all' : 'group.any')}</Tag>
      <ul style={{ margin: '4px 0', paddingInlineStart: 20 }}>
        {children.map((child, index) => (
          <li key={index}>
            <ConditionTree node={child} blocks={blocks} />
          </li>
        ))}
      </ul>
    </div>
  );
}

function RuleCard({ rule, blocks }: { rule: Rule } & BlockLookup) {
  const { locale, t } = useLocale();

  return (
    <Card
      size="small"
      title={localize(rule.name, locale) || rule.id}
      data-testid={`rule-${rule.id}`}
    >
      <Space direction="vertical" style={{ width: '100%' }}>
        <div>
          <Typography.Text type="secondary">{t('show.when')}</Typography.Text>{' '}
          {rule.when ? <ConditionTree node={rule.when} blocks={blocks} /> : t('show.always')}
        </div>
        <div>
          <Typography.Text type="secondary">{t('show.then')}</Typography.Text>
          <List
            size="small"
            dataSource={rule.then}
            renderItem={(use, index) => (
              <List.Item key={index}>
                <BlockLine use={use} blocks={blocks} />
              </List.Item>
            )}
          />
        </div>
      </Space>
    </Card>
  );
}

function RuleList({ rules, blocks }: { rules: readonly Rule[] } & BlockLookup) {
  return (
    <Space direction="vertical" style={{ width: '100%' }}>
      {rules.map((rule) => (
        <RuleCard key={rule.id} rule={rule} blocks={blocks} />
      ))}
    </Space>
  );
}

export function RulesView({ document, blocks }: { document: CampaignDocument } & BlockLookup) {
  const { locale, t } = useLocale();

  if (!document.phases?.length) return <RuleList rules={document.rules ?? []} blocks={blocks} />;

  return (
    <Space direction="vertical" style={{ width: '100%' }}>
      {document.phases.map((phase) => (
        <div key={phase.id}>
          <Typography.Title level={5}>
            {t('show.phase', { name: localize(phase.name, locale) || phase.id })}{' '}
            <Typography.Text type="secondary">{formatWindow(phase.window)}</Typography.Text>
          </Typography.Title>
          <RuleList rules={phase.rules} blocks={blocks} />
        </div>
      ))}
    </Space>
  );
}
