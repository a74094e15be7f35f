/** Why a plugin was not loaded: which plugin, which field, and what to fix. */
export interface PluginRefusal {
  /** The plugin's id, or where it came from when it has no readable id. */
  plugin: string;
  /** Path of the wrong field inside the manifest, e.g. `blocks/2/paramsSchema`. */
  field: string;
  message: string;
}

/** Thrown while checking one plugin; the loader turns it into a refusal and goes on. */
export class PluginCheckError extends Error {
  constructor(
    readonly field: string,
    message: string,
  ) {
    super(message);
    this.name = 'PluginCheckError';
  }
}
