export {
  toLocalInstant,
  parseLocalDateTime,
  startOfNextDay,
  isValidZone,
  isValidInstant,
  isValidLocal,
} from './local-instant.js';
export { resolveWindow, windowContains, describeWindow } from './window.js';
export type { ResolvedWindow } from './window.js';
export { endOfMonthsValidity } from './one-month.js';
