import type { LocalizedName } from './schema.js';

/** `BAD_REQUEST`: an input the caller must fix (the message names the field). */
export type StorageErrorCode = 'CONFLICT' | 'NOT_FOUND' | 'BAD_REQUEST' | 'MIGRATION_FAILED';

export interface StorageErrorOptions {
  cause?: unknown;
  /** The message in both languages, for people using the shell. */
  localized?: LocalizedName;
  /** What exactly happened, e.g. `campaign-exists`, `stale-revision`, `no-campaign`. */
  reason?: string;
}

/** The one error family of the storage layer; the server maps codes to tRPC codes. */
export class StorageError extends Error {
  readonly code: StorageErrorCode;
  readonly localized: LocalizedName | undefined;
  readonly reason: string | undefined;

  constructor(code: StorageErrorCode, message: string, options: StorageErrorOptions = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.name = 'StorageError';
    this.code = code;
    this.localized = options.localized;
    this.reason = options.reason;
  }
}

/** PostgreSQL's SQLSTATE for a unique or primary-key violation. */
const UNIQUE_VIOLATION = '23505';

export function isUniqueViolation(error: unknown): boolean {
  return (
    typeof error === 'object' &&
    error !== null &&
    'code' in error &&
    (error as { code: unknown }).code === UNIQUE_VIOLATION
  );
}
