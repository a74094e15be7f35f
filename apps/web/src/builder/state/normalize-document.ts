import type { CampaignDocument, ConditionNode, Rule } from '@campaign-studio/engine';

function normalizeRule(rule: Rule): Rule {
  const when: ConditionNode | undefined = rule.when;
  if (when === undefined || 'all' in when || 'any' in when) return rule;

  return { ...rule, when: { all: [when] } };
}

/**
 * The same campaign with every rule's conditions in a root all / any group, so that each
 * rule's "when" is a slot the canvas can drop into. The meaning does not change.
 */
export function normalizeDocument(document: CampaignDocument): CampaignDocument {
  return {
    ...document,
    ...(document.rules && { rules: document.rules.map(normalizeRule) }),
    ...(document.phases && {
      phases: document.phases.map((phase) => ({ ...phase, rules: phase.rules.map(normalizeRule) })),
    }),
  };
}
