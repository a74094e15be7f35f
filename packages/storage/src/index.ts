export { createDatabase, DEFAULT_PGLITE_DIR } from './createDatabase.js';
export type { Database, DatabaseOptions } from './createDatabase.js';
export { migrateToLatest } from './migrateToLatest.js';
export { migrations } from './migrations/migrationProvider.js';
export { StorageError, isUniqueViolation } from './StorageError.js';
export type { StorageErrorCode } from './StorageError.js';
export { toJson } from './schema.js';
export type { DatabaseSchema, JsonObject, JsonValue, LocalizedName } from './schema.js';
export { createRepositories, inTransaction } from './repositories/createRepositories.js';
export type { Repositories } from './repositories/createRepositories.js';
export { BranchRepository } from './repositories/BranchRepository.js';
export type { BranchRecord } from './repositories/BranchRepository.js';
export { UserRepository, USER_ROLES } from './repositories/UserRepository.js';
export type { UserCredentials, UserRecord, UserRole } from './repositories/UserRepository.js';
export { SessionRepository } from './repositories/SessionRepository.js';
export { CustomerRepository } from './repositories/CustomerRepository.js';
export type { CustomerRecord } from './repositories/CustomerRepository.js';
export { TemplateRepository } from './repositories/TemplateRepository.js';
export type { TemplateRecord } from './repositories/TemplateRepository.js';
export { CampaignRepository } from './repositories/CampaignRepository.js';
export type {
  CampaignChanges,
  CampaignFilter,
  CampaignRecord,
  CampaignStatus,
  CampaignVersionRecord,
  NewCampaign,
  PublishedCampaign,
  PublishRequest,
} from './repositories/CampaignRepository.js';
