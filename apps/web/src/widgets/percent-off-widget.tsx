/**
 * `x-unit: percent-off`: stored as percent off (12 = 12% off). zh-CN marketers think in 折, so
 * they see and type 8.8折; English shows "12 % off".
 */
import { InputNumber } from 'antd';
import type { WidgetProps } from '@rjsf/utils';
import { percentOffToZhe, zheToPercentOff } from '../lib/percent-off.js';
import { formLocale } from './form-context.js';

export function PercentOffWidget(props: WidgetProps) {
  const { id, value, disabled, readonly, onChange, onBlur, onFocus, rawErrors } = props;
  const zh = formLocale(props.formContext) === 'zh-CN';
  const percent = typeof value === 'number' ? value : undefined;
  const shown = percent === undefined ? undefined : zh ? percentOffToZhe(percent) : percent;

  const change = (next: number | null) => {
    if (typeof next !== 'number') return onChange(undefined);
    onChange(zh ? zheToPercentOff(next) : next);
  };

  return (
    <InputNumber<number>
      id={id}
      precision={2}
      step={zh ? 0.1 : 1}
      suffix={zh ? '折' : '% off'}
      style={{ width: '100%' }}
      value={shown}
      disabled={disabled || readonly}
      status={rawErrors?.length ? 'error' : undefined}
      onChange={change}
      onBlur={() => onBlur(id, value)}
      onFocus={() => onFocus(id, value)}
    />
  );
}
