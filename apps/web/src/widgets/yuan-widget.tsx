/**
 * `x-unit: fen`: the marketer types yuan with 2 decimals; the form keeps integer fen. No `min`
 * on the input: a wrong value must stay visible so the error next to it makes sense.
 */
import { InputNumber } from 'antd';
import type { WidgetProps } from '@rjsf/utils';
import { fenToYuan, yuanToFen } from '../lib/format-yuan.js';

export function YuanWidget(props: WidgetProps) {
  const { id, value, disabled, readonly, onChange, onBlur, onFocus, rawErrors } = props;
  const yuan = typeof value === 'number' ? fenToYuan(value) : undefined;

  return (
    // data-unit lets tests and styles find money fields without knowing the schema.
    <span data-unit="fen" style={{ display: 'block' }}>
      <InputNumber<number>
        id={id}
        prefix="¥"
        precision={2}
        step={1}
        style={{ width: '100%' }}
        value={yuan}
        disabled={disabled || readonly}
        status={rawErrors?.length ? 'error' : undefined}
        onChange={(next) => onChange(typeof next === 'number' ? yuanToFen(next) : undefined)}
        onBlur={() => onBlur(id, value)}
        onFocus={() => onFocus(id, value)}
      />
    </span>
  );
}
