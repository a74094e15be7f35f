import { describe, expect, it } from 'vitest';
import type { CampaignDocument } from '@campaign-studio/engine';
import { blankCampaign } from '../../src/builder/state/blank-campaign.js';
import { hasBenefit } from '../../src/builder/state/has-benefit.js';

const amountOff = { block: 'core.amount-off', params: { amount: 1000 } };

describe('hasBenefit', () => {
  it('is false for the blank campaign the builder starts from', () => {
    expect(hasBenefit(blankCampaign('campaign-blank'))).toBe(false);
  });

  it('is true once any rule grants something, in rules or in a phase', () => {
    const blank = blankCampaign('campaign-x');
    expect(
      hasBenefit({
        ...blank,
        rules: [
          { id: 'r1', then: [], ...{} },
          { id: 'r2', then: [amountOff] },
        ],
      } as CampaignDocument),
    ).toBe(true);
    const phased = {
      id: 'campaign-y',
      version: 1,
      name: blank.name,
      phases: [
        {
          id: 'p1',
          window: { firstDay: '2026-11-01', lastDay: '2026-11-10' },
          rules: [{ id: 'r1', then: [] }],
        },
        {
          id: 'p2',
          window: { firstDay: '2026-11-11', lastDay: '2026-11-11' },
          rules: [{ id: 'r2', then: [amountOff] }],
        },
      ],
    } as CampaignDocument;
    expect(hasBenefit(phased)).toBe(true);
  });
});
