/**
 * Templates grouped by the plugin that brings them, rendered only from `registry.get`: the
 * shell knows no industry, so a new plugin's templates appear here without a rebuild.
 */
import { Alert, Button, Card, Col, Empty, Row, Space, Spin, Tag, Typography } from 'antd';
import { useNavigate } from 'react-router';
import { useIdentity } from '../api/use-identity.js';
import { pluginOf, useRegistry } from '../api/use-registry.js';
import type { PluginSummary, TemplateSummary } from '../api/types.js';
import { useLocale } from '../i18n/locale-context.js';
import { localize } from '../lib/localized.js';
import { isHqAdmin } from '../lib/menu-access.js';

function groupByPlugin(plugins: PluginSummary[], templates: TemplateSummary[]) {
  return plugins
    .map((plugin) => ({
      plugin,
      templates: templates.filter((template) => pluginOf(template.id) === plugin.id),
    }))
    .filter((group) => group.templates.length > 0);
}

export default function GalleryPage() {
  const { locale, t } = useLocale();
  const navigate = useNavigate();
  const { registry, isLoading, error } = useRegistry();
  // HQ admins set what branches may change; the bounds page is theirs.
  const setsBounds = isHqAdmin(useIdentity()?.role);

  if (isLoading) return <Spin />;
  if (error || !registry) return <Alert type="error" message={error?.message} />;

  const groups = groupByPlugin(registry.plugins, registry.templates);

  return (
    <Space direction="vertical" size="large" style={{ width: '100%' }}>
      <div>
        <Typography.Title level={3}>{t('gallery.title')}</Typography.Title>
        <Typography.Text type="secondary">{t('gallery.intro')}</Typography.Text>
      </div>
      {(registry.refused ?? []).map((refusal) => (
        <Alert
          key={refusal.plugin}
          type="warning"
          showIcon
          message={t('gallery.refused', { ...refusal })}
        />
      ))}
      {groups.length === 0 && <Empty description={t('gallery.empty')} />}
      {groups.map(({ plugin, templates }) => (
        <section key={plugin.id} data-testid={`plugin-${plugin.id}`}>
          <Typography.Title level={4}>
            {localize(plugin.name, locale)} <Tag>{plugin.version}</Tag>
          </Typography.Title>
          <Typography.Paragraph type="secondary">
            {localize(plugin.description, locale)}
          </Typography.Paragraph>
          <Row gutter={[16, 16]}>
            {templates.map((template) => (
              <Col key={template.id} xs={24} md={12} xl={8}>
                <Card
                  data-testid={`template-${template.id}`}
                  title={localize(template.name, locale)}
                  style={{ height: '100%' }}
                  actions={[
                    <Button
                      key="use"
                      type="link"
                      onClick={() => navigate(`/templates/${encodeURIComponent(template.id)}/new`)}
                    >
                      {t('gallery.use')}
                    </Button>,
                    ...(setsBounds
                      ? [
                          <Button
                            key="bounds"
                            type="link"
                            data-testid={`bounds-${template.id}`}
                            onClick={() =>
                              navigate(`/templates/${encodeURIComponent(template.id)}/bounds`)
                            }
                          >
                            {t('bounds.edit')}
                          </Button>,
                        ]
                      : []),
                  ]}
                >
                  <Typography.Paragraph>
                    {localize(template.description, locale)}
                  </Typography.Paragraph>
                  <Space wrap>
                    {(template.scenarios ?? []).map((scenario) => (
                      <Tag key={scenario} color="blue">
                        {scenario}
                      </Tag>
                    ))}
                  </Space>
                </Card>
              </Col>
            ))}
          </Row>
        </section>
      ))}
    </Space>
  );
}
