import type { Migration, MigrationProvider } from 'kysely';
import * as initial from './0001-initial.js';
import * as userEnglishName from './0002-user-english-name.js';
import * as ledger from './0003-ledger.js';
import * as branchGovernance from './0004-branch-governance.js';
import * as connectionProjects from './0005-connection-projects.js';
import * as submittedChanges from './0006-submitted-changes.js';
import * as usernamesIgnoreCase from './0007-usernames-ignore-case.js';
import * as ledgerCounterMoves from './0008-ledger-counter-moves.js';
import * as campaignsChangedNotice from './0009-campaigns-changed-notice.js';
import * as ledgerHotPath from './0010-ledger-hot-path.js';
import * as drawsGivenBack from './0011-draws-given-back.js';

/**
 * Every migration, listed by hand: bundlers and `tsx` see the imports, and nothing depends on
 * scanning a folder at run time. Names sort in the order they run; add new ones at the end.
 */
export const migrations: Record<string, Migration> = {
  '0001-initial': initial,
  '0002-user-english-name': userEnglishName,
  '0003-ledger': ledger,
  '0004-branch-governance': branchGovernance,
  '0005-connection-projects': connectionProjects,
  '0006-submitted-changes': submittedChanges,
  '0007-usernames-ignore-case': usernamesIgnoreCase,
  '0008-ledger-counter-moves': ledgerCounterMoves,
  '0009-campaigns-changed-notice': campaignsChangedNotice,
  '0010-ledger-hot-path': ledgerHotPath,
  '0011-draws-given-back': drawsGivenBack,
};

export const migrationProvider: MigrationProvider = {
  getMigrations: async () => migrations,
};
