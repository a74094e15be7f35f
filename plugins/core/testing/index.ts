export { describePluginSuite } from './plugin-suite.js';
export type { PluginSuiteOptions } from './plugin-suite.js';
export { createTestKit, event, rewards } from './test-kit.js';
