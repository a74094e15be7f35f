import { Button } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import type { Rule } from '@campaign-studio/engine';
import { useLocale } from '../../i18n/locale-context.js';
import { useBuilder } from '../builder-context.js';
import { RuleCard } from './rule-card.js';

/** The rules of the campaign or of one phase, and a button for one more. */
export function RulesList({ rules, path }: { rules: readonly Rule[]; path: string }) {
  const { t } = useLocale();
  const { dispatch } = useBuilder();

  return (
    <div data-path={path}>
      {rules.map((rule, index) => (
        <RuleCard key={`${path}/${index}`} rule={rule} path={`${path}/${index}`} />
      ))}
      <Button
        icon={<PlusOutlined />}
        data-testid={`add-rule:${path}`}
        onClick={() => dispatch({ type: 'addRule', rules: path })}
      >
        {t('builder.addRule')}
      </Button>
    </div>
  );
}
