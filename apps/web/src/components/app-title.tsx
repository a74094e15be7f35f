import { ThemedTitle } from '@refinedev/antd';
import type { RefineLayoutThemedTitleProps } from '@refinedev/antd';
import { useLocale } from '../i18n/locale-context.js';

export function AppTitle(props: RefineLayoutThemedTitleProps) {
  const { t } = useLocale();

  return <ThemedTitle {...props} text={t('app.title')} />;
}
