/**
 * Cost estimators by template id. The plugin SDK has no estimate hook yet, so the server wires
 * the pure functions a plugin exports here; a campaign whose template is not listed gets no
 * estimate lines. Each estimator reads the document first (what the marketer edited), and the
 * template params only for what the document does not hold (the store's cost of an add-on).
 */
import type { CampaignDocument } from '@campaign-studio/engine';
import {
  addOnNetCost,
  CELEBRATION_BUDGET,
  estimateRetailBudget,
  scratchCardPool,
  type AddOnOffer,
} from '@campaign-studio/plugin-retail';
import type { CampaignEstimate, EstimateLine } from './CampaignEstimate.js';
import { blockUses } from './blockUses.js';

export type Estimator = (
  document: CampaignDocument,
  templateParams: Record<string, unknown>,
) => CampaignEstimate;

interface PrizeParam {
  quantity: number;
  value: number;
}

function prizesOf(params: Record<string, unknown>): PrizeParam[] {
  const prizes = params.prizes;
  if (!Array.isArray(prizes)) return [];

  return prizes.filter(
    (prize): prize is PrizeParam =>
      typeof prize === 'object' &&
      prize !== null &&
      Number.isInteger((prize as PrizeParam).quantity) &&
      Number.isInteger((prize as PrizeParam).value),
  );
}

function scratchCards(document: CampaignDocument): CampaignEstimate {
  const uses = blockUses(document).filter((use) => use.block === 'retail.scratch-card');
  const lines = uses.map((use): EstimateLine => ({
    id: `prize-pool:${use.path}`,
    label: { 'zh-CN': '奖池价值', en: 'Prize pool' },
    amount: scratchCardPool(prizesOf(use.params)).value,
    path: use.path,
  }));
  const prizes = uses.flatMap((use) => prizesOf(use.params));

  return { lines, budget: estimateRetailBudget(CELEBRATION_BUDGET, { prizes }) };
}

function offersOf(templateParams: Record<string, unknown>): AddOnOffer[] {
  const offers = templateParams.offers;
  if (!Array.isArray(offers)) return [];

  return offers.filter(
    (offer): offer is AddOnOffer =>
      typeof offer === 'object' &&
      offer !== null &&
      ['items', 'costEach', 'pay', 'sets'].every((key) =>
        Number.isInteger((offer as Record<string, unknown>)[key]),
      ),
  );
}

function addOns(document: CampaignDocument, templateParams: Record<string, unknown>) {
  // What customers pay comes from the document's add-on blocks, so an edit there counts.
  const pays = new Map(
    blockUses(document)
      .filter((use) => use.block === 'retail.add-on-price')
      .map((use) => [String(use.params.addOn), Number(use.params.pay)]),
  );
  const offers = offersOf(templateParams).map((offer) => ({
    ...offer,
    pay: pays.get(offer.addOn) ?? offer.pay,
  }));
  const estimate: CampaignEstimate = {
    lines: [
      {
        id: 'add-ons',
        label: { 'zh-CN': '加价购净成本', en: 'Add-ons, net cost' },
        amount: addOnNetCost(offers),
      },
    ],
    budget: estimateRetailBudget(CELEBRATION_BUDGET, { addOns: offers }),
  };

  return estimate;
}

export const estimators: ReadonlyMap<string, Estimator> = new Map<string, Estimator>([
  ['retail.scratch-cards', scratchCards],
  ['retail.sweet-add-ons', addOns],
]);

/** For documents built from blank blocks: the estimator of the first costed block they use. */
const byBlock: ReadonlyMap<string, Estimator> = new Map<string, Estimator>([
  ['retail.scratch-card', scratchCards],
]);

/** The template's estimator, or else the one of a costed block the document uses. */
export function estimatorFor(document: CampaignDocument): Estimator | undefined {
  const byTemplate = document.template && estimators.get(document.template.id);
  if (byTemplate) return byTemplate;

  const use = blockUses(document).find((candidate) => byBlock.has(candidate.block));
  return use && byBlock.get(use.block);
}
