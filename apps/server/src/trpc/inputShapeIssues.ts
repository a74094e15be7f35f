import type { InputIssue } from './InputIssuesError.js';

/**
 * Deeper input is refused before anything recurses over it (schema checks, defaults, clones):
 * a document's condition groups nest at most 32 levels, which is well under this.
 */
export const MAX_INPUT_DEPTH = 200;

// C0 controls other than tab, line feed and carriage return, and DEL: PostgreSQL cannot store
// U+0000 in text or jsonb, and none of them belongs in a name, id or filter.
const CONTROL_CHARACTER = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/;

/** A value still to look at, and how to name its place should it have a problem. */
interface Pending {
  value: unknown;
  /** Where it sits: its container's entry and its key there (undefined for the input). */
  parent: Pending | undefined;
  key: string;
  /** The nearest object key above it (array items keep their array's field). */
  field: string;
  depth: number;
}

/**
 * Problems of an input's shape that no schema states: text with control characters (in values
 * and in keys) and nesting deeper than `MAX_INPUT_DEPTH`. Walks without recursion, so a
 * value nested thousands deep is reported, not a stack overflow; reports the first few. A
 * value's JSON pointer is spelled out only for an issue: valid input, the usual case on every
 * call, builds no strings.
 */
export function inputShapeIssues(input: unknown, limit = 5): InputIssue[] {
  const issues: InputIssue[] = [];
  const pending: Pending[] = [{ value: input, parent: undefined, key: '', field: '', depth: 0 }];

  while (pending.length > 0 && issues.length < limit) {
    const entry = pending.pop()!;
    const { value, field, depth } = entry;
    if (typeof value === 'string') {
      if (CONTROL_CHARACTER.test(value)) issues.push(controlIssue(pointerOf(entry), field));
      continue;
    }
    if (typeof value !== 'object' || value === null) continue;
    if (depth >= MAX_INPUT_DEPTH) {
      issues.push(depthIssue(pointerOf(entry), field));
      continue;
    }

    // Pushed last to first, so that the first item is looked at first.
    if (Array.isArray(value)) {
      for (let index = value.length - 1; index >= 0; index -= 1) {
        const key = String(index);
        pending.push({ value: value[index], parent: entry, key, field, depth: depth + 1 });
      }
      continue;
    }
    const record = value as Record<string, unknown>;
    const keys = Object.keys(record);
    for (let index = keys.length - 1; index >= 0; index -= 1) {
      const key = keys[index]!;
      const item: Pending = {
        value: record[key],
        parent: entry,
        key,
        field: key,
        depth: depth + 1,
      };
      if (CONTROL_CHARACTER.test(key)) {
        issues.push(controlIssue(pointerOf(item), visible(key)));
        continue;
      }
      pending.push(item);
    }
  }

  return issues;
}

/** The JSON pointer of a value, from the keys of the containers above it. */
function pointerOf(entry: Pending): string {
  let pointer = '';
  for (let at: Pending | undefined = entry; at?.parent !== undefined; at = at.parent) {
    pointer = `/${escapePointer(at.key)}${pointer}`;
  }
  return pointer;
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
