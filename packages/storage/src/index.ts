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
export type {
  UserChanges,
  UserCredentials,
  UserRecord,
  UserRole,
} from './repositories/UserRepository.js';
export { SessionRepository } from './repositories/SessionRepository.js';
export { CustomerRepository } from './repositories/CustomerRepository.js';
export type { CustomerRecord } from './repositories/CustomerRepository.js';
export { TemplateRepository } from './repositories/TemplateRepository.js';
export type { TemplateRecord } from './repositories/TemplateRepository.js';
export { CampaignRepository } from './repositories/CampaignRepository.js';
export type {
  CampaignChanges,
  CampaignFilter,
  CampaignLifecycle,
  CampaignRecord,
  CampaignStatus,
  CampaignVersionRecord,
  NewCampaign,
  PublishedCampaign,
  PublishRequest,
} from './repositories/CampaignRepository.js';
export { AuditRepository } from './repositories/AuditRepository.js';
export type {
  AuditChange,
  AuditEntry,
  AuditFilter,
  NewAuditEntry,
} from './repositories/AuditRepository.js';
export { CampaignEventRepository } from './repositories/CampaignEventRepository.js';
export type { CampaignEvent } from './repositories/CampaignEventRepository.js';
export { TemplateBoundsRepository } from './repositories/TemplateBoundsRepository.js';
export { LoginThrottleRepository } from './repositories/LoginThrottleRepository.js';
export type { AttemptClaim, ThrottleRule } from './repositories/LoginThrottleRepository.js';
export { ConnectionProjectRepository } from './repositories/ConnectionProjectRepository.js';
export type {
  ConnectionProjectRecord,
  ProjectFields,
} from './repositories/ConnectionProjectRepository.js';
export { StageAlertRepository } from './repositories/StageAlertRepository.js';
export type {
  ListedStageAlert,
  NewStageAlert,
  StageAlertFilter,
  StageAlertRecord,
  StageCheckRecord,
} from './repositories/StageAlertRepository.js';
export * from './ledger/index.js';
