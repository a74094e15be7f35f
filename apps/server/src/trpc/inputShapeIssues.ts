import type { InputIssue } from './InputIssuesError.js';

/**
 * Deeper input is refused before anything recurses over it (schema checks, defaults, clones):
 * a document's condition groups nest at most 32 levels, which is well under this.
 */
export const MAX_INPUT_DEPTH = 200;

// C0 controls other than tab, line feed and carriage return, and DEL: PostgreSQL cannot store
// U+0000 in text or jsonb, and none of them belongs in a name, id or filter.
const CONTROL_CHARACTER = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/;

/**
 * Problems of an input's shape that no schema states: text with control characters (in values
 * and in keys) and nesting deeper than `MAX_INPUT_DEPTH`. Walks without recursion, so a
 * value nested thousands deep is reported, not a stack overflow; reports the first few.
 */
export function inputShapeIssues(input: unknown, limit = 5): InputIssue[] {
  const issues: InputIssue[] = [];
  const pending: { value: unknown; path: string; field: string; depth: number }[] = [
    { value: input, path: '', field: '', depth: 0 },
  ];

  while (pending.length > 0 && issues.length < limit) {
    const { value, path, field, depth } = pending.pop()!;
    if (typeof value === 'string') {
      if (CONTROL_CHARACTER.test(value)) issues.push(controlIssue(path, field));
      continue;
    }
    if (typeof value !== 'object' || value === null) continue;
    if (depth >= MAX_INPUT_DEPTH) {
      issues.push(depthIssue(path, field));
      continue;
    }

    const entries = Array.isArray(value)
      ? value.map((item, index) => [String(index), item] as const)
      : Object.entries(value as Record<string, unknown>);
    for (const [key, item] of entries.reverse()) {
      const itemPath = `${path}/${escapePointer(key)}`;
      if (!Array.isArray(value) && CONTROL_CHARACTER.test(key)) {
        issues.push(controlIssue(itemPath, visible(key)));
        continue;
      }
      pending.push({
        value: item,
        path: itemPath,
        field: Array.isArray(value) ? field : key,
        depth: depth + 1,
      });
    }
  }

  return issues;
}

function controlIssue(path: string, field: string): InputIssue {
  return {
    path,
    field,
    keyword: 'control-character',
    message: {
      'zh-CN':
        `${field === '' ? '输入' : field} 含有控制字符（如 U+0000）；` +
        '请只用可见文字、空格、制表符和换行',
      en:
        `${field === '' ? 'the input' : field} contains a control character (such as ` +
        'U+0000); use visible text, spaces, tabs and line breaks only',
    },
  };
}

function depthIssue(path: string, field: string): InputIssue {
  return {
    path,
    field,
    keyword: 'max-depth',
    message: {
      'zh-CN': `嵌套太深：输入最多 ${MAX_INPUT_DEPTH} 层`,
      en: `nests too deep: input may nest at most ${MAX_INPUT_DEPTH} levels`,
    },
  };
}

function escapePointer(key: string): string {
  return key.replace(/~/g, '~0').replace(/\//g, '~1');
}

/** A key shown in a message, its control characters written as U+XXXX. */
function visible(key: string): string {
  return key.replace(
    new RegExp(CONTROL_CHARACTER.source, 'g'),
    (char) => `U+${char.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`,
  );
}
