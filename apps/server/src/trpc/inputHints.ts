import type { LocalizedText } from '@campaign-studio/engine';

/**
 * What a pattern or a format allows, in words: input schemas carry these as `x-hint`, and the
 * engine's error wording shows the hint instead of the regular expression.
 */
export const INPUT_HINTS = {
  notBlank: {
    'zh-CN': '不能为空白：请至少填写一个非空格的字符',
    en: 'must not be blank: write at least one character other than a space',
  },
  id: {
    'zh-CN': '只能包含字母、数字、点（.）、下划线（_）和连字符（-），并以字母或数字开头',
    en: 'may contain only letters, digits, ".", "_" and "-", and must start with a letter or digit',
  },
  lowerCaseId: {
    'zh-CN': '只能包含小写字母、数字和连字符（-），并以小写字母或数字开头',
    en: 'may contain only lower-case letters, digits and "-", starting with a letter or digit',
  },
  dateTime: {
    'zh-CN': '必须是带时区的日期和时间，例如 2026-11-01T09:00:00+08:00',
    en: 'must be a date and time with its zone, such as 2026-11-01T09:00:00+08:00',
  },
  recentDateTime: {
    'zh-CN': '必须是 2000–2099 年之间带时区的日期和时间，例如 2026-11-11T10:40:00+08:00',
    en: 'must be a date and time of 2000–2099 with its zone, e.g. 2026-11-11T10:40:00+08:00',
  },
  day: {
    'zh-CN': '必须是日期，格式为 年-月-日，例如 2026-11-01',
    en: 'must be a day written year-month-day, such as 2026-11-01',
  },
  cursor: {
    'zh-CN': '必须是上一页返回的 nextCursor',
    en: 'must be the nextCursor the previous page returned',
  },
} as const satisfies Record<string, LocalizedText>;

/** For a pattern without a hint: still plain words, never the regular expression. */
export const UNHINTED_PATTERN: LocalizedText = {
  'zh-CN': '包含此处不允许的字符',
  en: 'contains characters that are not allowed here',
};

const FORMAT_HINTS: Record<string, LocalizedText> = {
  'date-time': INPUT_HINTS.dateTime,
  date: INPUT_HINTS.day,
};

/** For a format without a hint: the format's own words, or a general one. */
export function unhintedFormat(format: string): LocalizedText {
  return (
    FORMAT_HINTS[format] ?? {
      'zh-CN': `格式不正确（应为 ${format}）`,
      en: `is not in the expected form (${format})`,
    }
  );
}
