/* Generated from plugins/power/schemas/stage-deadline.json by `pnpm codegen`; do not edit by hand.
 * A test fails when this file is stale (plugins/core/test/generated-types.test.ts). */

/**
 * The connection project's stages in order, each with its owner and a deadline in working days (Monday–Friday, no holiday calendar). On a day-closed event a stage past its deadline alerts the account manager, again each day it stays late.
 */
export interface StageDeadlineParams {
  /**
   * @minItems 1
   */
  stages: [ProjectStage, ...ProjectStage[]];
}
export interface ProjectStage {
  id: string;
  name: ShownText;
  owner: OwnerDepartment;
  workingDays: number;
}
export interface ShownText {
  'zh-CN': string;
  en: string;
}
export interface OwnerDepartment {
  'zh-CN': string;
  en: string;
}
