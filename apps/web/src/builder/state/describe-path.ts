/**
 * Where in a campaign a JSON pointer points, in the marketer's words: `/rules/0/then/0/params/
 * amount` reads "规则 rule-1 · 优惠 1 · 立减金额 · 减免金额". Block and field names come from the
 * registry's labels and params schemas, so no block is known here by name.
 */
import type { JsonSchema, LocalizedText } from '@campaign-studio/engine';
import type { Locale } from '../../i18n/messages.js';
import { translate } from '../../i18n/translate.js';
import { itemLabel } from '../../lib/build-ui-schema.js';
import { localize } from '../../lib/localized.js';
import { schemaItems, schemaProperties } from '../../lib/schema-walk.js';
import { parsePointer } from './json-pointer.js';

/** What the words need to know of a block: its label and its params schema. */
export interface DescribedBlock {
  label: LocalizedText;
  paramsSchema: JsonSchema;
}

type Blocks = ReadonlyMap<string, DescribedBlock>;

/** The path's words so far, and how the rest of the steps are read. */
interface Reader {
  locale: Locale;
  blocks: Blocks;
  words: string[];
}

const WINDOW_FIELDS: Record<string, string> = {
  firstDay: 'builder.firstDay',
  lastDay: 'builder.lastDay',
  start: 'builder.start',
  end: 'builder.end',
};

const CAMPAIGN_FIELDS: Record<string, string> = {
  id: 'builder.where.id',
  name: 'builder.where.name',
  description: 'builder.where.description',
  timezone: 'builder.where.timezone',
  scope: 'builder.where.scope',
  template: 'builder.where.template',
  ruleSelection: 'builder.selection',
  stacking: 'builder.where.stacking',
};

const STACKING_FIELDS: Record<string, string> = {
  priority: 'builder.priority',
  exclusiveGroup: 'builder.exclusiveGroup',
};

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function say(reader: Reader, key: string, values?: Record<string, unknown>): void {
  reader.words.push(translate(reader.locale, key, values));
}

/** The ordinal word of an array step ("规则 1" for step `0`), or undefined if not a number. */
function ordinal(step: string | undefined): number | undefined {
  return step !== undefined && /^\d+$/.test(step) ? Number(step) + 1 : undefined;
}

function readParams(reader: Reader, schema: JsonSchema | undefined, steps: string[]): void {
  let current = schema;
  let arrayName: string | undefined;
  for (const step of steps) {
    const items = current ? schemaItems(current) : undefined;
    const n = ordinal(step);
    if (items && n !== undefined) {
      reader.words.push(itemLabel(items, reader.locale, arrayName).replace('{{n}}', String(n)));
      current = items;
      continue;
    }
    const child = current ? schemaProperties(current)[step] : undefined;
    reader.words.push(localize(child?.['x-label'], reader.locale) || step);
    current = child;
    arrayName = step;
  }
}

/** A block use: its label, then the param the rest of the path names. */
function readBlock(reader: Reader, node: unknown, steps: string[]): void {
  const id = isRecord(node) && typeof node.block === 'string' ? node.block : undefined;
  const block = id === undefined ? undefined : reader.blocks.get(id);
  if (id !== undefined) reader.words.push(localize(block?.label, reader.locale) || id);

  const [step, ...rest] = steps;
  if (step === 'params') readParams(reader, block?.paramsSchema, rest);
  else if (step !== undefined) reader.words.push(step);
}

/** The group's name (全部满足 / 任一满足 / 不满足), or undefined for a block use. */
function groupKind(node: unknown): 'all' | 'any' | 'not' | undefined {
  if (!isRecord(node)) return undefined;
  if (Array.isArray(node.all)) return 'all';
  if (Array.isArray(node.any)) return 'any';
  return 'not' in node ? 'not' : undefined;
}

/**
 * A condition node: a group's items are "条件 n", each followed by its block's label or its
 * group's name. A group's own name is said by whoever holds it: the root group of a rule's
 * "when" has none (it is the rule's "当").
 */
function readCondition(reader: Reader, node: unknown, steps: string[]): void {
  const kind = groupKind(node);
  if (kind === undefined) return readBlock(reader, node, steps);

  const [step, index, ...rest] = steps;
  if (step === undefined || !isRecord(node)) return;
  if (kind === 'not' && step === 'not') return readCondition(reader, node.not, steps.slice(1));

  const n = ordinal(index);
  const list = node[step];
  if (n === undefined || !Array.isArray(list)) {
    if (index !== undefined) reader.words.push(index);
    return;
  }
  say(reader, 'builder.where.condition', { n });
  const child: unknown = list[n - 1];
  const childKind = groupKind(child);
  if (childKind !== undefined) say(reader, `builder.group.${childKind}`);
  readCondition(reader, child, rest);
}

