/**
 * A picker of the campaign's local calendar text: `YYYY-MM-DD`, or `YYYY-MM-DDTHH:mm` with the
 * time, never an instant (the zone is the campaign's, not the browser's). It is antd's
 * DatePicker, so it speaks the shell's language through ConfigProvider and dayjs; it shows
 * the same numeric formats in both languages instead of the browser's own date format.
 */
import { useMemo, type ReactNode } from 'react';
import { DatePicker } from 'antd';
import dayjs from 'dayjs';
import customParseFormat from 'dayjs/plugin/customParseFormat';

dayjs.extend(customParseFormat);

const STORED_DATE = 'YYYY-MM-DD';
const STORED_DATE_TIME = 'YYYY-MM-DD[T]HH:mm';
/** The schema also allows seconds in a stored date-time; they are read, not written. */
const STORED_WITH_SECONDS = 'YYYY-MM-DD[T]HH:mm:ss';

export const SHOWN_DATE = 'YYYY-MM-DD';
export const SHOWN_DATE_TIME = 'YYYY-MM-DD HH:mm';

export interface LocalDatePickerProps {
  value: unknown;
  withTime: boolean;
  onChange(value: string | undefined): void;
  id?: string;
  testId?: string;
  /** A label inside the field, before the date. */
  prefix?: ReactNode;
  allowClear?: boolean;
  /** Fills its form field unless told otherwise. */
  width?: number | string;
  disabled?: boolean;
  invalid?: boolean;
  onBlur?(): void;
  onFocus?(): void;
}

function parse(value: unknown, withTime: boolean) {
  if (typeof value !== 'string') return undefined;
  const formats = withTime ? [STORED_DATE_TIME, STORED_WITH_SECONDS] : [STORED_DATE];
  const parsed = dayjs(value, formats, true);

  return parsed.isValid() ? parsed : undefined;
}

export function LocalDatePicker(props: LocalDatePickerProps) {
  const { withTime } = props;
  // One dayjs per stored text: a new object on every render of the page (a check coming back,
  // say) would make the picker drop what is being typed and confirm its old value instead.
  const value = useMemo(() => parse(props.value, withTime), [props.value, withTime]);

  return (
    <DatePicker
      id={props.id}
      data-testid={props.testId}
      prefix={props.prefix}
      showTime={withTime ? { format: 'HH:mm' } : false}
      format={withTime ? SHOWN_DATE_TIME : SHOWN_DATE}
      allowClear={props.allowClear ?? true}
      style={{ width: props.width ?? '100%' }}
      value={value}
      disabled={props.disabled}
      status={props.invalid ? 'error' : undefined}
      onChange={(next) =>
        props.onChange(next ? next.format(withTime ? STORED_DATE_TIME : STORED_DATE) : undefined)
      }
      onBlur={props.onBlur}
      onFocus={props.onFocus}
    />
  );
}
