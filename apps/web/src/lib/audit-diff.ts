/**
 * An audit entry's diff as rows a person reads: which field, what it was, what it became. The
 * server records each change as `{ path, op, before?, after? }` with a JSON pointer path.
 */

export interface DiffRow {
  /** Readable path, e.g. `document / rules #1 / then #1 / params / amount`. */
  field: string;
  before: unknown;
  after: unknown;
}

interface Change {
  path: string;
  op: 'add' | 'remove' | 'replace';
  before?: unknown;
  after?: unknown;
}

function isChange(value: unknown): value is Change {
  if (typeof value !== 'object' || value === null) return false;
  const { path, op } = value as Record<string, unknown>;

  return typeof path === 'string' && (op === 'add' || op === 'remove' || op === 'replace');
}

/** JSON pointer segments, unescaped (`~1` is `/`, `~0` is `~`). */
function pointerSegments(pointer: string): string[] {
  if (pointer === '' || pointer === '/') return [];

  return pointer
    .replace(/^\//, '')
    .split('/')
    .map((segment) => segment.replace(/~1/g, '/').replace(/~0/g, '~'));
}

/** List positions are counted from 1 for people: `rules #1` is the first rule. */
export function readablePath(pointer: string): string {
  const parts: string[] = [];
  for (const segment of pointerSegments(pointer)) {
    const position = /^\d+$/.test(segment) ? `#${Number(segment) + 1}` : undefined;
    if (position !== undefined && parts.length > 0) parts[parts.length - 1] += ` ${position}`;
    else parts.push(position ?? segment);
  }

  return parts.length === 0 ? '—' : parts.join(' / ');
}

export function diffRows(diff: unknown): DiffRow[] {
  if (!Array.isArray(diff)) return [];

  return diff.filter(isChange).map((change) => ({
    field: readablePath(change.path),
    before: change.op === 'add' ? undefined : change.before,
    after: change.op === 'remove' ? undefined : change.after,
  }));
}

/** A value in one table cell: text as it is, anything structured as compact JSON. */
export function formatDiffValue(value: unknown, maxLength = 160): string {
  if (value === undefined) return '—';
  if (typeof value === 'string') return value;
  const text = JSON.stringify(value) ?? String(value);

  return text.length > maxLength ? `${text.slice(0, maxLength - 1)}…` : text;
}
