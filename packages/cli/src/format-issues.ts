import type { ValidationIssue } from '@campaign-studio/engine';

/** Languages of the messages the CLI prints. */
export type Lang = 'en' | 'zh-CN';

export const LANGS: readonly Lang[] = ['en', 'zh-CN'];

/** One line per problem: JSON pointer, the message, and the block whose params hold it. */
export function formatIssues(issues: readonly ValidationIssue[], lang: Lang): string {
  return issues
    .map((issue) => {
      const block = issue.block ? ` [${issue.block}]` : '';

      return `  ${issue.path === '' ? '/' : issue.path}: ${issue.message[lang]}${block}\n`;
    })
    .join('');
}

/** "1 problem" / "3 problems", or the zh-CN equivalent. */
export function countProblems(count: number, lang: Lang): string {
  if (lang === 'zh-CN') {
    return `${count} 个问题`;
  }

  return count === 1 ? '1 problem' : `${count} problems`;
}