function readRule(reader: Reader, rule: unknown, steps: string[]): void {
  const [step, index, ...rest] = steps;
  if (step === undefined || !isRecord(rule)) return;

  if (step === 'when') {
    if (index === undefined || rest.length === 0) return say(reader, 'builder.where.conditions');
    return readCondition(reader, rule.when, steps.slice(1));
  }
  if (step === 'then') {
    const n = ordinal(index);
    if (n === undefined) return say(reader, 'builder.where.benefits');
    say(reader, 'builder.where.benefit', { n });
    return readBlock(reader, (rule.then as unknown[] | undefined)?.[n - 1], rest);
  }
  if (step === 'id') return say(reader, 'builder.where.ruleId');
  if (step === 'name') return say(reader, 'builder.where.ruleName');
  reader.words.push(step);
}

/**
 * A rule or phase by the id its card is titled with ("规则 rule-1-copy"), or by its place
 * when it has no usable id yet (a mistake in the id itself, say).
 */
function sayNamed(reader: Reader, node: unknown, n: number, kind: 'rule' | 'phase'): void {
  const id = isRecord(node) && typeof node.id === 'string' ? node.id : '';
  if (/^[a-z0-9][a-z0-9._-]{0,79}$/.test(id)) say(reader, `builder.${kind}`, { id });
  else say(reader, `builder.where.${kind}`, { n });
}

function readRules(reader: Reader, rules: unknown, steps: string[]): void {
  const [index, ...rest] = steps;
  const n = ordinal(index);
  if (n === undefined) return say(reader, 'builder.where.rules');
  const rule: unknown = Array.isArray(rules) ? rules[n - 1] : undefined;
  sayNamed(reader, rule, n, 'rule');
  readRule(reader, rule, rest);
}

function readWindow(reader: Reader, steps: string[]): void {
  say(reader, 'builder.schedule');
  const [field] = steps;
  if (field === undefined) return;
  const key = WINDOW_FIELDS[field];
  if (key) say(reader, key);
  else reader.words.push(field);
}

function readPhase(reader: Reader, phase: unknown, steps: string[]): void {
  const [step, ...rest] = steps;
  if (step === undefined || !isRecord(phase)) return;
  if (step === 'window') return readWindow(reader, rest);
  if (step === 'rules') return readRules(reader, phase.rules, rest);
  if (step === 'id') return say(reader, 'builder.where.phaseId');
  reader.words.push(step);
}

function readCampaign(reader: Reader, document: Record<string, unknown>, steps: string[]) {
  const [step, next, ...rest] = steps;
  if (step === undefined) return say(reader, 'builder.where.campaign');

  if (step === 'rules') return readRules(reader, document.rules, steps.slice(1));
  if (step === 'window') return readWindow(reader, steps.slice(1));
  if (step === 'phases') {
    const n = ordinal(next);
    if (n === undefined) return say(reader, 'builder.where.phases');
    const phase: unknown = Array.isArray(document.phases) ? document.phases[n - 1] : undefined;
    sayNamed(reader, phase, n, 'phase');
    return readPhase(reader, phase, rest);
  }
  if (step === 'limits') {
    const n = ordinal(next);
    if (n === undefined) return say(reader, 'builder.where.limits');
    say(reader, 'builder.where.limit', { n });
    const limits = document.limits;
    return readBlock(reader, Array.isArray(limits) ? limits[n - 1] : undefined, rest);
  }
  if (step === 'name' && (next === 'zh-CN' || next === 'en')) {
    return say(reader, next === 'en' ? 'builder.name.en' : 'builder.name.zh');
  }
  if (step === 'stacking' && next !== undefined && STACKING_FIELDS[next]) {
    return say(reader, STACKING_FIELDS[next]);
  }
  const key = CAMPAIGN_FIELDS[step];
  if (key) say(reader, key);
  else reader.words.push(step);
  if (next !== undefined) reader.words.push(...[next, ...rest]);
}

/**
 * The words for `path` in `document`, joined by " · ". A step the document or the schemas do
 * not explain is shown as it is; a word equal to the one before it (a block and its only field
 * both "Amount off") is said once.
 */
export function describePath(
  document: unknown,
  path: string,
  blocks: Blocks,
  locale: Locale,
): string {
  const reader: Reader = { locale, blocks, words: [] };
  readCampaign(reader, isRecord(document) ? document : {}, parsePointer(path));

  return reader.words.filter((word, i, words) => i === 0 || word !== words[i - 1]).join(' · ');
}
