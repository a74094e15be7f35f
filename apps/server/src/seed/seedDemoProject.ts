import type { Registry } from '@campaign-studio/sdk';
import { StorageError, type Repositories } from '@campaign-studio/storage';
import { addDays, localDay } from '../schedule/localDays.js';

const TEMPLATE_ID = 'power.connection-progress';
const CAMPAIGN_ID = 'east-connection-progress';
const PROJECT_ID = 'YK-DEMO-0001';
const BRANCH_ID = 'east';
const ZONE = 'Asia/Shanghai';

/**
 * For `npm start`: East China's published connection-progress campaign (W2's stage table) and
 * one project whose site survey began ten days ago, so it is late and the start-up check
 * raises an alert. Each piece is added only when missing, so a start that stopped half-way
 * is completed by the next. Nothing is added without the power plugin or the east branch.
 * @returns whether it added anything.
 */
export async function seedDemoProject(
  registry: Registry,
  repositories: Repositories,
  clock: () => Date,
): Promise<boolean> {
  try {
    return await addMissingPieces(registry, repositories, clock);
  } catch (error) {
    // Another process starting on the same database added the same piece a moment earlier.
    if (error instanceof StorageError && error.code === 'CONFLICT') return false;
    throw error;
  }
}

async function addMissingPieces(
  registry: Registry,
  repositories: Repositories,
  clock: () => Date,
): Promise<boolean> {
  const template = registry.template(TEMPLATE_ID);
  const branch = await repositories.branches.get(BRANCH_ID);
  if (template === undefined || branch === undefined) return false;
  if ((await repositories.connectionProjects.get(PROJECT_ID)) !== undefined) return false;

  const today = localDay(clock(), ZONE);
  const year = Number(today.slice(0, 4));
  let campaign = await repositories.campaigns.get(CAMPAIGN_ID);
  if (campaign === undefined) {
    const params = {
      ...template.defaults,
      days: { firstDay: `${year - 1}-01-01`, lastDay: `${year + 1}-12-31` },
    };
    const document = registry.instantiate(TEMPLATE_ID, params, {
      campaignId: CAMPAIGN_ID,
      branchId: BRANCH_ID,
    });
    campaign = await repositories.campaigns.create({
      id: CAMPAIGN_ID,
      branchId: BRANCH_ID,
      plugin: 'power',
      templateId: TEMPLATE_ID,
      templateVersion: template.version,
      templateParams: params,
      name: document.name,
      document: document as unknown as Record<string, unknown>,
    });
  }
  if (campaign.publishedVersion === undefined) {
    const draft = campaign.document;
    await repositories.campaigns.publish(CAMPAIGN_ID, campaign.revision, {
      lifecycle: 'approved',
      documentFor: (version) => {
        const frozen = { ...draft, version };
        registry.engine.compile(frozen);
        return frozen;
      },
      draftAfter: (version, frozen) => ({ ...frozen, version: version + 1 }),
    });
  }

  await repositories.connectionProjects.insert(
    {
      id: PROJECT_ID,
      branchId: BRANCH_ID,
      customer: '苏州精工机械有限公司 · Suzhou Precision Machinery',
      accountManager: 'east-manager',
      stage: 'site-survey',
      stageStartedOn: addDays(today, -10),
      campaignId: CAMPAIGN_ID,
    },
    clock(),
  );

  return true;
}
