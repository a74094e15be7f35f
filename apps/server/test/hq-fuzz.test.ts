/**
 * Fuzzes every procedure's input (issue 7) with fast-check, seeded: random values and objects
 * made of the API's field names. No call may fail with INTERNAL_SERVER_ERROR, and every
 * BAD_REQUEST must list its issues, each with the path of the field it is about.
 */
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  backendTitle,
  testBackends,
  type OpenedBackend,
} from '@campaign-studio/storage/test-support';
import type { AppServices } from '../src/AppServices.js';
import { appRouter } from '../src/routers/appRouter.js';
import {
  anonymous,
  createTestServices,
  refusalOf,
  signedIn,
  type Caller,
} from './support/testServices.js';

const backend = (await testBackends())[0]!;
const RUNS_PER_PROCEDURE = 200;
const SEED = 20261111;

const FIELDS = [
  'id',
  'revision',
  'version',
  'reason',
  'templateId',
  'params',
  'branchId',
  'document',
  'name',
  'status',
  'lifecycle',
  'username',
  'password',
  'displayName',
  'displayNameEn',
  'role',
  'bounds',
  'context',
  'explain',
  'campaignId',
  'templateParams',
  'nameZh',
  'nameEn',
  'parentId',
  'actor',
  'entityType',
  'entityId',
  'action',
  'from',
  'to',
  'cursor',
  'limit',
  'stage',
  'startedOn',
  'day',
  'projectId',
] as const;

const plausible = fc.constantFrom(
  'east',
  'west',
  'hq',
  'retail.vip-card-ladder',
  'ecommerce.tiered-coupons',
  'marketer',
  'hq-admin',
  'user-east-marketer',
  'campaign',
  'submitted',
  'fuzz-campaign',
  '2026-11-11',
  '2026-11-11T00:00:00+08:00',
  '',
  ' ',
  '../',
  '1',
  '99999999999999999999',
  // Text PostgreSQL cannot store, and days it cannot.
  'east\u0000',
  '\u0000',
  'a\u001fb',
  '0000-01-01',
  '9999-12-31',
);

/** A value nested `depth` objects deep, past any recursion the server might do over input. */
function nestedDeep(depth: number): Record<string, unknown> {
  let value: Record<string, unknown> = {};
  for (let level = 0; level < depth; level += 1) value = { nested: value };
  return value;
}
const deep = fc.constantFrom(nestedDeep(300), nestedDeep(20_000));
const value = fc.oneof(
  plausible,
  fc.string({ maxLength: 30 }),
  fc.integer(),
  fc.double(),
  fc.boolean(),
  fc.constant(null),
  fc.array(fc.oneof(plausible, fc.integer(), fc.object({ maxDepth: 1 })), { maxLength: 4 }),
  fc.object({ maxDepth: 2 }),
  deep,
  fc.dictionary(fc.constantFrom(...FIELDS), deep, { minKeys: 1, maxKeys: 1 }),
  fc.dictionary(
    fc.string({ maxLength: 12 }),
    fc.record({ mode: fc.constantFrom('locked', 'free', 'bounded', 'x'), min: fc.integer() }),
    { maxKeys: 3 },
  ),
);
const input = fc.oneof(
  { weight: 1, arbitrary: fc.anything({ maxDepth: 2 }) },
  { weight: 4, arbitrary: fc.dictionary(fc.constantFrom(...FIELDS), value, { maxKeys: 5 }) },
);

type Procedure = (input: unknown) => Promise<unknown>;

function procedureOf(caller: Caller, path: string): Procedure {
  let target: unknown = caller;
  for (const key of path.split('.')) target = (target as Record<string, unknown>)[key];
  return target as Procedure;
}

describe.skipIf(backend.skipReason !== undefined)(
  `fuzzed inputs on ${backendTitle(backend)}`,
  () => {
    let opened: OpenedBackend;
    let services: AppServices;
    let admin: Caller;
    let manager: Caller;

    beforeAll(async () => {
      opened = await backend.open();
      services = await createTestServices(opened);
      admin = await signedIn(services, 'hq-admin');
      manager = await signedIn(services, 'east-manager');
      const created = await admin.campaigns.create({
        templateId: 'retail.vip-card-ladder',
        id: 'fuzz-campaign',
      });
      await admin.campaigns.publish({ id: created.id, revision: created.revision });
    });

    afterAll(async () => {
      await services?.database.close();
      await opened?.dispose();
    });

    const paths = Object.keys(appRouter._def.procedures).sort();

    it(`never answers with an internal error, and names the field of every BAD_REQUEST (${paths.length} procedures)`, async () => {
      const problems: string[] = [];
      let calls = 0;
      for (const path of paths) {
        // Signing in and out would end the shared sessions: those run without one.
        const callers = path.startsWith('auth.') ? [anonymous(services)] : [admin, manager];
        await fc.assert(
          fc.asyncProperty(input, fc.nat(callers.length - 1), async (sent, which) => {
            calls += 1;
            const call = procedureOf(callers[which]!, path)(sent);
            const outcome = await call.then(
              () => undefined,
              () => refusalOf(call),
            );
            if (outcome === undefined) return;
            if (outcome.code === 'INTERNAL_SERVER_ERROR') {
              problems.push(`${path} ${JSON.stringify(sent)}: internal error`);
            }
            if (outcome.code !== 'BAD_REQUEST') return;
            const issues = outcome.issues ?? [];
            const unnamed =
              issues.length === 0 || issues.some((issue) => typeof issue.path !== 'string');
            if (unnamed)
              problems.push(
                `${path} ${JSON.stringify(sent)}: BAD_REQUEST without a field: ${outcome.message.en}`,
              );
          }),
          { numRuns: RUNS_PER_PROCEDURE, seed: SEED },
        );
      }

      console.info(`fuzz: ${calls} calls over ${paths.length} procedures`);
      expect(problems.slice(0, 10)).toEqual([]);
    });
  },
);
