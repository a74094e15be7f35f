import bcrypt from 'bcryptjs';
import {
  createRepositories,
  inTransaction,
  isUniqueViolation,
  type Database,
} from '@campaign-studio/storage';
import { DEMO_BRANCHES, DEMO_CUSTOMERS, DEMO_PASSWORD, DEMO_USERS } from './demoData.js';

const BCRYPT_ROUNDS = 10;

/**
 * Puts the demo branches, logins and customers into an empty database, all in one
 * transaction. A database that already has a branch is left alone, so a restart does not reseed.
 * @returns whether it seeded.
 */
export async function seedDemoData(database: Database): Promise<boolean> {
  const { db } = database;
  if (!(await createRepositories(db).branches.isEmpty())) return false;

  // Hashing is slow on purpose; do it before the transaction so the lock is held briefly.
  const users = await Promise.all(
    DEMO_USERS.map(async (user) => ({
      ...user,
      id: `user-${user.username}`,
      passwordHash: await bcrypt.hash(DEMO_PASSWORD, BCRYPT_ROUNDS),
    })),
  );

  try {
    await inTransaction(db, async (repositories) => {
      for (const branch of DEMO_BRANCHES) await repositories.branches.insert(branch);
      for (const user of users) await repositories.users.insert(user);
      for (const customer of DEMO_CUSTOMERS) await repositories.customers.insert(customer);
    });
  } catch (error) {
    // Another process seeding the same database at the same moment won the race.
    if (isUniqueViolation(error)) return false;
    throw error;
  }

  return true;
}
