export { formatYuan, fenToYuan, yuanToFen } from './lib/format-yuan.js';
export { formatPercentOff, percentOffToZhe, zheToPercentOff } from './lib/percent-off.js';
