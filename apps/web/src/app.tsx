/**
 * The shell: language, antd theme and locale, the shared QueryClient, tRPC, refine with its
 * providers, and the routes. Each page is its own chunk.
 */
import { lazy, Suspense, type ReactNode } from 'react';
import { App as AntdApp, ConfigProvider, Spin } from 'antd';
import enUS from 'antd/es/locale/en_US';
import zhCN from 'antd/es/locale/zh_CN';
import { Authenticated, Refine } from '@refinedev/core';
import { AppstoreOutlined, ThunderboltOutlined } from '@ant-design/icons';
import { RefineThemes, ThemedLayout, ThemedSider, useNotificationProvider } from '@refinedev/antd';
import routerProvider, { CatchAllNavigate, NavigateToResource } from '@refinedev/react-router';
import { BrowserRouter, Outlet, Route, Routes } from 'react-router';
import { queryClient, TRPCProvider, trpcClient } from './api/trpc.js';
import { LocaleProvider, useLocale } from './i18n/locale-context.js';
import { authProvider } from './providers/auth-provider.js';
import { dataProvider } from './providers/data-provider.js';
import { AppHeader } from './components/app-header.js';
import { AppTitle } from './components/app-title.js';

const LoginPage = lazy(() => import('./pages/login-page.js'));
const GalleryPage = lazy(() => import('./pages/gallery-page.js'));
const CreateFromTemplatePage = lazy(() => import('./pages/create-from-template-page.js'));
const CampaignListPage = lazy(() => import('./pages/campaign-list-page.js'));
const CampaignPage = lazy(() => import('./pages/campaign-page.js'));
const BuilderPage = lazy(() => import('./pages/builder-page.js'));

/** The menu without its own logout item: the header has the one sign-out button. */
function AppSider() {
  return <ThemedSider Title={AppTitle} render={({ items }) => items} />;
}

function Page({ children }: { children: ReactNode }) {
  return <Suspense fallback={<Spin style={{ margin: 48 }} />}>{children}</Suspense>;
}

function Shell() {
  const { locale, t, i18nProvider } = useLocale();
  const notificationProvider = useNotificationProvider;

  return (
    <ConfigProvider theme={RefineThemes.Blue} locale={locale === 'en' ? enUS : zhCN}>
      <AntdApp>
        <Refine
          routerProvider={routerProvider}
          dataProvider={dataProvider}
          authProvider={authProvider}
          i18nProvider={i18nProvider}
          notificationProvider={notificationProvider}
          options={{
            reactQuery: { clientConfig: queryClient },
            disableTelemetry: true,
            syncWithLocation: false,
            title: { text: t('app.title') },
          }}
          resources={[
            {
              name: 'campaigns',
              list: '/campaigns',
              show: '/campaigns/:id',
              meta: { label: t('campaigns.campaigns'), icon: <ThunderboltOutlined /> },
            },
            {
              name: 'templates',
              list: '/templates',
              meta: { label: t('templates.templates'), icon: <AppstoreOutlined /> },
            },
          ]}
        >
          <Routes>
            <Route
              element={
                <Authenticated key="app" fallback={<CatchAllNavigate to="/login" />}>
                  <ThemedLayout Header={AppHeader} Title={AppTitle} Sider={AppSider}>
                    <Outlet />
                  </ThemedLayout>
                </Authenticated>
              }
            >
              <Route index element={<NavigateToResource resource="campaigns" />} />
              <Route
                path="/campaigns"
                element={
                  <Page>
                    <CampaignListPage />
                  </Page>
                }
              />
              <Route
                path="/campaigns/:id"
                element={
                  <Page>
                    <CampaignPage />
                  </Page>
                }
              />
              {['/builder/new', '/builder/:id'].map((path) => (
                <Route
                  key={path}
                  path={path}
                  element={
                    <Page>
                      <BuilderPage />
                    </Page>
                  }
                />
              ))}
              <Route
                path="/templates"
                element={
                  <Page>
                    <GalleryPage />
                  </Page>
                }
              />
              <Route
                path="/templates/:templateId/new"
                element={
                  <Page>
                    <CreateFromTemplatePage />
                  </Page>
                }
              />
            </Route>
            <Route
              element={
                <Authenticated key="login" fallback={<Outlet />}>
                  <NavigateToResource resource="campaigns" />
                </Authenticated>
              }
            >
              <Route
                path="/login"
                element={
                  <Page>
                    <LoginPage />
                  </Page>
                }
              />
            </Route>
            <Route path="*" element={<NavigateToResource resource="campaigns" />} />
          </Routes>
        </Refine>
      </AntdApp>
    </ConfigProvider>
  );
}

export function App() {
  return (
    <BrowserRouter>
      <TRPCProvider trpcClient={trpcClient} queryClient={queryClient}>
        <LocaleProvider>
          <Shell />
        </LocaleProvider>
      </TRPCProvider>
    </BrowserRouter>
  );
}
