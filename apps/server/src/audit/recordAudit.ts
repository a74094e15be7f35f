import type { Repositories } from '@campaign-studio/storage';
import { diffOf } from './diffOf.js';

/** Who did it, as the audit log names them; absent for an unknown username. */
export interface AuditActor {
  id?: string;
  username: string;
}

export interface AuditWrite {
  at: Date;
  actor: AuditActor | undefined;
  /** The branch of the entity (not of the actor): branch managers read their branch's log. */
  branchId?: string;
  entityType: 'campaign' | 'template' | 'user' | 'branch' | 'session' | 'project';
  entityId: string;
  action: string;
  before?: unknown;
  after?: unknown;
}

/** One audit entry with its diff; call it with the repositories of the write's transaction. */
export async function recordAudit(repositories: Repositories, write: AuditWrite): Promise<void> {
  await repositories.audit.record({
    at: write.at,
    ...(write.actor?.id === undefined ? {} : { actorId: write.actor.id }),
    ...(write.actor === undefined ? {} : { actorUsername: write.actor.username }),
    ...(write.branchId === undefined ? {} : { branchId: write.branchId }),
    entityType: write.entityType,
    entityId: write.entityId,
    action: write.action,
    diff: diffOf(write.before, write.after),
  });
}
