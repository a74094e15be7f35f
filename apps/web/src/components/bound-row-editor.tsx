/** One param's bound: locked, free or bounded, with the inputs its kind of value needs. */
import { Checkbox, InputNumber, Radio, Select, Space, Typography } from 'antd';
import type { BoundDraft, BoundMode, ParamKind } from '../lib/bound-drafts.js';
import { useLocale } from '../i18n/locale-context.js';

interface BoundRowEditorProps {
  param: string;
  kind: ParamKind;
  draft: BoundDraft;
  /** The enum of the param, offered as allowed values. */
  options: readonly unknown[];
  disabled: boolean;
  errors: string[];
  onChange(draft: BoundDraft): void;
}

const MODES: readonly BoundMode[] = ['locked', 'free', 'bounded'];

export function BoundRowEditor(props: BoundRowEditorProps) {
  const { param, kind, draft, options, disabled, errors, onChange } = props;
  const { t } = useLocale();
  const numeric = kind === 'money' || kind === 'number';
  const number = (field: 'min' | 'max') => (
    <InputNumber<number>
      data-testid={`bound-${param}-${field}`}
      placeholder={t(`bounds.${field}`)}
      prefix={kind === 'money' ? '¥' : undefined}
      precision={kind === 'money' ? 2 : undefined}
      disabled={disabled}
      value={draft[field]}
      onChange={(value) => {
        const { [field]: _old, ...rest } = draft;
        onChange(typeof value === 'number' ? { ...rest, [field]: value } : rest);
      }}
    />
  );

  return (
    <Space direction="vertical" size={4} data-testid={`bound-${param}`}>
      <Radio.Group
        value={draft.mode}
        disabled={disabled}
        optionType="button"
        size="small"
        onChange={(event) => onChange({ ...draft, mode: event.target.value as BoundMode })}
        options={MODES.map((mode) => ({ value: mode, label: t(`bounds.mode.${mode}`) }))}
      />
      {draft.mode === 'bounded' && (
        <Space wrap>
          {numeric && number('min')}
          {numeric && number('max')}
          {kind === 'list' ? (
            <Checkbox
              checked={draft.keepItems}
              disabled={disabled}
              onChange={(event) => onChange({ ...draft, keepItems: event.target.checked })}
            >
              {t('bounds.keepItems')}
            </Checkbox>
          ) : (
            <Select
              mode="tags"
              style={{ minWidth: 220 }}
              disabled={disabled}
              placeholder={`${t('bounds.allowed')}${kind === 'money' ? ` (${t('bounds.yuan')})` : ''}`}
              value={draft.allowed}
              onChange={(allowed: string[]) => onChange({ ...draft, allowed })}
              options={options.map((option) => ({ value: String(option), label: String(option) }))}
            />
          )}
        </Space>
      )}
      {errors.map((error) => (
        <Typography.Text key={error} type="danger">
          {error}
        </Typography.Text>
      ))}
    </Space>
  );
}
