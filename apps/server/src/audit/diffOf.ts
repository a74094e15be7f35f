import diff from 'microdiff';
import type { AuditChange, JsonValue } from '@campaign-studio/storage';

/**
 * What changed from `before` to `after`, one entry per changed leaf, each with its JSON
 * pointer and both values. Absent (undefined) on one side is an addition or a removal.
 */
export function diffOf(before: unknown, after: unknown): AuditChange[] {
  const left = asObject(before);
  const right = asObject(after);

  return diff(left, right).map((change) => {
    const path = `/${change.path.map(escapePointer).join('/')}`;
    if (change.type === 'CREATE') return { path, op: 'add', after: change.value as JsonValue };
    if (change.type === 'REMOVE') {
      return { path, op: 'remove', before: change.oldValue as JsonValue };
    }
    return {
      path,
      op: 'replace',
      before: change.oldValue as JsonValue,
      after: change.value as JsonValue,
    };
  });
}

function escapePointer(key: string | number): string {
  return String(key).replace(/~/g, '~0').replace(/\//g, '~1');
}

/** JSON copies, so dates become strings and undefined fields disappear, as when stored. */
function asObject(value: unknown): Record<string, unknown> {
  if (value === undefined || value === null) return {};
  return JSON.parse(JSON.stringify(value)) as Record<string, unknown>;
}
