/**
 * The palette's content from the registry: every block grouped by plugin and then by kind,
 * filtered by a search over ids, labels and descriptions in both languages. Condition groups
 * (all / any / not) are offered with the conditions, since they nest like one.
 */
import type { LocalizedText } from '@campaign-studio/engine';

export type PaletteKind = 'condition' | 'benefit' | 'limit' | 'trigger';
export const PALETTE_KINDS: readonly PaletteKind[] = ['condition', 'benefit', 'limit', 'trigger'];

export interface PaletteBlock {
  id: string;
  kind: string;
  label: LocalizedText;
  description?: LocalizedText;
  paramsSchema: Record<string, unknown>;
}

export interface PaletteSection {
  plugin: string;
  kinds: { kind: PaletteKind; blocks: PaletteBlock[] }[];
}

export function pluginOfBlock(id: string): string {
  const dot = id.indexOf('.');

  return dot < 0 ? id : id.slice(0, dot);
}

function matches(block: PaletteBlock, words: readonly string[]): boolean {
  const text = [
    block.id,
    block.label['zh-CN'],
    block.label.en,
    block.description?.['zh-CN'] ?? '',
    block.description?.en ?? '',
  ]
    .join(' ')
    .toLowerCase();

  return words.every((word) => text.includes(word));
}

/** Sections in the order the plugins were loaded; empty kinds and plugins left out. */
export function paletteSections(
  blocks: readonly PaletteBlock[],
  pluginOrder: readonly string[],
  search: string,
): PaletteSection[] {
  const words = search.trim().toLowerCase().split(/\s+/).filter(Boolean);
  const shown = blocks.filter((block) => matches(block, words));
  const plugins = [...new Set([...pluginOrder, ...shown.map((b) => pluginOfBlock(b.id))])];

  return plugins
    .map((plugin) => ({
      plugin,
      kinds: PALETTE_KINDS.map((kind) => ({
        kind,
        blocks: shown.filter((b) => b.kind === kind && pluginOfBlock(b.id) === plugin),
      })).filter((group) => group.blocks.length > 0),
    }))
    .filter((section) => section.kinds.length > 0);
}

/** What dropping a palette item creates: a block use with its schema's defaults, or a group. */
export function newNode(item: PaletteBlock | 'all' | 'any' | 'not'): unknown {
  if (item === 'all') return { all: [] };
  if (item === 'any') return { any: [] };
  // "Not" holds one child; an all group inside it is a slot like any other.
  if (item === 'not') return { not: { all: [] } };

  return { block: item.id, params: defaultParams(item.paramsSchema) };
}

function defaultParams(schema: Record<string, unknown>): Record<string, unknown> {
  const properties = schema.properties;
  if (typeof properties !== 'object' || properties === null) return {};

  const params: Record<string, unknown> = {};
  for (const [name, property] of Object.entries(properties as Record<string, unknown>)) {
    const value = (property as { default?: unknown } | undefined)?.default;
    if (value !== undefined) params[name] = structuredClone(value);
  }
  return params;
}
