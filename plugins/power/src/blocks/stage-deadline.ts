import { defineBlock } from '@campaign-studio/sdk';
import schema from '../../schemas/stage-deadline.json';
import type { StageDeadlineParams } from '../generated/stage-deadline.js';
import { addWorkingDays } from '../lib/working-days.js';
import { overdueStageAlerts } from '../schedule/overdue-stage-alerts.js';
import { readProject } from '../schedule/project.js';

/**
 * W2: on the day-closed event of a project (`event.project`), a stage past its deadline alerts
 * the account manager; the scheduled check sends the event every day, so the alert repeats
 * each day the stage stays late. The day is the local date of the evaluation.
 */
export const stageDeadline = defineBlock<StageDeadlineParams>({
  id: 'power.stage-deadline',
  kind: 'benefit',
  stage: 'reward',
  group: 'project',
  label: { 'zh-CN': '环节超时告警', en: 'Overdue stage alert' },
  description: {
    'zh-CN': '业扩环节超过时限（工作日）时提醒客户经理，超时期间每天再提醒',
    en: 'Alerts the account manager when a stage runs late, and again each day it stays late',
  },
  paramsSchema: schema,
  examples: [
    {
      stages: [
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
      const day = view.local.date;
      const alert = overdueStageAlerts(read.project, day, stages)[0];
      if (alert) {
        return {
          stage: 'reward',
          reward: {
            item: 'power.overdue-alert',
            quantity: 1,
            label: {
              'zh-CN': `${alert.stageName['zh-CN']}已超时 ${alert.daysLate} 天（时限 ${alert.deadline}）`,
              en: `${alert.stageName.en} ${alert.daysLate} day(s) late (due ${alert.deadline})`,
            },
            details: { ...alert },
          },
        };
      }
      const stage = stages.find((each) => each.id === read.project.stage);
      const deadline = stage && addWorkingDays(read.project.stageStartedOn, stage.workingDays);

      return {
        none: true,
        expected: deadline ? `> ${deadline}` : stages.map((each) => each.id).join(' | '),
        actual: deadline ? day : read.project.stage,
        message: !stage
          ? {
              'zh-CN': `未知环节 ${read.project.stage}`,
              en: `unknown stage ${read.project.stage}`,
            }
          : {
              'zh-CN': `${stage.name['zh-CN']}未超时（时限 ${deadline}）`,
              en: `${stage.name.en} is not late (due ${deadline})`,
            },
      };
    };
  },
});
