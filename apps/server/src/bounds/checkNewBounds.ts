import type { ParamBound, TemplateDefinition } from '@campaign-studio/sdk';
import type { InputIssue } from '../trpc/InputIssuesError.js';
import { checkBounds } from './checkBounds.js';

/**
 * What makes bounds HQ sends unusable: a param the template does not have, min above max,
 * `keepItems` on a param that is not a list, or bounds the template's own defaults break
 * (no branch could start from them). Issues point at `/bounds/<param>`.
 */
export function checkNewBounds(
  template: TemplateDefinition,
  bounds: Record<string, ParamBound>,
): InputIssue[] {
  const properties =
    (template.paramsSchema as { properties?: Record<string, unknown> }).properties ?? {};
  const issues: InputIssue[] = [];
  const issue = (field: string, keyword: string, en: string, zh: string) =>
    issues.push({ path: `/bounds/${field}`, field, keyword, message: { 'zh-CN': zh, en } });

  for (const [field, bound] of Object.entries(bounds)) {
    if (!(field in properties)) {
      issue(
        field,
        'unknown-param',
        `template ${template.id} has no param ${field}`,
        `模板 ${template.id} 没有参数 ${field}`,
      );
      continue;
    }
    if (bound.mode !== 'bounded') continue;
    if (bound.min !== undefined && bound.max !== undefined && bound.min > bound.max) {
      issue(
        field,
        'min-above-max',
        `min ${bound.min} is above max ${bound.max}`,
        `下限 ${bound.min} 高于上限 ${bound.max}`,
      );
    }
    if (bound.keepItems === true && !Array.isArray(template.defaults[field])) {
      issue(
        field,
        'not-a-list',
        `keepItems needs a list param; ${field} is not one`,
        `只有列表参数才能设置“保留总部项目”，${field} 不是列表`,
      );
    }
  }
  if (issues.length > 0) return issues;

  return checkBounds(template, bounds, template.defaults, '/bounds').map((found) => ({
    ...found,
    message: {
      'zh-CN': `模板默认值不满足此范围：${found.message['zh-CN']}`,
      en: `the template's defaults break this bound: ${found.message.en}`,
    },
  }));
}
