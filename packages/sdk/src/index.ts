export { definePlugin, defineBlock, defineTemplate } from './define.js';
export { loadPlugins } from './load-plugins.js';
export type { PluginCandidate } from './load-plugins.js';
export { createRegistry } from './registry.js';
export type {
  BlockDescription,
  PluginDescription,
  Registry,
  RegistryDescription,
  TemplateDescription,
} from './registry.js';
export { instantiateTemplate } from './instantiate-template.js';
export type { CampaignIdentity } from './instantiate-template.js';
export { expandTemplate, expandTemplateTraced } from './expand-template.js';
export type { ParamOrigin } from './expand-template.js';
export type { PluginRefusal } from './plugin-refusal.js';
export type {
  Lint,
  LintWarning,
  ParamBound,
  PluginDefinition,
  SampleContext,
  TemplateDefinition,
} from './types.js';

// What plugin authors need from the engine, so that plugins depend on the SDK alone.
export type {
  AnyBlock,
  BenefitBlock,
  BenefitEvaluator,
  BenefitNone,
  BenefitNoneExplained,
  BenefitProposal,
  CampaignDocument,
  CompileEnv,
  ConditionBlock,
  ConditionEvaluator,
  ConditionOutcome,
  EvaluationContext,
  EvaluationResult,
  EvaluationView,
  FailureText,
  Fen,
  HeldCoupon,
  HeldVoucher,
  JsonSchema,
  LimitBlock,
  LimitClaim,
  LimitEvaluator,
  LimitInput,
  LimitKind,
  LimitRefused,
  LimitShortfall,
  LimitUnit,
  LineSet,
  LineView,
  LocalInstant,
  LocalizedText,
  OrderLine,
  Reward,
  Stage,
  UsedInstrument,
} from '@campaign-studio/engine';
export type { ValidationIssue } from '@campaign-studio/engine';
export {
  EngineError,
  customerKeyOf,
  endOfMonthsValidity,
  evaluateWithinLimits,
  formatYuan,
  parseLocalDateTime,
  percentOfHalfUp,
  spreadByLargestRemainder,
} from '@campaign-studio/engine';
