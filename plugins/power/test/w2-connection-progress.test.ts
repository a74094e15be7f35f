import { describe, expect, it } from 'vitest';
import { addWorkingDays, overdueStageAlerts, type ProjectStage } from '../src/index.js';
import { event, registry, runTemplate } from './support.js';

/** Site survey: 2 working days. Begun Friday 5 June 2026 → due Tuesday 9 June. */
const SURVEY = {
  id: 'YK-2026-0042',
  stage: 'site-survey',
  stageStartedOn: '2026-06-05',
  accountManager: 'zhao.min',
};

function closeDay(day: string, project: Record<string, unknown> = SURVEY) {
  const context = event(`${day}T23:30:00+08:00`, { type: 'day.closed', project });

  return runTemplate('connection-progress', context).benefits.map((b) => b.reward);
}

describe('working days are Monday–Friday (no holiday calendar)', () => {
  it('2 working days after Friday 5 June are up on Tuesday 9 June', () => {
    expect(addWorkingDays('2026-06-05', 2)).toBe('2026-06-09');
    expect(addWorkingDays('2026-06-08', 10)).toBe('2026-06-22');
  });
});

describe('W2 stage deadlines alert the account manager, again each day late', () => {
  it('on the deadline day it is not late', () => {
    expect(closeDay('2026-06-09')).toEqual([]);
  });

  it('the day after the deadline → the first alert, to the account manager', () => {
    expect(closeDay('2026-06-10')).toEqual([
      expect.objectContaining({
        item: 'power.overdue-alert',
        details: expect.objectContaining({
          projectId: 'YK-2026-0042',
          stage: 'site-survey',
          deadline: '2026-06-09',
          daysLate: 1,
          first: true,
          accountManager: 'zhao.min',
          owner: { 'zh-CN': '营销部', en: 'Marketing department' },
        }),
      }),
    ]);
  });

  it('still late the next day → alerted again', () => {
    const [alert] = closeDay('2026-06-11');

    expect(alert?.details).toMatchObject({ daysLate: 2, first: false });
    expect(alert?.label.en).toBe('Site survey 2 day(s) late (due 2026-06-09)');
  });

  it('finished on time → no alert, then or later', () => {
    const finished = { ...SURVEY, finishedOn: '2026-06-09' };

    expect(closeDay('2026-06-09', finished)).toEqual([]);
    expect(closeDay('2026-06-10', finished)).toEqual([]);
  });

  it('a stage finished late stops alerting from the day it is finished', () => {
    expect(closeDay('2026-06-12', { ...SURVEY, finishedOn: '2026-06-12' })).toEqual([]);
  });

  it('the pure check gives the same alerts the server scheduler would raise', () => {
    const template = registry.template('power.connection-progress');
    const stages = template?.defaults.stages as ProjectStage[];

    expect(overdueStageAlerts(SURVEY, '2026-06-09', stages)).toEqual([]);
    expect(overdueStageAlerts(SURVEY, '2026-06-13', stages)[0]?.daysLate).toBe(4);
  });
});

describe('W2 finishing a stage notifies the next owner', () => {
  it('application finished Friday 5 June → marketing gets the site survey, due 9 June', () => {
    const project = { ...SURVEY, stage: 'application', finishedOn: '2026-06-05' };
    const context = event('2026-06-05T16:00:00+08:00', { type: 'project.stage-finished', project });
    const [notice] = runTemplate('connection-progress', context).benefits.map((b) => b.reward);

    expect(notice).toMatchObject({
      item: 'power.stage-notice',
      details: { nextStage: 'site-survey', deadline: '2026-06-09', startedOn: '2026-06-05' },
    });
    expect(notice?.label['zh-CN']).toBe('请营销部办理现场勘查，时限 2026-06-09');
  });

  it('power on is the last stage: nothing to hand over', () => {
    const project = { ...SURVEY, stage: 'power-on', finishedOn: '2026-08-03' };
    const context = event('2026-08-03T16:00:00+08:00', { type: 'project.stage-finished', project });

    expect(runTemplate('connection-progress', context).benefits).toEqual([]);
  });
});
