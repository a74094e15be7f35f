import { loadPlugins } from '@campaign-studio/sdk';
import core from '@campaign-studio/plugin-core';
import { describePluginSuite } from '@campaign-studio/plugin-core/testing';
// By path: retail depends on core only; e-commerce is loaded to check that they coexist.
import ecommerce from '../../ecommerce/src/index.js';
import retail from '../src/index.js';

const { registry, refused } = loadPlugins([
  { source: '@campaign-studio/plugin-core', module: core },
  { source: '@campaign-studio/plugin-ecommerce', module: ecommerce },
  { source: '@campaign-studio/plugin-retail', module: retail },
]);

describePluginSuite({
  registry,
  refused,
  plugin: 'retail',
  loaded: ['core', 'ecommerce', 'retail'],
  scenarios: [...Array.from({ length: 17 }, (_, index) => `R${index + 1}`), 'V3', 'V5'],
});
