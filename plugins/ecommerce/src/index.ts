export { ecommercePlugin as default, ecommercePlugin } from './plugin.js';
