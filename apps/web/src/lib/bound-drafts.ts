/**
 * Template bounds as HQ edits them: one draft per top-level param, money in yuan and allowed
 * values as typed text, turned back into the bounds the server stores (money in fen).
 */
import { fenToYuan, yuanToFen } from './format-yuan.js';

export type BoundMode = 'locked' | 'free' | 'bounded';

/** A bound as `templates.bounds` returns it and `templates.setBounds` takes it. */
export interface ParamBoundValue {
  mode: BoundMode;
  min?: number;
  max?: number;
  allowed?: unknown[];
  keepItems?: boolean;
}

/** What the bounds editor holds for one param. */
export interface BoundDraft {
  mode: BoundMode;
  /** In yuan for money params. */
  min?: number;
  max?: number;
  /** Allowed values as the person typed or picked them. */
  allowed: string[];
  keepItems: boolean;
}

/** Decides which inputs a param gets: a range for numbers, "keep HQ's items" for lists. */
export type ParamKind = 'money' | 'number' | 'list' | 'value';

export function paramKind(schema: unknown): ParamKind {
  const node = (typeof schema === 'object' && schema !== null ? schema : {}) as Record<
    string,
    unknown
  >;
  if (node['x-unit'] === 'fen') return 'money';
  if (node.type === 'integer' || node.type === 'number') return 'number';
  if (node.type === 'array') return 'list';

  return 'value';
}

function toShown(value: number | undefined, kind: ParamKind): number | undefined {
  if (value === undefined) return undefined;

  return kind === 'money' ? fenToYuan(value) : value;
}

function toStored(value: number | undefined | null, kind: ParamKind): number | undefined {
  if (value === undefined || value === null) return undefined;

  return kind === 'money' ? yuanToFen(value) : value;
}

function allowedText(value: unknown, kind: ParamKind): string {
  if (kind === 'money' && typeof value === 'number') return String(fenToYuan(value));

  return typeof value === 'string' ? value : JSON.stringify(value);
}

/** Typed text back to a value: numbers for number params (money to fen), else the text. */
function allowedValue(text: string, kind: ParamKind): unknown {
  if (kind !== 'money' && kind !== 'number') return text;
  const number = Number(text.trim());
  if (text.trim() === '' || !Number.isFinite(number)) return text;

  return kind === 'money' ? yuanToFen(number) : number;
}

export function toDraft(bound: ParamBoundValue | undefined, schema: unknown): BoundDraft {
  const kind = paramKind(schema);
  if (bound === undefined) return { mode: 'free', allowed: [], keepItems: false };
  const min = toShown(bound.min, kind);
  const max = toShown(bound.max, kind);

  return {
    mode: bound.mode,
    ...(min === undefined ? {} : { min }),
    ...(max === undefined ? {} : { max }),
    allowed: (bound.allowed ?? []).map((value) => allowedText(value, kind)),
    keepItems: bound.keepItems === true,
  };
}

/** Only what the mode uses is kept: a locked or free param carries no range. */
export function fromDraft(draft: BoundDraft, schema: unknown): ParamBoundValue {
  if (draft.mode !== 'bounded') return { mode: draft.mode };
  const kind = paramKind(schema);
  const min = toStored(draft.min, kind);
  const max = toStored(draft.max, kind);
  const allowed = draft.allowed.map((text) => allowedValue(text, kind));

  return {
    mode: 'bounded',
    ...(min === undefined ? {} : { min }),
    ...(max === undefined ? {} : { max }),
    ...(allowed.length === 0 ? {} : { allowed }),
    ...(draft.keepItems ? { keepItems: true } : {}),
  };
}
