export type StorageErrorCode = 'CONFLICT' | 'NOT_FOUND' | 'MIGRATION_FAILED';

/** The one error family of the storage layer; the server maps codes to tRPC codes. */
export class StorageError extends Error {
  readonly code: StorageErrorCode;

  constructor(code: StorageErrorCode, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'StorageError';
    this.code = code;
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
