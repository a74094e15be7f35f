import type { BlockUse, CampaignDocument, ConditionNode, Rule } from '@campaign-studio/engine';

/** A block use with the JSON pointer to it inside the document. */
export interface LocatedBlockUse extends BlockUse {
  path: string;
}

function conditionUses(node: ConditionNode | undefined, path: string): LocatedBlockUse[] {
  if (node === undefined) return [];
  if ('block' in node) return [{ ...node, path }];
  if ('all' in node)
    return node.all.flatMap((child, i) => conditionUses(child, `${path}/all/${i}`));
  if ('any' in node)
    return node.any.flatMap((child, i) => conditionUses(child, `${path}/any/${i}`));

  return conditionUses(node.not, `${path}/not`);
}

function ruleUses(rules: readonly Rule[] | undefined, path: string): LocatedBlockUse[] {
  return (rules ?? []).flatMap((rule, r) => [
    ...conditionUses(rule.when, `${path}/${r}/when`),
    ...rule.then.map((use, b) => ({ ...use, path: `${path}/${r}/then/${b}` })),
  ]);
}

/** Every block use of a valid document, conditions before benefits, in document order. */
export function blockUses(document: CampaignDocument): LocatedBlockUse[] {
  return [
    ...ruleUses(document.rules, '/rules'),
    ...(document.phases ?? []).flatMap((phase, p) => ruleUses(phase.rules, `/phases/${p}/rules`)),
  ];
}
