import type { BlockUse, CampaignDocument, ConditionNode, Rule } from '@campaign-studio/engine';

function conditionUses(node: ConditionNode | undefined): BlockUse[] {
  if (node === undefined || typeof node !== 'object') return [];
  if ('block' in node) return [node];
  if ('all' in node && Array.isArray(node.all)) return node.all.flatMap(conditionUses);
  if ('any' in node && Array.isArray(node.any)) return node.any.flatMap(conditionUses);
  if ('not' in node) return conditionUses(node.not);
  return [];
}

function ruleUses(rules: readonly Rule[] | undefined): BlockUse[] {
  return (rules ?? []).flatMap((rule) => [...conditionUses(rule.when), ...(rule.then ?? [])]);
}

/** Every block use of a (possibly unfinished) document. */
export function blockUsesOf(document: CampaignDocument): BlockUse[] {
  return [
    ...ruleUses(document.rules),
    ...(document.phases ?? []).flatMap((p) => ruleUses(p.rules)),
  ];
}
