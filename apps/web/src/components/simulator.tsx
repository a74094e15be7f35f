/**
 * Try a campaign on an order: start from one of the plugin's samples or edit the order, then
 * `simulate` the draft or `evaluate` the published campaigns in scope.
 */
import { useMemo, useState } from 'react';
import { Alert, Button, Card, Select, Space } from 'antd';
import { useMutation } from '@tanstack/react-query';
import type { EvaluationContext, EvaluationResult } from '@campaign-studio/engine';
import { apiErrorText, readApiError } from '../api/api-error.js';
import { trpcClient } from '../api/trpc.js';
import type { Campaign, SampleSummary } from '../api/types.js';
import { pluginOf } from '../api/use-registry.js';
import { useLocale } from '../i18n/locale-context.js';
import { localize } from '../lib/localized.js';
import {
  blankDraft,
  couponKindsOf,
  draftFromContext,
  toContext,
  type OrderDraft,
} from '../lib/order-draft.js';
import { OrderEditor } from './order-editor.js';
import { SimulationResult } from './simulation-result.js';

type Mode = 'draft' | 'published';

/** The API takes contexts as plain JSON objects and validates them itself. */
function asJson(context: EvaluationContext): Record<string, unknown> {
  return { ...context };
}

interface RunInput {
  mode: Mode;
  context: EvaluationContext;
}

function samplesFor(campaign: Campaign, samples: readonly SampleSummary[]): SampleSummary[] {
  const ofPlugin = samples.filter(
    (sample) => (sample.plugin ?? pluginOf(sample.template ?? sample.id)) === campaign.plugin,
  );
  // The template's own samples first: they are the ones that show what it does.
  return [...ofPlugin].sort(
    (a, b) =>
      Number(b.template === campaign.templateId) - Number(a.template === campaign.templateId),
  );
}

export function Simulator({ campaign, samples }: { campaign: Campaign; samples: SampleSummary[] }) {
  const { locale, t } = useLocale();
  const zone = campaign.document.timezone ?? 'Asia/Shanghai';
  const offered = useMemo(() => samplesFor(campaign, samples), [campaign, samples]);
  const [sampleId, setSampleId] = useState<string | undefined>();
  const [draft, setDraft] = useState<OrderDraft>(() => blankDraft(zone));
  const couponKinds = useMemo(() => couponKindsOf(campaign.document), [campaign.document]);

  const run = useMutation<EvaluationResult, Error, RunInput>({
    mutationFn: async ({ mode, context }) => {
      if (mode === 'draft')
        return trpcClient.simulate.mutate({ context: asJson(context), campaignId: campaign.id });
      return trpcClient.evaluate.mutate({ context: asJson(context) });
    },
  });

  const pickSample = (id: string) => {
    const sample = offered.find((candidate) => candidate.id === id);
    if (!sample) return;
    setSampleId(id);
    setDraft(draftFromContext(sample.context, zone));
    run.reset();
  };

  const start = (mode: Mode) =>
    run.mutate({ mode, context: toContext(draft, zone, campaign.branchId) });

  return (
    <Card title={t('sim.title')} data-testid="simulator">
      <Space direction="vertical" size="middle" style={{ width: '100%' }}>
        <Select
          id="sim-sample"
          style={{ minWidth: 360 }}
          placeholder={t('sim.samplePlaceholder')}
          value={sampleId}
          onChange={pickSample}
          options={offered.map((sample) => ({
            value: sample.id,
            label: localize(sample.name, locale) || sample.id,
          }))}
        />
        <OrderEditor draft={draft} zone={zone} couponKinds={couponKinds} onChange={setDraft} />
        <Space>
          <Button
            id="sim-run-draft"
            type="primary"
            loading={run.isPending}
            onClick={() => start('draft')}
          >
            {t('sim.runDraft')}
          </Button>
          <Button
            id="sim-run-published"
            disabled={campaign.status !== 'published'}
            loading={run.isPending}
            onClick={() => start('published')}
          >
            {t('sim.runPublished')}
          </Button>
        </Space>
        {run.error && (
          <Alert
            type="error"
            showIcon
            message={t('sim.failed', { message: apiErrorText(run.error, locale) })}
            description={
              readApiError(run.error)
                .issues.map((issue) => `${issue.path}: ${localize(issue.message, locale)}`)
                .join('\n') || undefined
            }
          />
        )}
        {run.data && <SimulationResult result={run.data} />}
      </Space>
    </Card>
  );
}
