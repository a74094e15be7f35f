import type { JsonObject } from '@campaign-studio/storage';

/**
 * Whether the draft differs from the published version it came from. The draft carries the
 * next version number, so `version` is not compared; key order does not matter either.
 */
export function hasUnpublishedChanges(
  draft: JsonObject,
  published: JsonObject | undefined,
): boolean {
  if (published === undefined) return false;
  const { version: _draftVersion, ...draftRest } = draft;
  const { version: _publishedVersion, ...publishedRest } = published;

  return !sameJson(draftRest, publishedRest);
}

function sameJson(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) || Array.isArray(b)) {
    if (!Array.isArray(a) || !Array.isArray(b) || a.length !== b.length) return false;
    return a.every((item: unknown, index) => sameJson(item, b[index]));
  }

  const left = a as Record<string, unknown>;
  const right = b as Record<string, unknown>;
  const keys = Object.keys(left).filter((key) => left[key] !== undefined);
  const otherKeys = Object.keys(right).filter((key) => right[key] !== undefined);
  if (keys.length !== otherKeys.length) return false;
  return keys.every((key) => sameJson(left[key], right[key]));
}
