export { telecomPlugin as default, telecomPlugin } from './plugin.js';
export { lintRechargeFairness } from './lint/lint-recharge-fairness.js';
export type { RechargeFairnessWarning } from './lint/lint-recharge-fairness.js';
export { ruleOffers } from './lint/rule-offers.js';
export type { OfferPart, RuleOffer } from './lint/rule-offers.js';
