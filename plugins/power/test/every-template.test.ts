import { describePluginSuite } from '@campaign-studio/plugin-core/testing';
import { refused, registry } from './support.js';

describePluginSuite({
  registry,
  refused,
  plugin: 'power',
  loaded: ['core', 'power'],
  scenarios: ['W1', 'W2', 'W3'],
});
