import { describePluginSuite } from '@campaign-studio/plugin-core/testing';
import { refused, registry } from './support.js';

describePluginSuite({
  registry,
  refused,
  plugin: 'telecom',
  loaded: ['core', 'telecom'],
  scenarios: ['T1', 'T2'],
});
