import type { LocalizedText } from '@campaign-studio/engine';
import type { CampaignRecord, UserRecord } from '@campaign-studio/storage';
import { branchForWrite, HQ_BRANCH_ID } from '../access/branchScope.js';
import { requireWithinBounds } from '../bounds/requireWithinBounds.js';
import type { AppServices } from '../AppServices.js';
import { requireTemplate } from '../routers/templatesRouter.js';
import type { DocumentInput } from '../routers/schemas.js';
import { InputIssuesError } from '../trpc/InputIssuesError.js';
import { checkCampaignId } from './checkCampaignId.js';
import { fillTemplateParams } from './fillTemplateParams.js';
import { newCampaignId } from './newCampaignId.js';
import { prepareDraft } from './prepareDraft.js';
import { requireBranch } from './requireBranch.js';

export interface CreateInput {
  templateId?: string;
  params?: Record<string, unknown>;
  document?: DocumentInput;
  name?: LocalizedText;
  /** For a template: the new campaign's id (generated when absent). */
  id?: string;
  branchId?: string;
}

/** A new draft from a template and params, or from a whole document; validated, then stored. */
export async function createCampaign(
  services: AppServices,
  user: UserRecord,
  input: CreateInput,
): Promise<CampaignRecord> {
  const { registry, repositories } = services;
  if (input.id !== undefined) checkCampaignId(input.id, '/id');
  const branchId = branchForWrite(user, input.branchId ?? stringField(input.document?.branchId));
  await requireBranch(services, branchId);

  if (input.templateId !== undefined && input.document === undefined) {
    const template = registry.template(input.templateId);
    requireTemplate(template !== undefined, input.templateId);
    const id = input.id ?? newCampaignId(input.templateId);
    // Recorded with the defaults filled in, as the shell does: the params the document has.
    const params = template === undefined ? {} : fillTemplateParams(template, input.params ?? {});
    if (template !== undefined) await requireWithinBounds(services, user, template, params);
    // Sets id, branch, version 1 and name, and validates: the document is ready to store.
    const document = registry.instantiate(input.templateId, params, {
      campaignId: id,
      branchId,
      ...(input.name === undefined ? {} : { name: input.name }),
    });

    return repositories.campaigns.create({
      id,
      branchId,
      plugin: document.plugin ?? input.templateId.split('.')[0] ?? 'core',
      templateId: input.templateId,
      templateVersion: template?.version ?? 1,
      templateParams: params,
      name: document.name,
      document: document as unknown as Record<string, unknown>,
      createdBy: user.id,
    });
  }

  if (input.document !== undefined && input.templateId === undefined) {
    const id = stringField(input.document.id) ?? input.id;
    if (id === undefined) {
      throw fieldIssue('/document/id', 'id', 'id is required', '缺少必填项 id');
    }

    const document = prepareDraft(
      registry.engine,
      input.document,
      { id, branchId, version: 1, ...(input.name === undefined ? {} : { name: input.name }) },
      '/document',
    );
    // A template campaign of a branch is made from params, which HQ's bounds are checked on.
    if (document.template !== undefined && user.branchId !== HQ_BRANCH_ID) {
      throw fieldIssue(
        '/document/template',
        'template',
        'a branch makes a campaign of a template from templateId and params, not a document',
        '分支须用模板编号 templateId 和参数 params 创建模板活动，不能直接提交活动文档',
      );
    }
    return repositories.campaigns.create({
      id,
      branchId,
      plugin: document.plugin ?? 'core',
      ...(document.template === undefined
        ? {}
        : { templateId: document.template.id, templateVersion: document.template.version }),
      name: document.name,
      document: document as unknown as Record<string, unknown>,
      createdBy: user.id,
    });
  }

  throw fieldIssue(
    '/templateId',
    'templateId',
    'give either templateId (with params) or document, not both',
    '请提供模板 templateId（及参数）或活动文档 document，二者选一',
  );
}

function stringField(value: unknown): string | undefined {
  return typeof value === 'string' ? value : undefined;
}

export function fieldIssue(path: string, field: string, en: string, zh: string): InputIssuesError {
  return new InputIssuesError([{ path, field, keyword: 'invalid', message: { 'zh-CN': zh, en } }]);
}
