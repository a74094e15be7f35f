/**
 * A campaign from a template: the template's params as a generated form, defaults filled in.
 * The server validates again and its issues land next to the fields they name.
 */
import { useMemo, useState } from 'react';
import { Alert, Button, Card, Form as AntForm, Input, Space, Spin, Typography } from 'antd';
import { useCreate } from '@refinedev/core';
import { useNavigate, useParams } from 'react-router';
import { apiErrorText, toApiError } from '../api/api-error.js';
import { useRegistry } from '../api/use-registry.js';
import type { Campaign } from '../api/types.js';
import { ParamsForm } from '../components/params-form.js';
import { useLocale } from '../i18n/locale-context.js';
import { chosenDaysArePast } from '../lib/days-already-past.js';
import { issuesToErrorSchema, type PlacedIssues } from '../lib/issues-to-error-schema.js';
import { localize } from '../lib/localized.js';

export default function CreateFromTemplatePage() {
  const { templateId = '' } = useParams();
  const { locale, t } = useLocale();
  const navigate = useNavigate();
  const { registry, isLoading } = useRegistry();
  const template = registry?.templates.find((candidate) => candidate.id === templateId);

  const [params, setParams] = useState<Record<string, unknown> | undefined>();
  const [name, setName] = useState('');
  const [nameIssue, setNameIssue] = useState<string | undefined>();
  const [placed, setPlaced] = useState<PlacedIssues | undefined>();
  const [failure, setFailure] = useState<string | undefined>();
  const { mutate: create, mutation } = useCreate<Campaign>();
  const isPending = mutation.isPending;
  const value = useMemo(
    () => params ?? structuredClone(template?.defaults ?? {}),
    [params, template],
  );

  if (isLoading) return <Spin />;
  if (!template) return <Alert type="error" message={t('create.notFound', { id: templateId })} />;

  const submit = (formData: Record<string, unknown>) => {
    setPlaced(undefined);
    setFailure(undefined);
    const trimmed = name.trim();
    create(
      {
        resource: 'campaigns',
        values: {
          templateId,
          params: formData,
          // One name typed once serves both languages until someone translates it.
          ...(trimmed ? { name: { 'zh-CN': trimmed, en: trimmed } } : {}),
        },
        successNotification: false,
        errorNotification: false,
      },
      {
        onSuccess: ({ data }) => navigate(`/campaigns/${encodeURIComponent(String(data.id))}`),
        onError: (error) => {
          const apiError = toApiError(error);
          const issues = issuesToErrorSchema(apiError.issues, locale);
          setPlaced(issues);
          const onName = apiError.issues.find((issue) => /^\/name(\/|$)/.test(issue.path));
          setNameIssue(onName ? localize(onName.message, locale) : undefined);
          setFailure(apiError.issues.length > 0 ? t('create.failed') : apiErrorText(error, locale));
        },
      },
    );
  };

  return (
    <Card title={t('create.title', { name: localize(template.name, locale) })}>
      <Typography.Paragraph type="secondary">
        {localize(template.description, locale)}
      </Typography.Paragraph>
      {failure && (
        <Alert
          data-testid="create-error"
          style={{ marginBottom: 16 }}
          type="error"
          showIcon
          message={failure}
          description={placed?.general.length ? placed.general.join('；') : undefined}
        />
      )}
      {chosenDaysArePast(value, new Date()) && (
        <Alert
          data-testid="create-days-past"
          style={{ marginBottom: 16 }}
          type="warning"
          showIcon
          message={t('create.daysPast')}
        />
      )}
      <AntForm layout="vertical">
        <AntForm.Item
          label={t('create.name')}
          {...(nameIssue ? { validateStatus: 'error' as const, help: nameIssue } : {})}
        >
          <Input
            id="campaign-name"
            value={name}
            placeholder={t('create.namePlaceholder')}
            onChange={(event) => setName(event.target.value)}
          />
        </AntForm.Item>
      </AntForm>
      <ParamsForm
        schema={template.paramsSchema}
        value={value}
        onChange={setParams}
        onSubmit={submit}
        serverErrors={placed?.errorSchema}
        disabled={isPending}
      >
        <Space>
          <Button type="primary" htmlType="submit" loading={isPending}>
            {t('create.submit')}
          </Button>
          <Button onClick={() => navigate('/templates')}>{t('common.back')}</Button>
        </Space>
      </ParamsForm>
    </Card>
  );
}
