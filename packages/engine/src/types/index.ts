export type * from './document.js';
export type * from './context.js';
export type * from './result.js';
export type * from './block.js';
export { DEFAULT_PRIORITY, DEFAULT_TIMEZONE } from './document.js';
export { ORDER_EVENT } from './context.js';
export { STAGES, STAGE_INDEX } from './result.js';
export type * from './limit.js';
