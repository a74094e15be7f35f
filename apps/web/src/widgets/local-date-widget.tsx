/**
 * `x-format: local-date` / `local-date-time`: a date picker whose value is the campaign's local
 * calendar text (`YYYY-MM-DD` or `YYYY-MM-DDTHH:mm`), never an instant: the zone is the
 * campaign's, not the browser's.
 */
import { DatePicker } from 'antd';
import dayjs from 'dayjs';
import customParseFormat from 'dayjs/plugin/customParseFormat';
import type { WidgetProps } from '@rjsf/utils';

const DATE = 'YYYY-MM-DD';
const DATE_TIME = 'YYYY-MM-DD[T]HH:mm';

dayjs.extend(customParseFormat);

function makeWidget(withTime: boolean) {
  const format = withTime ? DATE_TIME : DATE;

  return function LocalDate(props: WidgetProps) {
    const { id, value, disabled, readonly, onChange, onBlur, onFocus, rawErrors } = props;
    const parsed = typeof value === 'string' ? dayjs(value, format) : undefined;

    return (
      <DatePicker
        id={id}
        showTime={withTime ? { format: 'HH:mm' } : false}
        format={withTime ? 'YYYY-MM-DD HH:mm' : DATE}
        style={{ width: '100%' }}
        value={parsed?.isValid() ? parsed : undefined}
        disabled={disabled || readonly}
        status={rawErrors?.length ? 'error' : undefined}
        onChange={(next) => onChange(next ? next.format(format) : undefined)}
        onBlur={() => onBlur(id, value)}
        onFocus={() => onFocus(id, value)}
      />
    );
  };
}

export const LocalDateWidget = makeWidget(false);
export const LocalDateTimeWidget = makeWidget(true);
