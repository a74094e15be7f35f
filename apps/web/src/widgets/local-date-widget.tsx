/**
 * `x-format: local-date` / `local-date-time`: the params form's date fields, as the campaign's
 * local calendar text (`YYYY-MM-DD` or `YYYY-MM-DDTHH:mm`).
 */
import type { WidgetProps } from '@rjsf/utils';
import { LocalDatePicker } from './local-date-picker.js';

function makeWidget(withTime: boolean) {
  return function LocalDate(props: WidgetProps) {
    const { id, value, disabled, readonly, onChange, onBlur, onFocus, rawErrors } = props;

    return (
      <LocalDatePicker
        id={id}
        withTime={withTime}
        value={value}
        disabled={disabled || readonly}
        invalid={Boolean(rawErrors?.length)}
        onChange={onChange}
        onBlur={() => onBlur(id, value)}
        onFocus={() => onFocus(id, value)}
      />
    );
  };
}

export const LocalDateWidget = makeWidget(false);
export const LocalDateTimeWidget = makeWidget(true);
