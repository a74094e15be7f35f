import { yuan } from '@campaign-studio/plugin-core';
import { defineBlock } from '@campaign-studio/sdk';
import schema from '../../schemas/vip-grade.json';
import type { VipGrade, VipGradeParams } from '../generated/vip-grade.js';
import { managerOf } from '../lib/manager.js';

/**
 * B1: the grade is the highest whose floor the assets under management reach (`event.aum`, fen;
 * "≥" inclusive). A customer without a card gets one issued; one holding a card of another
 * grade (`event.currentGrade`) gets it replaced; the same grade gives nothing.
 */
export const vipGrade = defineBlock<VipGradeParams>({
  id: 'bank.vip-grade',
  kind: 'benefit',
  stage: 'reward',
  group: 'customer',
  label: { 'zh-CN': '按资产定级发卡', en: 'VIP grade and card by assets' },
  description: {
    'zh-CN': '按管理资产（AUM）评定贵宾等级，发放或更换对应等级的贵宾卡',
    en: 'Grades by assets under management and issues or replaces the VIP card',
  },
  paramsSchema: schema,
  examples: [
    {
      grades: [
        { grade: 'gold', minAum: 5000000, name: { 'zh-CN': '金卡', en: 'Gold' } },
        { grade: 'platinum', minAum: 50000000, name: { 'zh-CN': '白金卡', en: 'Platinum' } },
      ],
    },
  ],
  compile({ grades }) {
    const ladder = [...grades].sort((a, b) => a.minAum - b.minAum);
    const gradeAt = (aum: number): VipGrade | undefined =>
      ladder.filter((grade) => aum >= grade.minAum).at(-1);

    return ({ view }) => {
      const aumFact = view.context.event?.aum;
      const aum = typeof aumFact === 'number' ? aumFact : 0;
      const current = view.context.event?.currentGrade;
      const reached = gradeAt(aum);
      if (!reached) {
        const first = ladder[0] as VipGrade;
        return {
          none: true,
          expected: `≥ ${yuan(first.minAum)}`,
          actual: yuan(aum),
          message: {
            'zh-CN': `管理资产 ${yuan(aum)} 未达${first.name['zh-CN']}的 ${yuan(first.minAum)}`,
            en: `assets ${yuan(aum)} < ${yuan(first.minAum)} for ${first.name.en}`,
          },
        };
      }
      if (current === reached.grade) {
        return {
          none: true,
          expected: `≠ ${reached.grade}`,
          actual: reached.grade,
          message: {
            'zh-CN': `已持有${reached.name['zh-CN']}`,
            en: `already holds the ${reached.name.en} card`,
          },
        };
      }
      const action = typeof current === 'string' && current.length > 0 ? 'replace' : 'issue';

      return {
        stage: 'reward',
        reward: {
          item: 'bank.vip-card',
          quantity: 1,
          label: {
            'zh-CN': `${action === 'issue' ? '发放' : '更换为'}${reached.name['zh-CN']}`,
            en: `${action === 'issue' ? 'Issue' : 'Replace with'} ${reached.name.en} card`,
          },
          details: {
            grade: reached.grade,
            action,
            aum,
            ...(action === 'replace' && { previousGrade: current }),
            ...managerOf(view.context),
          },
        },
      };
    };
  },
});
