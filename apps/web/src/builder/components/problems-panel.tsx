/**
 * Every problem of the whole document, errors first; each says where it is in words and links
 * to its block and field. The raw JSON pointer stays in `data-path` and the tooltip, for
 * integrators. Warnings (a budget line over its plan) do not stop a save.
 */
import { Card, List, Tag, Typography } from 'antd';
import { useLocale } from '../../i18n/locale-context.js';
import { localize } from '../../lib/localized.js';
import { useBuilder } from '../builder-context.js';
import type { BuilderIssue } from '../builder-types.js';
import { describePath } from '../state/describe-path.js';
import { getAt, parsePointer, toPointer } from '../state/json-pointer.js';

/** The block use an issue is about (the nearest enclosing one), or undefined. */
export function blockPathOf(document: unknown, path: string): string | undefined {
  const steps = parsePointer(path);
  for (let length = steps.length; length > 0; length -= 1) {
    const pointer = toPointer(steps.slice(0, length));
    const node = getAt(document, pointer);
    if (typeof node === 'object' && node !== null && 'block' in node) return pointer;
  }
  return undefined;
}

export function ProblemsPanel(props: {
  problems: readonly BuilderIssue[];
  onOpen(path: string, field: string | undefined): void;
}) {
  const { locale, t } = useLocale();
  const { document, blocks } = useBuilder();
  const sorted = [...props.problems].sort(
    (a, b) => Number(a.severity === 'warning') - Number(b.severity === 'warning'),
  );

  return (
    <Card
      size="small"
      title={`${t('builder.problems')} (${props.problems.length})`}
      data-testid="problems"
    >
      {sorted.length === 0 ? (
        <Typography.Text type="success" data-testid="no-problems">
          {t('builder.noProblems')}
        </Typography.Text>
      ) : (
        <List
          size="small"
          dataSource={sorted}
          renderItem={(issue) => (
            <List.Item>
              <a
                data-testid="problem"
                data-path={issue.path}
                onClick={() => props.onOpen(issue.path, issue.field)}
              >
                <Tag color={issue.severity === 'warning' ? 'orange' : 'red'}>
                  {t(issue.severity === 'warning' ? 'builder.warning' : 'builder.error')}
                </Tag>
                <Typography.Text strong title={issue.path || '/'} data-testid="problem-where">
                  {describePath(document, issue.path, blocks, locale)}
                </Typography.Text>
                {locale === 'en' ? ': ' : '：'}
                {localize(issue.message, locale)}
              </a>
            </List.Item>
          )}
        />
      )}
    </Card>
  );
}

export function useOpenProblem(focus: (field: string | undefined) => void) {
  const { document, select } = useBuilder();

  return (path: string, field: string | undefined) => {
    const blockPath = blockPathOf(document, path);
    select(blockPath);
    focus(blockPath === undefined ? undefined : field);
    // The nearest element on the canvas that the path names, scrolled into view.
    const steps = parsePointer(path);
    for (let length = steps.length; length >= 0; length -= 1) {
      const pointer = toPointer(steps.slice(0, length));
      const element = window.document.querySelector(`[data-path="${CSS.escape(pointer)}"]`);
      if (element) {
        element.scrollIntoView({ block: 'center' });
        break;
      }
    }
  };
}
