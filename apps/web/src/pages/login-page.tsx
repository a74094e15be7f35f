/**
 * Sign-in, with the demo logins listed under the form so a first visitor can look around.
 * After too many failed attempts the server refuses for a while; the page counts it down.
 */
import { useState } from 'react';
import { Alert, Button, Card, Form, Input, Segmented, Space, Table, Typography } from 'antd';
import { useLogin } from '@refinedev/core';
import { apiErrorText, readApiError } from '../api/api-error.js';
import { useLocale } from '../i18n/locale-context.js';
import type { Locale } from '../i18n/messages.js';
import { useCountdown } from '../lib/use-countdown.js';

interface Credentials {
  username: string;
  password: string;
}

const DEMO_LOGINS = [
  { username: 'hq-admin', role: { 'zh-CN': '总部管理员', en: 'HQ admin' } },
  { username: 'east-manager', role: { 'zh-CN': '华东分公司经理', en: 'East China manager' } },
  { username: 'east-marketer', role: { 'zh-CN': '华东分公司营销', en: 'East China marketer' } },
  { username: 'integrator', role: { 'zh-CN': '插件集成', en: 'Integrator' } },
  { username: 'auditor', role: { 'zh-CN': '审计', en: 'Auditor' } },
];

// The page remounts while refine re-checks the session after a failed sign-in; the username
// typed is kept here so that a wrong password does not make the person type it again; so is
// the end of a lockout, so that the countdown survives the remount.
let lastUsername = '';
let lockedUntil: number | undefined;

export default function LoginPage() {
  const { locale, setLocale, t } = useLocale();
  const [form] = Form.useForm<Credentials>();
  const [failure, setFailure] = useState<string | undefined>();
  const { mutate: login, isPending } = useLogin<Credentials>();
  const [waitUntil, setWaitUntil] = useState(lockedUntil);
  const waitSeconds = useCountdown(waitUntil);

  const submit = (values: Credentials) => {
    setFailure(undefined);
    lastUsername = values.username;
    login(values, {
      onSuccess: (answer) => {
        if (answer.success) return;
        const { code, retryAfterSeconds } = readApiError(answer.error);
        if (code === 'TOO_MANY_REQUESTS' && retryAfterSeconds !== undefined) {
          lockedUntil = Date.now() + retryAfterSeconds * 1000;
          setWaitUntil(lockedUntil);
          return;
        }
        setFailure(answer.error ? apiErrorText(answer.error, locale) : '');
      },
    });
  };

  return (
    <div style={{ display: 'flex', justifyContent: 'center', padding: '8vh 16px' }}>
      <Card style={{ width: 440 }}>
        <Space direction="vertical" size="large" style={{ width: '100%' }}>
          <Space style={{ width: '100%', justifyContent: 'space-between' }}>
            <Typography.Title level={3} style={{ margin: 0 }}>
              {t('login.title')}
            </Typography.Title>
            <Segmented<Locale>
              value={locale}
              onChange={setLocale}
              options={[
                { label: '中文', value: 'zh-CN' },
                { label: 'EN', value: 'en' },
              ]}
            />
          </Space>
          {failure !== undefined && waitSeconds === 0 && (
            <Alert type="error" showIcon message={t('login.failed', { message: failure })} />
          )}
          {waitSeconds > 0 && (
            <Alert
              data-testid="login-locked"
              type="warning"
              showIcon
              message={t('login.tooMany', { seconds: waitSeconds })}
            />
          )}
          <Form
            form={form}
            layout="vertical"
            onFinish={submit}
            requiredMark={false}
            initialValues={{ username: lastUsername }}
          >
            <Form.Item
              name="username"
              label={t('login.username')}
              rules={[
                { required: true, message: t('login.required', { field: t('login.username') }) },
              ]}
            >
              <Input id="username" autoComplete="username" />
            </Form.Item>
            <Form.Item
              name="password"
              label={t('login.password')}
              rules={[
                { required: true, message: t('login.required', { field: t('login.password') }) },
              ]}
            >
              <Input.Password id="password" autoComplete="current-password" />
            </Form.Item>
            <Button
              type="primary"
              htmlType="submit"
              block
              loading={isPending}
              disabled={waitSeconds > 0}
            >
              {t('login.submit')}
            </Button>
          </Form>
          <div>
            <Typography.Text type="secondary">{t('login.demo')}</Typography.Text>
            <Table
              size="small"
              pagination={false}
              rowKey="username"
              dataSource={DEMO_LOGINS}
              onRow={(row) => ({
                onClick: () =>
                  form.setFieldsValue({ username: row.username, password: 'demo1234' }),
                style: { cursor: 'pointer' },
              })}
              columns={[
                {
                  title: t('login.username'),
                  dataIndex: 'username',
                  render: (v: string) => <code>{v}</code>,
                },
                { title: t('login.role'), key: 'role', render: (_, row) => row.role[locale] },
              ]}
            />
          </div>
        </Space>
      </Card>
    </div>
  );
}
