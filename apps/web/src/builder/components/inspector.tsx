/**
 * The selected block's params as a form generated from its JSON Schema, checked with ajv as
 * you type; what the server's validation says about the block stands next to its field too.
 */
import { useEffect, useMemo } from 'react';
import { Alert, Card, Typography } from 'antd';
import type { BlockUse } from '@campaign-studio/engine';
import { ParamsForm } from '../../components/params-form.js';
import { useLocale } from '../../i18n/locale-context.js';
import { issuesToErrorSchema } from '../../lib/issues-to-error-schema.js';
import { localize } from '../../lib/localized.js';
import { useBuilder } from '../builder-context.js';
import { getAt } from '../state/json-pointer.js';
import { pruneParams } from '../state/prune-params.js';

export function Inspector({ focusField }: { focusField?: string }) {
  const { locale, t } = useLocale();
  const { document, dispatch, selected, blocks, issues } = useBuilder();
  const use =
    selected === undefined ? undefined : (getAt(document, selected) as BlockUse | undefined);
  const block = use?.block === undefined ? undefined : blocks.get(use.block);
  const placed = useMemo(() => {
    if (selected === undefined) return undefined;
    const own = issues
      .filter((issue) => issue.path.startsWith(`${selected}/params`))
      .map((issue) => ({ ...issue, path: issue.path.slice(selected.length) }));
    return issuesToErrorSchema(own, locale);
  }, [issues, selected, locale]);

  useEffect(() => {
    if (focusField === undefined) return;
    const input = window.document.querySelector<HTMLElement>(
      `[data-testid="inspector"] [id^="root_${focusField}"]`,
    );
    input?.focus();
  }, [focusField, selected]);

  return (
    <Card size="small" title={t('builder.inspector')} data-testid="inspector">
      {use === undefined || selected === undefined ? (
        <Typography.Text type="secondary">{t('builder.inspectorEmpty')}</Typography.Text>
      ) : block === undefined ? (
        <Alert type="error" message={t('builder.unknownBlock', { id: use.block })} />
      ) : (
        <>
          <Typography.Title level={5} data-testid="inspector-block">
            {localize(block.label, locale)}
          </Typography.Title>
          <Typography.Paragraph type="secondary">
            {localize(block.description, locale)}
          </Typography.Paragraph>
          <ParamsForm
            key={`${selected}:${locale}`}
            schema={block.paramsSchema}
            value={use.params}
            serverErrors={placed?.errorSchema}
            onChange={(params) =>
              dispatch({ type: 'setParams', path: selected, params: pruneParams(params) })
            }
            onSubmit={() => undefined}
          />
        </>
      )}
    </Card>
  );
}
