import { randomBytes } from 'node:crypto';

/** A readable, unique id for a campaign made from a template: `tiered-coupons-3f9a2c`. */
export function newCampaignId(templateId: string): string {
  // Lowercase and at most 60 characters before the suffix: it must be a valid campaign id.
  const name = templateId
    .slice(templateId.indexOf('.') + 1)
    .toLowerCase()
    .replace(/[^a-z0-9-]/g, '-')
    .slice(0, 60);

  return `${name}-${randomBytes(3).toString('hex')}`;
}
