import { describePluginSuite } from '@campaign-studio/plugin-core/testing';
import { refused, registry } from './support.js';

describePluginSuite({
  registry,
  refused,
  plugin: 'bank',
  loaded: ['core', 'bank'],
  scenarios: ['B1', 'B2'],
});
