export type * from './types/index.js';
export {
  DEFAULT_PRIORITY,
  DEFAULT_TIMEZONE,
  ORDER_EVENT,
  STAGES,
  STAGE_INDEX,
} from './types/index.js';
export { createEngine, ENGINE_VERSION } from './engine.js';
export type { Engine } from './engine.js';
export { EngineError } from './errors.js';
export type { EngineErrorCode, ValidationIssue } from './errors.js';
export type { CompiledCampaign } from './compile/compiled.js';
export type { CampaignSet } from './compile/campaign-set.js';
export type { EvaluateOptions } from './evaluate/evaluate-campaigns.js';
export { formatYuan, spreadByLargestRemainder, percentOfHalfUp } from './money/index.js';
export { endOfMonthsValidity, parseLocalDateTime, resolveWindow } from './time/index.js';
export { createAjv } from './validation/create-ajv.js';
export { paramsValidator } from './validation/schema-validators.js';
export { lastField, toIssues } from './validation/to-issues.js';
export { evaluateWithinLimits } from './limits/evaluate-within-limits.js';
export type { EvaluateWithShortfalls, ReadLeft } from './limits/evaluate-within-limits.js';
export { customerKeyOf } from './limits/customer-key.js';
