import type { ValidationIssue } from '../errors.js';
import { isValidLocal, isValidZone, resolveWindow } from '../time/index.js';
import type {
  AnyBlock,
  BlockKind,
  BlockUse,
  CampaignDocument,
  ConditionNode,
  Rule,
  TimeWindow,
} from '../types/index.js';
import type { SchemaValidators } from './schema-validators.js';
import { lastField, toIssues } from './to-issues.js';

/**
 * Every problem of a campaign document at once: its shape against the campaign schema, then
 * what a schema cannot say (rules or phases, unique ids, real dates, known blocks of the right
 * kind), then each block's params against the block's own schema.
 */
export function validateCampaign(
  document: unknown,
  validators: SchemaValidators,
  blocks: ReadonlyMap<string, AnyBlock>,
): ValidationIssue[] {
  const shapeOk = validators.campaign(document);
  const issues: ValidationIssue[] = shapeOk ? [] : toIssues(validators.campaign.errors);
  if (!isObject(document)) return issues;

  // Blocks are checked even when the shape is wrong elsewhere, so that one pass reports
  // everything a marketer has to fix; the walker skips what it cannot read.
  const campaign = document as Partial<CampaignDocument>;
  const walker = new BlockWalker(validators, blocks, issues);
  walker.rules(campaign.rules, '/rules');
  if (Array.isArray(campaign.phases)) {
    campaign.phases.forEach((phase, index) => {
      if (isObject(phase)) walker.rules(phase.rules, `/phases/${index}/rules`);
    });
  }
  walker.limits(campaign.limits);
  if (!shapeOk) return dedupe(issues);

  const valid = campaign as CampaignDocument;
  const zone = valid.timezone ?? 'Asia/Shanghai';
  if (!isValidZone(zone)) issues.push(issue('/timezone', 'timezone', unknownZone(zone)));
  checkLayout(valid, issues);
  if (valid.window) checkWindow(valid.window, '/window', zone, issues);
  valid.phases?.forEach((phase, index) => {
    checkWindow(phase.window, `/phases/${index}/window`, zone, issues);
  });
  checkUnique(valid.phases?.map((phase) => phase.id) ?? [], '/phases', issues);

  return sortByPath(issues);
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Campaign-level problems first, then in document order, so the list reads top to bottom. */
function sortByPath(issues: ValidationIssue[]): ValidationIssue[] {
  const depth = (issue: ValidationIssue) =>
    issue.path.startsWith('/rules') || issue.path.startsWith('/phases')
      ? 1
      : issue.path.startsWith('/limits')
        ? 2
        : 0;

  return issues
    .map((issue, order) => ({ issue, order }))
    .sort((a, b) => depth(a.issue) - depth(b.issue) || a.order - b.order)
    .map(({ issue }) => issue);
}

function dedupe(issues: ValidationIssue[]): ValidationIssue[] {
  const seen = new Set<string>();

  return issues.filter((each) => {
    const key = `${each.path}|${each.keyword}|${each.message.en}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

function checkLayout(campaign: CampaignDocument, issues: ValidationIssue[]): void {
  if (campaign.phases && (campaign.rules || campaign.window)) {
    issues.push(
      issue('/phases', 'layout', {
        'zh-CN': '分阶段的活动把规则和时间写在各阶段里，不能再有顶层 rules 或 window',
        en: 'a phased campaign keeps its rules and windows in its phases: remove rules/window',
      }),
    );
  }
  if (!campaign.phases && !campaign.rules) {
    issues.push(
      issue('/rules', 'required', {
        'zh-CN': '活动至少需要一条规则（rules）或若干阶段（phases）',
        en: 'a campaign needs rules, or phases with rules',
      }),
    );
  }
}

function checkWindow(
  window: TimeWindow,
  path: string,
  zone: string,
  issues: ValidationIssue[],
): void {
  const ends = 'firstDay' in window ? ['firstDay', 'lastDay'] : ['start', 'end'];
  const values = ends.map((key) => (window as unknown as Record<string, string>)[key] ?? '');
  const invalid = ends.filter((_, index) => !isValidLocal(values[index] ?? ''));
  for (const key of invalid) {
    const message = { 'zh-CN': '不是有效的日期', en: 'not a real date' };
    issues.push(issue(`${path}/${key}`, 'format', message));
  }
  if (invalid.length > 0 || !isValidZone(zone)) return;

  const resolved = resolveWindow(window, zone);
  if (resolved.endMs <= resolved.startMs) {
    const dayRange = 'firstDay' in window;
    issues.push(
      issue(`${path}/${ends[1]}`, 'window-order', {
        'zh-CN': dayRange
          ? `结束日期不能早于开始日期 ${values[0]}`
          : `结束时间必须晚于开始时间 ${values[0]}`,
        en: dayRange
          ? `must not be before the first day ${values[0]}`
          : `must be after the start ${values[0]}`,
      }),
    );
  }
}

function checkUnique(ids: unknown[], path: string, issues: ValidationIssue[]): void {
  const seen = new Set<string>();
  ids.forEach((id, index) => {
    if (typeof id !== 'string') return;
    if (seen.has(id)) {
      const message = { 'zh-CN': `编号 ${id} 重复`, en: `id ${id} is used twice` };
      issues.push(issue(`${path}/${index}/id`, 'unique', message));
    }
    seen.add(id);
  });
}

/** How deep `all` / `any` / `not` groups may nest: deeper trees are refused, not walked. */
export const MAX_CONDITION_DEPTH = 32;

/** Walks rules and condition trees, checking each node's shape and each block use. */
class BlockWalker {
  constructor(
    private readonly validators: SchemaValidators,
    private readonly blocks: ReadonlyMap<string, AnyBlock>,
    private readonly issues: ValidationIssue[],
  ) {}

  rules(rules: Rule[] | undefined, path: string): void {
    if (!Array.isArray(rules)) return;
    const ids = rules.map((rule) => (isObject(rule) ? rule.id : undefined));
    checkUnique(ids, path, this.issues);
    rules.forEach((rule, index) => {
      if (!isObject(rule)) return;
      if (isObject(rule.when)) this.condition(rule.when, `${path}/${index}/when`, 1);
      if (!Array.isArray(rule.then)) return;
      rule.then.forEach((use, position) => {
        if (isObject(use)) this.block(use, `${path}/${index}/then/${position}`, 'benefit');
      });
    });
  }

  limits(limits: BlockUse[] | undefined): void {
    if (!Array.isArray(limits)) return;
    limits.forEach((use, index) => {
      if (isObject(use)) this.block(use, `/limits/${index}`, 'limit');
    });
  }

  private condition(node: ConditionNode, path: string, depth: number): void {
    if (depth > MAX_CONDITION_DEPTH) {
      this.issues.push(
        issue(path, 'max-depth', {
          'zh-CN': `条件组嵌套太深：最多 ${MAX_CONDITION_DEPTH} 层`,
          en: `condition groups nest too deep: at most ${MAX_CONDITION_DEPTH} levels`,
        }),
      );
      return;
    }
    if ('block' in node) {
      this.block(node, path, 'condition');
    } else if ('all' in node || 'any' in node) {
      const key = 'all' in node ? 'all' : 'any';
      const validate = key === 'all' ? this.validators.allGroup : this.validators.anyGroup;
      if (!validate(node)) {
        this.issues.push(...toIssues(validate.errors, path));
        return;
      }
      const children = 'all' in node ? node.all : node.any;
      children.forEach((child, index) => {
        this.condition(child, `${path}/${key}/${index}`, depth + 1);
      });
    } else if ('not' in node) {
      if (!this.validators.notGroup(node)) {
        this.issues.push(...toIssues(this.validators.notGroup.errors, path));
        return;
      }
      this.condition(node.not, `${path}/not`, depth + 1);
    } else {
      this.issues.push(
        issue(path, 'condition-shape', {
          'zh-CN': '条件必须是一个积木，或 all / any / not 组',
          en: 'a condition must be a block, or an all / any / not group',
        }),
      );
    }
  }

  private block(use: BlockUse, path: string, slot: BlockKind): void {
    if (!this.validators.blockUse(use)) {
      this.issues.push(...toIssues(this.validators.blockUse.errors, path));
      return;
    }
    const definition = this.blocks.get(use.block);
    if (!definition) {
      this.issues.push(unknownBlock(use.block, `${path}/block`));
      return;
    }
    if (definition.kind !== slot) {
      this.issues.push(wrongKind(use.block, definition.kind, slot, `${path}/block`));
      return;
    }
    const validate = this.validators.params(definition.paramsSchema);
    if (!validate(use.params)) {
      this.issues.push(...toIssues(validate.errors, `${path}/params`, use.block));
    }
  }
}

function unknownBlock(id: string, path: string): ValidationIssue {
  return {
    ...issue(path, 'unknown-block', {
      'zh-CN': `没有名为 ${id} 的积木：插件未加载或名称拼错`,
      en: `no block named ${id}: its plugin is not loaded, or the name is misspelt`,
    }),
    block: id,
  };
}

function wrongKind(id: string, kind: string, slot: string, path: string): ValidationIssue {
  return {
    ...issue(path, 'wrong-kind', {
      'zh-CN': `积木 ${id} 是${kindZh(kind)}，不能放在${kindZh(slot)}的位置`,
      en: `block ${id} is a ${kind}, and cannot stand where a ${slot} goes`,
    }),
    block: id,
  };
}

function kindZh(kind: string): string {
  return { condition: '条件', benefit: '优惠', limit: '限制', trigger: '触发' }[kind] ?? kind;
}

function unknownZone(zone: string) {
  return { 'zh-CN': `不认识的时区 ${zone}`, en: `unknown time zone ${zone}` };
}

function issue(
  path: string,
  keyword: string,
  message: ValidationIssue['message'],
): ValidationIssue {
  const field = lastField(path);
  return field ? { path, field, keyword, message } : { path, keyword, message };
}
