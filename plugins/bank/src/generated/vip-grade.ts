/* Generated from plugins/bank/schemas/vip-grade.json by `pnpm codegen`; do not edit by hand.
 * A test fails when this file is stale (plugins/core/test/generated-types.test.ts). */

/**
 * Grades a customer by assets under management (event.aum, fen) and issues the card of the grade reached, or replaces the card of another grade (event.currentGrade).
 */
export interface VipGradeParams {
  /**
   * @minItems 1
   */
  grades: [VipGrade, ...VipGrade[]];
}
export interface VipGrade {
  grade: string;
  minAum: number;
  name: ShownText;
}
export interface ShownText {
  'zh-CN': string;
  en: string;
}
