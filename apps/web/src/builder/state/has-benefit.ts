import type { CampaignDocument, Rule } from '@campaign-studio/engine';

function anyBenefit(rules: readonly Rule[] | undefined): boolean {
  return (rules ?? []).some((rule) => (rule.then ?? []).length > 0);
}

/**
 * Whether any rule of a (possibly unfinished) document grants something: one that grants
 * nothing cannot be valid, so it is not worth sending to the simulator.
 */
export function hasBenefit(document: CampaignDocument): boolean {
  return anyBenefit(document.rules) || (document.phases ?? []).some((p) => anyBenefit(p.rules));
}
