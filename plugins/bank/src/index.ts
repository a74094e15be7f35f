export { bankPlugin as default, bankPlugin } from './plugin.js';
