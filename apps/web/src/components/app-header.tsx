/**
 * The header: who is signed in, the language switch (remembered), and sign-out.
 */
import { Button, Layout, Segmented, Space, Typography, theme } from 'antd';
import { useGetIdentity, useLogout } from '@refinedev/core';
import type { User } from '../api/types.js';
import { useLocale } from '../i18n/locale-context.js';
import type { Locale } from '../i18n/messages.js';
import { localize } from '../lib/localized.js';

export function AppHeader() {
  const { token } = theme.useToken();
  const { locale, setLocale, t } = useLocale();
  const { data: user } = useGetIdentity<User>();
  const { mutate: logout } = useLogout();

  return (
    <Layout.Header
      style={{
        background: token.colorBgElevated,
        display: 'flex',
        justifyContent: 'flex-end',
        alignItems: 'center',
        padding: '0 24px',
        height: 64,
        position: 'sticky',
        top: 0,
        zIndex: 1,
      }}
    >
      <Space size="middle">
        {user && (
          <Typography.Text data-testid="current-user">
            {locale === 'en' && user.displayNameEn ? user.displayNameEn : user.displayName}
            {user.branchName ? ` · ${localize(user.branchName, locale)}` : ''}
          </Typography.Text>
        )}
        <Segmented<Locale>
          aria-label={t('header.language')}
          data-testid="language-switch"
          value={locale}
          onChange={setLocale}
          options={[
            { label: '中文', value: 'zh-CN' },
            { label: 'English', value: 'en' },
          ]}
        />
        <Button onClick={() => logout()}>{t('header.logout')}</Button>
      </Space>
    </Layout.Header>
  );
}
