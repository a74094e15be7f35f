/**
 * HQ sets what branches may change in a template: each top-level param locked, free, or
 * bounded (min and max, allowed values, keep HQ's items), money in yuan. Others read them.
 */
import { useEffect, useMemo, useState } from 'react';
import { Alert, App, Button, Card, Space, Spin, Table, Typography } from 'antd';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useParams } from 'react-router';
import type { JsonSchema } from '@campaign-studio/engine';
import { apiErrorText, readApiError } from '../api/api-error.js';
import { useTRPC } from '../api/trpc.js';
import type { ApiIssue } from '../api/types.js';
import { useIdentity } from '../api/use-identity.js';
import { useRegistry } from '../api/use-registry.js';
import { BoundRowEditor } from '../components/bound-row-editor.js';
import { useLocale } from '../i18n/locale-context.js';
import {
  fromDraft,
  paramKind,
  toDraft,
  type BoundDraft,
  type ParamBoundValue,
} from '../lib/bound-drafts.js';
import { localize } from '../lib/localized.js';
import { isHqAdmin } from '../lib/menu-access.js';
import { schemaProperties } from '../lib/schema-walk.js';

type Drafts = Record<string, BoundDraft>;

function draftsOf(bounds: Record<string, ParamBoundValue>, params: Record<string, JsonSchema>) {
  return Object.fromEntries(
    Object.entries(params).map(([name, schema]) => [name, toDraft(bounds[name], schema)]),
  );
}

/** `/bounds/vipMin/min` belongs to the row of `vipMin`. */
function issuesOf(issues: ApiIssue[], param: string, locale: string): string[] {
  return issues
    .filter((issue) => issue.path.split('/')[2] === param)
    .map((issue) => localize(issue.message, locale));
}

export default function TemplateBoundsPage() {
  const { templateId = '' } = useParams();
  const { locale, t } = useLocale();
  const { message } = App.useApp();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const user = useIdentity();
  const { registry } = useRegistry();
  const bounds = useQuery(trpc.templates.bounds.queryOptions({ templateId }));
  const save = useMutation(trpc.templates.setBounds.mutationOptions());
  const template = registry?.templates.find((candidate) => candidate.id === templateId);
  const params = useMemo(
    () => (template ? schemaProperties(template.paramsSchema) : {}),
    [template],
  );
  const [drafts, setDrafts] = useState<Drafts>({});
  const [issues, setIssues] = useState<ApiIssue[]>([]);
  const [failure, setFailure] = useState<string | undefined>();
  const editable = isHqAdmin(user?.role);

  useEffect(() => {
    if (bounds.data) setDrafts(draftsOf(bounds.data.bounds, params));
  }, [bounds.data, params]);

  if (bounds.isLoading || !registry) return <Spin />;
  if (bounds.error || !template) {
    return (
      <Alert
        type="error"
        message={bounds.error ? apiErrorText(bounds.error, locale) : templateId}
      />
    );
  }

  const submit = async () => {
    setIssues([]);
    setFailure(undefined);
    const next = Object.fromEntries(
      Object.entries(drafts).map(([name, draft]) => [name, fromDraft(draft, params[name])]),
    );
    try {
      await save.mutateAsync({ templateId, bounds: next });
      message.success(t('bounds.saved'));
      await queryClient.invalidateQueries({ queryKey: trpc.templates.bounds.queryKey() });
    } catch (error) {
      const info = readApiError(error);
      setIssues(info.issues);
      if (info.issues.length === 0) setFailure(apiErrorText(error, locale));
    }
  };

  return (
    <Card
      title={t('bounds.title', { name: localize(template.name, locale) })}
      extra={
        editable && (
          <Space>
            <Button onClick={() => setDrafts(draftsOf(bounds.data?.fileBounds ?? {}, params))}>
              {t('bounds.reset')}
            </Button>
            <Button id="save-bounds" type="primary" loading={save.isPending} onClick={submit}>
              {t('bounds.save')}
            </Button>
          </Space>
        )
      }
    >
      <Typography.Paragraph type="secondary">{t('bounds.intro')}</Typography.Paragraph>
      {failure && <Alert type="error" showIcon message={failure} style={{ marginBottom: 16 }} />}
      <Table<[string, JsonSchema]>
        rowKey={([name]) => name}
        pagination={false}
        dataSource={Object.entries(params)}
        columns={[
          {
            title: t('bounds.param'),
            key: 'param',
            width: 260,
            render: (_, [name, schema]) => localize(schema['x-label'], locale) || name,
          },
          {
            title: t('bounds.mode'),
            key: 'bound',
            render: (_, [name, schema]) => {
              const draft = drafts[name];
              if (!draft) return null;
              return (
                <BoundRowEditor
                  param={name}
                  kind={paramKind(schema)}
                  draft={draft}
                  options={Array.isArray(schema.enum) ? schema.enum : []}
                  disabled={!editable}
                  errors={issuesOf(issues, name, locale)}
                  onChange={(next) => setDrafts((all) => ({ ...all, [name]: next }))}
                />
              );
            },
          },
        ]}
      />
    </Card>
  );
}
