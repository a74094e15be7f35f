export { formatYuan } from './format-yuan.js';
export { spreadByLargestRemainder } from './spread.js';
export { percentOfHalfUp } from './percent.js';
