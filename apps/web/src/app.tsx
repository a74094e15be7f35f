/**
 * The shell: language, antd theme and locale, the shared QueryClient, tRPC, refine with its
 * providers, and the routes. Each page is its own chunk.
 */
import { lazy, Suspense, type ReactNode } from 'react';
import { App as AntdApp, ConfigProvider, Spin } from 'antd';
import enUS from 'antd/es/locale/en_US';
import zhCN from 'antd/es/locale/zh_CN';
import { Authenticated, CanAccess, Refine } from '@refinedev/core';
import {
  ApartmentOutlined,
  AppstoreOutlined,
  AuditOutlined,
  CheckSquareOutlined,
  NodeIndexOutlined,
  TeamOutlined,
  ThunderboltOutlined,
} from '@ant-design/icons';
import { RefineThemes, ThemedLayout, ThemedSider, useNotificationProvider } from '@refinedev/antd';
import routerProvider, { CatchAllNavigate, NavigateToResource } from '@refinedev/react-router';
import { BrowserRouter, Outlet, Route, Routes } from 'react-router';
import { queryClient, TRPCProvider, trpcClient } from './api/trpc.js';
import { LocaleProvider, useLocale } from './i18n/locale-context.js';
import { accessControlProvider } from './providers/access-control-provider.js';
import { authProvider } from './providers/auth-provider.js';
import { dataProvider } from './providers/data-provider.js';
import { AppHeader } from './components/app-header.js';
import { AppTitle } from './components/app-title.js';
import { NoAccess } from './components/no-access.js';

const LoginPage = lazy(() => import('./pages/login-page.js'));
const GalleryPage = lazy(() => import('./pages/gallery-page.js'));
const CreateFromTemplatePage = lazy(() => import('./pages/create-from-template-page.js'));
const CampaignListPage = lazy(() => import('./pages/campaign-list-page.js'));
const CampaignPage = lazy(() => import('./pages/campaign-page.js'));
const BuilderPage = lazy(() => import('./pages/builder-page.js'));
const ApprovalQueuePage = lazy(() => import('./pages/approval-queue-page.js'));
const BranchesPage = lazy(() => import('./pages/branches-page.js'));
const UsersPage = lazy(() => import('./pages/users-page.js'));
const AuditLogPage = lazy(() => import('./pages/audit-log-page.js'));
const TemplateBoundsPage = lazy(() => import('./pages/template-bounds-page.js'));
const ProjectsPage = lazy(() => import('./pages/projects-page.js'));

/** The menu without its own logout item: the header has the one sign-out button. */
function AppSider() {
  return <ThemedSider Title={AppTitle} render={({ items }) => items} />;
}

function Page({ children }: { children: ReactNode }) {
  return <Suspense fallback={<Spin style={{ margin: 48 }} />}>{children}</Suspense>;
}

/** A page only some roles use: others who type its address get a 403 instead of refusals. */
function Guarded({ resource, children }: { resource: string; children: ReactNode }) {
  return (
    <CanAccess resource={resource} action="list" fallback={<NoAccess />}>
      <Page>{children}</Page>
    </CanAccess>
  );
}

/** The HQ and branch pages, each guarded by its resource. */
const GUARDED_ROUTES: readonly { path: string; resource: string; page: ReactNode }[] = [
  { path: '/approvals', resource: 'approvals', page: <ApprovalQueuePage /> },
  { path: '/branches', resource: 'branches', page: <BranchesPage /> },
  { path: '/users', resource: 'users', page: <UsersPage /> },
  { path: '/audit', resource: 'audit', page: <AuditLogPage /> },
  { path: '/templates/:templateId/bounds', resource: 'templates', page: <TemplateBoundsPage /> },
  { path: '/projects', resource: 'projects', page: <ProjectsPage /> },
];

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
          accessControlProvider={accessControlProvider}
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
              name: 'approvals',
              list: '/approvals',
              meta: { label: t('approvals.approvals'), icon: <CheckSquareOutlined /> },
            },
            {
              name: 'templates',
              list: '/templates',
              meta: { label: t('templates.templates'), icon: <AppstoreOutlined /> },
            },
            {
              name: 'branches',
              list: '/branches',
              meta: { label: t('branches.branches'), icon: <ApartmentOutlined /> },
            },
            {
              name: 'users',
              list: '/users',
              meta: { label: t('users.users'), icon: <TeamOutlined /> },
            },
            {
              name: 'audit',
              list: '/audit',
              meta: { label: t('audit.audit'), icon: <AuditOutlined /> },
            },
            {
              name: 'projects',
              list: '/projects',
              meta: { label: t('projects.projects'), icon: <NodeIndexOutlined /> },
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
              {GUARDED_ROUTES.map(({ path, resource, page }) => (
                <Route
                  key={path}
                  path={path}
                  element={<Guarded resource={resource}>{page}</Guarded>}
                />
              ))}
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
