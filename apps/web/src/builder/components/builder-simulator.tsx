/**
 * The document as it is now, run on an order: one of the plugins' sample orders or an edited
 * one. It runs again after every edit (once the document has no errors), without saving.
 */
import { useEffect, useMemo, useState } from 'react';
import { Alert, Card, Select, Space, Typography } from 'antd';
import { useMutation } from '@tanstack/react-query';
import type {
  CampaignDocument,
  EvaluationContext,
  EvaluationResult,
} from '@campaign-studio/engine';
import { readApiError } from '../../api/api-error.js';
import { trpcClient } from '../../api/trpc.js';
import type { SampleSummary } from '../../api/types.js';
import { OrderEditor } from '../../components/order-editor.js';
import { SimulationResult } from '../../components/simulation-result.js';
import { useLocale } from '../../i18n/locale-context.js';
import { localize } from '../../lib/localized.js';
import {
  blankDraft,
  couponKindsOf,
  draftFromContext,
  toContext,
  type OrderDraft,
} from '../../lib/order-draft.js';
import { useDebounced } from '../use-debounced.js';
import { blockUsesOf } from '../state/block-uses-of.js';
import { hasBenefit } from '../state/has-benefit.js';
import { pluginOfBlock } from '../state/palette-entries.js';

interface Props {
  document: CampaignDocument;
  samples: readonly SampleSummary[];
  valid: boolean;
}

/**
 * Every plugin's samples, those of the plugins the document uses first and the document's
 * template's before those: a campaign of core blocks alone still finds orders to try.
 */
function samplesFor(document: CampaignDocument, samples: readonly SampleSummary[]) {
  const plugins = new Set(blockUsesOf(document).map((use) => pluginOfBlock(use.block)));
  const template = document.template?.id;
  const rank = (sample: SampleSummary) =>
    (sample.template !== undefined && sample.template === template ? 2 : 0) +
    (plugins.has(sample.plugin ?? '') ? 1 : 0);

  return [...samples].sort((a, b) => rank(b) - rank(a));
}

export function BuilderSimulator({ document, samples, valid }: Props) {
  const { locale, t } = useLocale();
  const zone = document.timezone ?? 'Asia/Shanghai';
  const offered = useMemo(() => samplesFor(document, samples), [document, samples]);
  const [sampleId, setSampleId] = useState<string | undefined>();
  const [draft, setDraft] = useState<OrderDraft>(() => blankDraft(zone));
  const couponKinds = useMemo(() => couponKindsOf(document), [document]);
  const pair = useMemo(() => ({ document, draft }), [document, draft]);
  const settled = useDebounced(pair, 300);

  const [shown, setShown] = useState<EvaluationResult | undefined>();
  const run = useMutation<
    EvaluationResult,
    Error,
    { document: CampaignDocument; context: EvaluationContext }
  >({
    mutationFn: ({ document: doc, context }) =>
      trpcClient.simulate.mutate({ context: { ...context }, document: { ...doc } }),
    // The last answer stays on screen while the next one is computed: no flicker per edit.
    onSuccess: setShown,
  });
  const { mutate, reset } = run;

  // `valid` speaks of `document`: until the debounced pair has caught up with it (right after a
  // draft loads, say) it would run the blank stand-in, which the server refuses.
  const runnable = valid && settled.document === document && hasBenefit(document);
  useEffect(() => {
    if (!runnable) {
      reset();
      return;
    }
    mutate({
      document: settled.document,
      context: toContext(settled.draft, zone, settled.document.branchId),
    });
  }, [settled, runnable, zone, mutate, reset]);

  const pickSample = (id: string) => {
    const sample = offered.find((candidate) => candidate.id === id);
    if (!sample) return;
    setSampleId(id);
    setDraft(draftFromContext(sample.context, zone));
  };

  return (
    <Card size="small" title={t('builder.simulator')} data-testid="simulator">
      <Space direction="vertical" style={{ width: '100%' }}>
        <Select
          id="sim-sample"
          style={{ width: '100%' }}
          placeholder={t('sim.samplePlaceholder')}
          value={sampleId}
          onChange={pickSample}
          options={offered.map((sample) => ({
            value: sample.id,
            label: localize(sample.name, locale) || sample.id,
          }))}
        />
        <OrderEditor draft={draft} zone={zone} couponKinds={couponKinds} onChange={setDraft} />
        {!valid && (
          <Typography.Text type="secondary">{t('builder.simulatorInvalid')}</Typography.Text>
        )}
        {run.error && (
          <Alert
            type="error"
            showIcon
            message={t('sim.failed', { message: readApiError(run.error).message })}
          />
        )}
        {valid && shown && <SimulationResult result={shown} />}
      </Space>
    </Card>
  );
}
