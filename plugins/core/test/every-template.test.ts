import { loadPlugins } from '@campaign-studio/sdk';
import { describePluginSuite } from '../testing/index.js';
import core from '../src/index.js';

const { registry, refused } = loadPlugins([
  { source: '@campaign-studio/plugin-core', module: core },
]);

describePluginSuite({ registry, refused, plugin: 'core', loaded: ['core'], scenarios: ['V1'] });
