import { Result } from 'antd';
import { useLocale } from '../i18n/locale-context.js';

/** What a page shows to a role that may not use it (the menu does not offer it either). */
export function NoAccess() {
  const { t } = useLocale();

  return <Result status="403" title="403" subTitle={t('common.noAccess')} />;
}
