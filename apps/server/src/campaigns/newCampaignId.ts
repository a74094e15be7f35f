import { randomBytes } from 'node:crypto';

/** A readable, unique id for a campaign made from a template: `tiered-coupons-3f9a2c`. */
export function newCampaignId(templateId: string): string {
  const name = templateId.slice(templateId.indexOf('.') + 1).replace(/[^A-Za-z0-9-]/g, '-');

  return `${name}-${randomBytes(3).toString('hex')}`;
}
