export { hotelPlugin as default, hotelPlugin } from './plugin.js';
