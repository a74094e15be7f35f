import type { Kysely } from 'kysely';
import type { DatabaseSchema } from '../schema.js';
import { ConnectionProjectRepository } from './ConnectionProjectRepository.js';
import { StageAlertRepository } from './StageAlertRepository.js';
import { AuditRepository } from './AuditRepository.js';
import { BranchRepository } from './BranchRepository.js';
import { CampaignEventRepository } from './CampaignEventRepository.js';
import { LoginThrottleRepository } from './LoginThrottleRepository.js';
import { TemplateBoundsRepository } from './TemplateBoundsRepository.js';
import { CampaignRepository } from './CampaignRepository.js';
import { CustomerRepository } from './CustomerRepository.js';
import { SessionRepository } from './SessionRepository.js';
import { TemplateRepository } from './TemplateRepository.js';
import { UserRepository } from './UserRepository.js';

export interface Repositories {
  branches: BranchRepository;
  users: UserRepository;
  sessions: SessionRepository;
  customers: CustomerRepository;
  templates: TemplateRepository;
  campaigns: CampaignRepository;
  campaignEvents: CampaignEventRepository;
  templateBounds: TemplateBoundsRepository;
  audit: AuditRepository;
  loginThrottles: LoginThrottleRepository;
  connectionProjects: ConnectionProjectRepository;
  stageAlerts: StageAlertRepository;
}

/** Every repository over one connection or transaction. */
export function createRepositories(db: Kysely<DatabaseSchema>): Repositories {
  return {
    branches: new BranchRepository(db),
    users: new UserRepository(db),
    sessions: new SessionRepository(db),
    customers: new CustomerRepository(db),
    templates: new TemplateRepository(db),
    campaigns: new CampaignRepository(db),
    campaignEvents: new CampaignEventRepository(db),
    templateBounds: new TemplateBoundsRepository(db),
    audit: new AuditRepository(db),
    loginThrottles: new LoginThrottleRepository(db),
    connectionProjects: new ConnectionProjectRepository(db),
    stageAlerts: new StageAlertRepository(db),
  };
}

/** Runs `work` with repositories bound to one transaction: all of it is written or none. */
export function inTransaction<T>(
  db: Kysely<DatabaseSchema>,
  work: (repositories: Repositories) => Promise<T>,
): Promise<T> {
  return db.transaction().execute((tx) => work(createRepositories(tx)));
}
