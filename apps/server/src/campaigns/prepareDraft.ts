import type { CampaignDocument, Engine, LocalizedText } from '@campaign-studio/engine';
import type { DocumentInput } from '../routers/schemas.js';
import { InputIssuesError, underPath } from '../trpc/InputIssuesError.js';

export interface DraftIdentity {
  id: string;
  branchId: string;
  /** The version the draft will get when it is published next. */
  version: number;
  name?: LocalizedText;
}

/**
 * The document as it will be stored: the campaign's id, branch and next version set by the
 * server (a client cannot move a campaign by editing its document), then validated by the
 * engine. Issues point into the procedure input under `pathPrefix` (e.g. `/document`).
 */
export function prepareDraft(
  engine: Engine,
  raw: DocumentInput,
  identity: DraftIdentity,
  pathPrefix: string,
): CampaignDocument {
  if (raw.id !== undefined && raw.id !== identity.id) {
    throw new InputIssuesError([
      {
        path: `${pathPrefix}/id`,
        field: 'id',
        keyword: 'campaign-id',
        message: {
          'zh-CN': `活动编号必须是 ${identity.id}`,
          en: `must be the campaign's id, ${identity.id}`,
        },
      },
    ]);
  }

  const document: Record<string, unknown> = {
    ...raw,
    id: identity.id,
    branchId: identity.branchId,
    version: identity.version,
    ...(identity.name === undefined ? {} : { name: identity.name }),
  };
  const issues = engine.validateCampaign(document);
  if (issues.length > 0) {
    throw new InputIssuesError(underPath(pathPrefix, issues), 'INVALID_CAMPAIGN');
  }

  return document as unknown as CampaignDocument;
}
