import { defineBlock } from '@campaign-studio/sdk';
import schema from '../../schemas/stage-handover.json';
import type { StageHandoverParams } from '../generated/stage-handover.js';
import { addWorkingDays } from '../lib/working-days.js';
import { readProject } from '../schedule/project.js';

/**
 * W2: when a stage is finished (`event.project.stage` with `finishedOn`), the owner of the next
 * stage is notified, with the deadline the next stage runs to from that day.
 */
export const stageHandover = defineBlock<StageHandoverParams>({
  id: 'power.stage-handover',
  kind: 'benefit',
  stage: 'reward',
  group: 'project',
  label: { 'zh-CN': '环节交接通知', en: 'Stage handover notice' },
  description: {
    'zh-CN': '一个环节完成后，通知下一环节的责任部门及其时限',
    en: 'When a stage is finished, notifies the next stage’s owner with its deadline',
  },
  paramsSchema: schema,
  examples: [
    {
      stages: [
        {
          id: 'application',
          name: { 'zh-CN': '受理申请', en: 'Application' },
          owner: { 'zh-CN': '客户服务中心', en: 'Customer service centre' },
          workingDays: 1,
        },
        {
          id: 'site-survey',
          name: { 'zh-CN': '现场勘查', en: 'Site survey' },
          owner: { 'zh-CN': '营销部', en: 'Marketing department' },
          workingDays: 2,
        },
      ],
    },
  ],
  compile({ stages }) {
    return ({ view }) => {
      const read = readProject(view.context.event?.project);
      if ('problem' in read) return { none: true, message: read.problem };
      const { project } = read;
      const index = stages.findIndex((each) => each.id === project.stage);
      const next = index >= 0 ? stages[index + 1] : undefined;
      if (!next) {
        return {
          none: true,
          actual: project.stage,
          message:
            index < 0
              ? { 'zh-CN': `未知环节 ${project.stage}`, en: `unknown stage ${project.stage}` }
              : { 'zh-CN': '已是最后一个环节', en: 'this was the last stage' },
        };
      }
      const startedOn = project.finishedOn ?? view.local.date;
      const deadline = addWorkingDays(startedOn, next.workingDays);

      return {
        stage: 'reward',
        reward: {
          item: 'power.stage-notice',
          quantity: 1,
          label: {
            'zh-CN': `请${next.owner['zh-CN']}办理${next.name['zh-CN']}，时限 ${deadline}`,
            en: `${next.owner.en}: ${next.name.en} is yours, due ${deadline}`,
          },
          details: {
            projectId: project.id,
            finished: project.stage,
            nextStage: next.id,
            owner: next.owner,
            startedOn,
            deadline,
            ...(project.accountManager !== undefined && { accountManager: project.accountManager }),
          },
        },
      };
    };
  },
});
