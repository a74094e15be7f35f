/**
 * What the HQ/branch suites start from: seeded services on one test backend, with HQ's admin
 * and the east branch's manager and marketer signed in.
 */
import type { OpenedBackend, TestBackend } from '@campaign-studio/storage/test-support';
import type { AppServices } from '../../src/AppServices.js';
import { createTestServices, signedIn, type Caller } from './testServices.js';

export interface SignedInSuite {
  opened: OpenedBackend;
  services: AppServices;
  admin: Caller;
  manager: Caller;
  marketer: Caller;
  close(): Promise<void>;
}

export async function openSignedInSuite(
  backend: TestBackend,
  extra: Parameters<typeof createTestServices>[1] = {},
): Promise<SignedInSuite> {
  const opened = await backend.open();
  const services = await createTestServices(opened, extra);

  return {
    opened,
    services,
    admin: await signedIn(services, 'hq-admin'),
    manager: await signedIn(services, 'east-manager'),
    marketer: await signedIn(services, 'east-marketer'),
    close: async () => {
      await services.database.close();
      await opened.dispose();
    },
  };
}
