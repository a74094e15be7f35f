/**
 * The Node.js side of the SDK: importing plugin modules by name or path. Kept apart from the
 * pure SDK so that the engine, the SDK and plugins stay free of I/O and run anywhere.
 */
export { DEFAULT_PLUGINS, importPlugins, pluginsFromEnv } from './import-plugins.js';
export type { ImportModule } from './import-plugins.js';
