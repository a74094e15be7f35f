export { powerPlugin as default, powerPlugin } from './plugin.js';
export { overdueStageAlerts } from './schedule/overdue-stage-alerts.js';
export type { OverdueStageAlert } from './schedule/overdue-stage-alerts.js';
export type { ConnectionProject, ProjectStage } from './schedule/project.js';
export { readProject } from './schedule/project.js';
export { addWorkingDays, isWorkingDay } from './lib/working-days.js';
