import { describePluginSuite } from '@campaign-studio/plugin-core/testing';
import { refused, registry } from './support.js';

describePluginSuite({
  registry,
  refused,
  plugin: 'hotel',
  loaded: ['core', 'hotel'],
  scenarios: ['H1', 'H2', 'H3', 'H4', 'H5', 'H6'],
});
