/* Generated from plugins/power/schemas/stage-handover.json by `pnpm codegen`; do not edit by hand.
 * A test fails when this file is stale (plugins/core/test/generated-types.test.ts). */

/**
 * The connection project's stages in order; when one is finished, the owner of the next is notified with its deadline in working days.
 */
export interface StageHandoverParams {
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
