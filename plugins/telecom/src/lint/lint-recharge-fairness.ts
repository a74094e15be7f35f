import { yuan } from '@campaign-studio/plugin-core';
import type { CampaignDocument, LocalizedText } from '@campaign-studio/sdk';
import { CHANNEL_SUBSIDY } from '../blocks/channel-subsidy.js';
import { ruleOffers, type RuleOffer } from './rule-offers.js';

/** A builder warning: the campaign works, but invites gaming. */
export interface RechargeFairnessWarning {
  code: 'telecom.recharge-fairness';
  /** JSON pointer of the new-user rule, e.g. `/rules/1`. */
  path: string;
  /** What a new account is worth: bonus credit plus the channel's subsidy, in fen. */
  newUserValue: number;
  /** What an existing user gets for the same recharge amount, in fen. */
  existingUserValue: number;
  message: LocalizedText;
}

/**
 * T1: when a new account is worth more (bonus + channel subsidy) than an existing user's
 * recharge of the same amount, people cancel and re-register. Each new-user rule is compared
 * with the best existing-user rule whose recharge threshold it also meets; equal values are fair.
 */
export function lintRechargeFairness(document: CampaignDocument): RechargeFairnessWarning[] {
  const offers = ruleOffers(document);
  const existing = offers.filter((offer) => offer.audience === 'existing');
  if (existing.length === 0) return [];

  return offers
    .filter((offer) => offer.audience === 'new')
    .flatMap((offer) => {
      const comparable = existing.filter((each) => each.minAmount <= offer.minAmount);
      const existingUserValue = Math.max(0, ...comparable.map((each) => each.value));
      if (offer.value <= existingUserValue) return [];

      return [warning(offer, existingUserValue)];
    });
}

function warning(offer: RuleOffer, existingUserValue: number): RechargeFairnessWarning {
  const subsidy = offer.parts
    .filter((part) => part.item === CHANNEL_SUBSIDY)
    .reduce((sum, part) => sum + part.value, 0);
  const bonus = offer.value - subsidy;
  const newValue = yuan(offer.value);
  const oldValue = yuan(existingUserValue);

  return {
    code: 'telecom.recharge-fairness',
    path: offer.path,
    newUserValue: offer.value,
    existingUserValue,
    message: {
      'zh-CN':
        `新用户总价值 ${newValue}（赠费 ${yuan(bonus)} + 渠道补贴 ${yuan(subsidy)}）` +
        `高于老用户的 ${oldValue}：老用户可能销户后重新入网`,
      en:
        `a new account is worth ${newValue} (bonus ${yuan(bonus)} + channel subsidy ` +
        `${yuan(subsidy)}), more than an existing user's ${oldValue}: ` +
        'existing users may cancel and re-register',
    },
  };
}
